/**
 * Stage 3, resolve: consumes {@link org.w3id.kamergraph.model.DocumentFacts} and produces a {@link
 * org.w3id.kamergraph.resolve.ResolvedDocument}: every member, person, post, party, ministry,
 * programme, report, organisation, Kamerstuk and zaak with a deterministic IRI, duplicates
 * collapsed, ministries chosen by the document's date.
 */
package org.w3id.kamergraph.resolve;
