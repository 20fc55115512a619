package org.w3id.kamergraph.model;

/** The input formats kamergraph reads. */
public enum SourceFormat {
  TEXT,
  MARKDOWN,
  HTML,
  PDF,
  /** The official XML of officielebekendmakingen.nl ({@code officiele-publicatie}). */
  OFFICIAL_XML
}
