/**
 * The layout stage, between ingest and extract: works out once, in one place, where a document's
 * parts stand in its normalised text (the header with askers, addressees, subject; the questions
 * and answers; the answer line; the Mededeling; the footnotes) as a {@link
 * org.w3id.kamergraph.layout.DocumentLayout}. Field extractors read their regions from it instead
 * of each finding the header, the questions or the answer line again. Offsets are into the
 * normalised text.
 */
package org.w3id.kamergraph.layout;
