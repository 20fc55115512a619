/**
 * Cross-document linking, a stage of its own over a {@code DatasetGraph}: questions joined to their
 * answers through their zaak, members joined to the Tweede Kamer's persons. Consumes document
 * graphs (as a full dataset or a skeleton holding the triples {@link
 * org.w3id.kamergraph.link.Linking#needs} keeps) and produces {@link
 * org.w3id.kamergraph.link.LinkDelta}s for the derived graphs, computed either from scratch or for
 * just the documents a build touched.
 */
package org.w3id.kamergraph.link;
