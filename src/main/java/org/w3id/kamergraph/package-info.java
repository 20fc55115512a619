/**
 * kamergraph: Dutch written parliamentary questions and answers as a knowledge graph. {@link
 * org.w3id.kamergraph.Pipeline} assembles the stages (ingest, extract, resolve, rdf) in one place;
 * {@link org.w3id.kamergraph.Build} runs a build into any sink. Stages never import this package.
 */
package org.w3id.kamergraph;
