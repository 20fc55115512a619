package org.w3id.kamergraph.export;

/** The type of a node or edge attribute, as the graph formats declare it. */
public enum AttributeType {
  /** Text; a value is a {@link String}. */
  STRING,
  /** A whole number; a value is a {@link Long} (written as a 32-bit int where a format asks). */
  INT,
  /** A real number; a value is a {@link Double}. */
  DOUBLE
}
