/**
 * Stage 4b, opendata: consumes exports of the Tweede Kamer open data portal saved as files (OData
 * v4 JSON pages and SyncFeed Atom XML) and produces the reference graph of TK persons, fracties and
 * their memberships over time ({@link org.w3id.kamergraph.opendata.TkGraphWriter}). Reads files
 * only; nothing is fetched over the network.
 */
package org.w3id.kamergraph.opendata;
