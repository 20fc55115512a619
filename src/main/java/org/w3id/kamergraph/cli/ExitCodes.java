package org.w3id.kamergraph.cli;

/** kamergraph's exit codes. */
final class ExitCodes {
  static final int OK = 0;
  static final int FAILURE = 1;

  /** picocli's own code for a bad command line. */
  static final int USAGE = 2;

  static final int VALIDATION_FAILED = 3;

  private ExitCodes() {}
}
