package org.w3id.kamergraph.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a gold file's free-text {@code notes} say about scoring, as score.py's {@code parse_notes}
 * reads them: alias groups ({@code ALIASES: A = B; C = D}) whose members count as one entity, and
 * neutral items ({@code BORDERLINE …:} lists and {@code X is a news source}) that are neither
 * rewarded nor penalised.
 *
 * @param aliasGroups each group: names of one entity
 * @param neutral items that do not count either way
 */
public record GoldNotes(List<List<String>> aliasGroups, List<String> neutral) {
  private static final Pattern ALIASES =
      Pattern.compile("ALIASES:(.*?)(?=BORDERLINE|$)", Pattern.DOTALL);
  private static final Pattern ALIAS_SEP =
      Pattern.compile("(?U)=|\\balso (?:written|called|spelled)\\b");
  private static final Pattern BORDERLINE =
      Pattern.compile(
          "(?U)BORDERLINE[^:]*:(.*?)(?=\\.\\s+[A-Z]|ALIASES|BORDERLINE|$)", Pattern.DOTALL);
  private static final Pattern LEADING_AND = Pattern.compile("(?U)^\\s*(and|en)\\s+");
  private static final Pattern NEWS =
      Pattern.compile("(?U)([^.;]*?)\\b(?:is|are) (?:a )?news sources?");
  private static final Pattern NEWS_SEP = Pattern.compile("(?U)/|,|\\band\\b");
  private static final Pattern PARENTHESISED = Pattern.compile("\\([^)]*\\)");
  private static final Pattern STRIP_QUOTES = Pattern.compile("[«»“”‘’'\"]");
  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

  public GoldNotes {
    aliasGroups = aliasGroups.stream().map(List::copyOf).toList();
    neutral = List.copyOf(neutral);
  }

  /** Reads the notes; {@code null} or text without sections gives no groups and no neutrals. */
  public static GoldNotes parse(String notes) {
    String text = notes == null ? "" : notes;
    List<List<String>> groups = new ArrayList<>();
    List<String> neutral = new ArrayList<>();
    Matcher m = ALIASES.matcher(text);
    if (m.find()) {
      for (String part : splitTop(m.group(1), ";")) {
        List<String> names = new ArrayList<>();
        for (String x : ALIAS_SEP.split(part, -1)) {
          String n = strip(x);
          if (Normalise.length(n) >= 2) {
            names.add(n);
          }
        }
        if (!names.isEmpty()) {
          groups.add(names);
        }
      }
    }
    Matcher b = BORDERLINE.matcher(text);
    while (b.find()) {
      for (String item : splitTop(b.group(1), ",;")) {
        String n = strip(LEADING_AND.matcher(item).replaceFirst(""));
        if (Normalise.length(n) >= 2) {
          neutral.add(n);
        }
      }
    }
    Matcher news = NEWS.matcher(text);
    while (news.find()) {
      String chunk = PARENTHESISED.matcher(news.group(1)).replaceAll(" ");
      for (String item : NEWS_SEP.split(chunk, -1)) {
        String n = strip(item);
        int len = Normalise.length(n);
        if (len >= 2 && len <= 40) {
          neutral.add(n);
        }
      }
    }
    return new GoldNotes(groups, neutral);
  }

  /** score.py's {@code _strip}: no parenthesised asides, no quotes, no edge punctuation. */
  static String strip(String item) {
    String s = PARENTHESISED.matcher(item).replaceAll(" ");
    s = STRIP_QUOTES.matcher(s).replaceAll(" ");
    s = SPACES.matcher(s).replaceAll(" ");
    int from = 0;
    int to = s.length();
    while (from < to && " .,:;".indexOf(s.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && " .,:;".indexOf(s.charAt(to - 1)) >= 0) {
      to--;
    }
    return s.substring(from, to);
  }

  /** Splits on any of {@code seps} outside parentheses and brackets (score.py's _split_top). */
  static List<String> splitTop(String text, String seps) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '(' || ch == '[') {
        depth++;
      } else if (ch == ')' || ch == ']') {
        depth = Math.max(0, depth - 1);
      }
      if (seps.indexOf(ch) >= 0 && depth == 0) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
