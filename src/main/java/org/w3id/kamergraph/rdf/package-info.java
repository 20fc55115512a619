/**
 * Stage 4, rdf: consumes a {@link org.w3id.kamergraph.resolve.ResolvedDocument} and produces the
 * document's named graph in the terms of the graph contract; holds the vocabulary constants ({@link
 * org.w3id.kamergraph.rdf.KG} and the reused vocabularies), the reference data, streaming output
 * and SHACL validation.
 */
package org.w3id.kamergraph.rdf;
