package org.w3id.kamergraph.model;

/**
 * The command line asks for something that cannot be: an output format no writer knows, a folder
 * that is not there, a store that does not exist. The command exits with the usage code (2), as for
 * an unknown option, since the fix is in how it was called.
 */
public class UsageException extends KamergraphException {
  public UsageException(String message) {
    super(message);
  }
}
