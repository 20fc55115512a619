/**
 * The workbench a browser sees next to the SPARQL endpoint: a query editor with the analysts'
 * library, a linked-data page for every entity (with content negotiation to Turtle, JSON-LD and
 * N-Triples), a document view that marks every mention in the document's own text, a network view,
 * charts and full-text search. Read-only: every page is a query over the store, under the server's
 * timeout; the browser code comes from WebJars on the class path, so nothing is fetched elsewhere.
 */
package org.w3id.kamergraph.web;
