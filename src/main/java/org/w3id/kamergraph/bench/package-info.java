/**
 * The scale benchmark's pure parts: a deterministic synthetic corpus ({@link
 * org.w3id.kamergraph.bench.CorpusGenerator}) and the report of one run with its targets ({@link
 * org.w3id.kamergraph.bench.ScaleReport}). What runs builds, loaders and servers lives above, in
 * {@code ScaleBench}.
 */
package org.w3id.kamergraph.bench;
