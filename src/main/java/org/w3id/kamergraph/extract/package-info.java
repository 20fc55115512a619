/**
 * Stage 2, extract: consumes a {@link org.w3id.kamergraph.model.SourceDocument}'s normalised text
 * and produces {@link org.w3id.kamergraph.model.DocumentFacts} through a {@link
 * org.w3id.kamergraph.model.FactSink}. One small {@link org.w3id.kamergraph.extract.Extractor} per
 * kind of fact; {@link org.w3id.kamergraph.extract.Extractors} lists them all. Offsets reported are
 * into the text as read.
 */
package org.w3id.kamergraph.extract;
