package org.w3id.kamergraph.model;

/**
 * The root of kamergraph's exceptions. Messages name the file and, where it helps, the place in it,
 * and say what to do.
 */
public class KamergraphException extends RuntimeException {
  public KamergraphException(String message) {
    super(message);
  }

  public KamergraphException(String message, Throwable cause) {
    super(message, cause);
  }
}
