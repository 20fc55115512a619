package org.w3id.kamergraph.model;

import java.nio.file.Path;

/** An input file that cannot be read or parsed. The batch goes on without it. */
public class InputException extends KamergraphException {
  private final transient Path file;

  public InputException(Path file, String message) {
    super(file + ": " + message);
    this.file = file;
  }

  public InputException(Path file, String message, Throwable cause) {
    super(file + ": " + message, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
