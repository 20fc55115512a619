package org.w3id.kamergraph.evaluate;

/** The scored fields, in score.py's table order. */
public enum Field {
  ZAAK("zaak"),
  SUBMITTED("submitted"),
  ANSWERED("answered"),
  ASKERS("askers"),
  ADDRESSEES("addressees"),
  ANSWERERS("answerers"),
  PARTIES("parties"),
  MINISTRIES("ministries"),
  KAMERSTUKKEN("kamerstukken"),
  PROGRAMMES("programmes"),
  REPORTS("reports"),
  ORGANISATIONS("organisations"),
  NAMED_ANY_TYPE("named_any_type"),
  QUESTION_COUNT("question_count"),
  ANSWER_COUNT("answer_count");

  private final String key;

  Field(String key) {
    this.key = key;
  }

  /** The name score.py prints and writes to JSON. */
  public String key() {
    return key;
  }

  /**
   * Whether the field counts towards {@code overall}. The three typed entity fields do not (their
   * typeless union {@link #NAMED_ANY_TYPE} does), so a right entity with a wrong class is not
   * punished twice.
   */
  public boolean inOverall() {
    return this != PROGRAMMES && this != REPORTS && this != ORGANISATIONS;
  }

  /** The field whose {@link #key()} is {@code key}. */
  public static Field byKey(String key) {
    for (Field f : values()) {
      if (f.key.equals(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown field: " + key);
  }
}
