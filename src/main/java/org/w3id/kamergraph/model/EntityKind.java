package org.w3id.kamergraph.model;

/** Kinds of named things found by name in a document's text. */
public enum EntityKind {
  PARTY,
  MINISTRY,
  PROGRAMME,
  REPORT,
  ORGANISATION
}
