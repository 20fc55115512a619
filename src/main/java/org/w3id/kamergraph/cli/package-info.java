/**
 * The command line on top of the stages: thin picocli commands that parse, call the API, print and
 * return an exit code. The only package that knows picocli.
 */
package org.w3id.kamergraph.cli;
