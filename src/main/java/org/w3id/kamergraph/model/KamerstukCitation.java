package org.w3id.kamergraph.model;

import java.util.Objects;

/**
 * A cited Kamerstuk, e.g. "Kamerstuk 26 643, nr. 1125" or "Kamerstukken II 2023/24, 21 501-33, nr.
 * 1041". A document in a joint dossier is cited by its first dossier.
 *
 * @param dossier the dossier number without spaces ({@code 21501})
 * @param sub the sub-number or letter/roman suffix ({@code 33}, {@code XIV}, {@code A}), or {@code
 *     null}
 * @param nummer the document number within the dossier (ondernummer)
 * @param span where the citation is in the text as read
 */
public record KamerstukCitation(String dossier, String sub, String nummer, Span span) {
  public KamerstukCitation {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(nummer, "nummer");
    Objects.requireNonNull(span, "span");
  }

  /** The official identifier of officielebekendmakingen.nl: {@code kst-21501-33-1041}. */
  public String officialId() {
    return "kst-" + key();
  }

  /** The identifier without prefix: {@code 21501-33-1041}, {@code 36410-A-59}. */
  public String key() {
    return sub == null ? dossier + "-" + nummer : dossier + "-" + sub + "-" + nummer;
  }
}
