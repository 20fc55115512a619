package org.w3id.kamergraph.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.w3id.kamergraph.model.NormalisedText;

/**
 * Blanks the page furniture of Aanhangsel PDFs and their conversions so it does not glue into the
 * sentence that runs across the page break:
 *
 * <ul>
 *   <li>the first-page footer {@code ah-tk-20232024-1031 ISSN 0921 - 7398 ’s-Gravenhage 2024} (any
 *       whitespace between the parts, or none);
 *   <li>the page footer {@code Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2}, also in the
 *       middle of a one-line document;
 *   <li>the Markdown conversion's footer line {@code h tk 20232024 387} and its {@code -----} page
 *       separator lines.
 * </ul>
 *
 * <p>The page header {@code Tweede Kamer der Staten-Generaal2} stays: it sits before the content
 * and glues into nothing. A citation such as {@code Aanhangsel Handelingen, vergaderjaar 2014–2015,
 * nr. 403} has another word order and is kept. All quantifiers are bounded, so matching is linear.
 */
final class PageFurnitureStep implements NormalisationStep {
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?:a[hg]-(?:tk|ek)-\\d{8}-\\d{1,6}\\s{0,4})?ISSN 0921 ?- ?7398\\s{0,4}['’‘]s-Gravenhage \\d{4}"
              + "|(?:Tweede|Eerste) Kamer, vergaderjaar \\d{4} ?[–-] ?\\d{4}, Aanhangsel \\d{1,4}"
              + "|(?m)^[ \\t]{0,20}h (?:tk|ek) \\d{8} \\d{1,6}[ \\t]{0,20}$"
              + "|(?m)^[ \\t]{0,20}-{3,200}[ \\t]{0,20}$");

  /** Words each kind of furniture holds, one per alternative of {@link #FURNITURE}. */
  private static final List<String> CLUES =
      List.of("ISSN 0921", " Kamer, vergaderjaar ", "h tk ", "h ek ", "---");

  @Override
  public boolean mayChange(String input) {
    // String.indexOf is far cheaper than running the pattern over a document that has none
    for (String clue : CLUES) {
      if (input.contains(clue)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public NormalisedText apply(String input) {
    return NormalisationStep.blank(input, FURNITURE);
  }
}
