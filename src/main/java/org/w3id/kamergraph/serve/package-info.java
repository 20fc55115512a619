/**
 * Stage 6, serve: consumes a dataset and serves it over SPARQL and the Graph Store Protocol with an
 * embedded Fuseki.
 */
package org.w3id.kamergraph.serve;
