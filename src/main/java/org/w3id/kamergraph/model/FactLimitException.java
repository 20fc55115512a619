package org.w3id.kamergraph.model;

/**
 * A document that yields more facts than one document may ({@link DocumentFacts#MAX_FACTS}). It is
 * not built: a partial graph would look complete to an analyst.
 */
public class FactLimitException extends KamergraphException {
  private final String reason;

  public FactLimitException(String fileName, int limit) {
    this(
        fileName,
        "yields more than "
            + limit
            + " facts (a written question yields a few hundred); it was not built, so check that"
            + " it is one document and not many joined, or a file of repeated text");
  }

  private FactLimitException(String fileName, String reason) {
    super(fileName + ": " + reason);
    this.reason = reason;
  }

  /** What is wrong, without the file name (for a message that names the file's whole path). */
  public String reason() {
    return reason;
  }
}
