/**
 * Exports for graph tools: networks computed from the documents' graphs (co-askers, members and the
 * ministries they address, documents and the Kamerstukken they cite) as {@link
 * org.w3id.kamergraph.export.Network} values, written as GraphML, GEXF, DOT or CSV for Gephi,
 * Cytoscape and Graphviz; and the whole store written as RDF (N-Triples, JSON-LD, TriG, N-Quads).
 * One {@link org.w3id.kamergraph.export.NetworkQuery} per network, one {@link
 * org.w3id.kamergraph.export.NetworkWriter} per format. Reads a store or any dataset; writes
 * nothing back.
 */
package org.w3id.kamergraph.export;
