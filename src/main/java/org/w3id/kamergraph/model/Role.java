package org.w3id.kamergraph.model;

/** The kinds of government office that are asked and that answer. */
public enum Role {
  MINISTER("Minister"),
  STAATSSECRETARIS("Staatssecretaris"),
  MINISTER_PRESIDENT("Minister-President");

  private final String title;

  Role(String title) {
    this.title = title;
  }

  /** The title as written at the start of an office name. */
  public String title() {
    return title;
  }
}
