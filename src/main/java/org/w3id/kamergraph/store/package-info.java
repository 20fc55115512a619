/**
 * Where a build puts its graphs: one {@link org.w3id.kamergraph.store.GraphSink} seam with a TDB2
 * implementation (the whole build one write transaction) and a file implementation (an RDF file
 * written whole or not at all); consumes named graphs and link deltas, reports the content hashes
 * it holds so unchanged documents are skipped. Also the library of analysts' queries.
 */
package org.w3id.kamergraph.store;
