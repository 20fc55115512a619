/**
 * Shared immutable records that cross stage boundaries: documents, spans, facts (askers, offices,
 * citations, questions…), reference entries and kamergraph's exceptions. Depends on nothing else in
 * kamergraph.
 */
package org.w3id.kamergraph.model;
