/**
 * Harvest, a source of input files beside ingest: downloads written questions ({@code kv-tk-…}) and
 * their answers ({@code ah-tk-…}) from officielebekendmakingen.nl into a folder that {@code build}
 * reads: each document as {@code {id}.xml} with its metadata as {@code {id}.metadata.xml}.
 *
 * <p>Entry point: {@link org.w3id.kamergraph.harvest.Harvester}, configured with {@link
 * org.w3id.kamergraph.harvest.HarvestOptions}. Documents are found through SRU ({@link
 * org.w3id.kamergraph.harvest.SruClient}) or named by zaak number; answers are found through the
 * {@code OVERHEIDop.aanhangsel} rows of a question's metadata. Every request goes through {@link
 * org.w3id.kamergraph.harvest.PoliteClient} (a minimum interval between requests, retries with
 * exponential backoff, Retry-After respected). Imports {@code model} and, for its locked-down XML
 * parser, {@code ingest}. A failure concerns one URL, is reported naming it, and the batch goes on.
 */
package org.w3id.kamergraph.harvest;
