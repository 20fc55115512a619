package org.w3id.kamergraph.model;

/** Kinds of official documents a text refers to besides Kamerstukken. */
public enum ReferenceKind {
  /** An answer in the Aanhangsel van de Handelingen: {@code ah-tk-20212022-2646}. */
  AANHANGSEL,
  /** Written questions as published by officielebekendmakingen.nl: {@code kv-tk-2020Z06377}. */
  KAMERVRAGEN,
  /** An item of the Handelingen (the verbatim record): {@code h-tk-20232024-50-2}. */
  HANDELINGEN,
  /** A publication in the Staatscourant: "Stcrt. 2023, 12345". */
  STAATSCOURANT,
  /** A court decision by its European Case Law Identifier. */
  ECLI,
  /** A document of the Tweede Kamer by its document number: {@code 2023D39037}. */
  DOCUMENT_NUMBER
}
