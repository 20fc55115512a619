/**
 * Extractors for named programmes, reports and organisations. Consumes a document's normalised
 * text; produces {@link org.w3id.kamergraph.model.NamedMention}s. Known names come from the data
 * files under {@code kamergraph/gazetteer/}; unknown ones from how Dutch documents name things
 * (acronym definitions, quoted titles after report words, head nouns). {@link
 * org.w3id.kamergraph.extract.names.NameExtractors#create()} assembles them.
 */
package org.w3id.kamergraph.extract.names;
