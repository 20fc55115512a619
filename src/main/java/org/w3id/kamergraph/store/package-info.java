/**
 * Stage 5, store: consumes named graphs and keeps them in TDB2, one write transaction per document
 * graph, skipping graphs whose content hash is already stored; also the library of analysts'
 * queries.
 */
package org.w3id.kamergraph.store;
