package org.w3id.kamergraph.harvest;

import java.util.regex.Pattern;

/**
 * The identifier patterns harvest accepts, from the documented officielebekendmakingen.nl ids. An
 * id that does not match is never put into a URL or a file name.
 */
final class Ids {
  /** A Tweede Kamer zaak number: {@code 2024Z10305}. */
  static final Pattern ZAAK = Pattern.compile("\\d{4}Z\\d{5}");

  /**
   * Written questions ({@code kv-tk-2024Z10305}, older {@code kv-tk-20062007-KVR27039}) and their
   * answers ({@code ah-tk-20232024-901}): letters, digits and dashes only, so safe in a URL path
   * and a file name.
   */
  static final Pattern DOCUMENT = Pattern.compile("(kv|ah)-tk-[0-9A-Za-z][0-9A-Za-z-]{0,40}");

  private Ids() {}

  static boolean isDocument(String id) {
    return DOCUMENT.matcher(id).matches();
  }

  static boolean isQuestion(String id) {
    return id.startsWith("kv-tk-");
  }
}
