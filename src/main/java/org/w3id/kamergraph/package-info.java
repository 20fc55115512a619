/**
 * kamergraph: Dutch written parliamentary questions and answers as a knowledge graph. {@link
 * org.w3id.kamergraph.Pipeline} assembles the stages (ingest, extract, resolve, rdf) in one place;
 * {@link org.w3id.kamergraph.GraphLoader} feeds the store. Stages never import this package.
 */
package org.w3id.kamergraph;
