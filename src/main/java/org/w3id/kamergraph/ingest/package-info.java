/**
 * Stage 1, ingest: consumes input files (plain text, Markdown, HTML, PDF, the official XML of
 * officielebekendmakingen.nl) and produces {@link org.w3id.kamergraph.model.SourceDocument}s: the
 * text as read, a normalised text with an exact offset map back to it ({@link
 * org.w3id.kamergraph.model.NormalisedText}), a SHA-256 of the bytes and any metadata the source
 * states about itself.
 *
 * <p>Entry point: {@link org.w3id.kamergraph.ingest.Ingestor}. One {@link
 * org.w3id.kamergraph.ingest.DocumentReader} per format; {@link
 * org.w3id.kamergraph.ingest.TextNormaliser} runs one small step per repair. Imports only {@code
 * org.w3id.kamergraph.model} from the project, and the word lists of {@link
 * org.w3id.kamergraph.reference.WordLists}. Every input is treated as hostile: sizes are bounded,
 * decoding is explicit, XML entities are never resolved, and no regex on document text can
 * backtrack without bound. Failures for one file are {@link
 * org.w3id.kamergraph.model.InputException}s naming it.
 */
package org.w3id.kamergraph.ingest;
