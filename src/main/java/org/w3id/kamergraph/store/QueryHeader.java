package org.w3id.kamergraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A library query's opening comment, read as three parts: what it answers (the summary), the
 * parameters it takes ({@code # Parameter NAME (TYPE): …}) and the columns it returns ({@code #
 * Columns: a, b (note), c.}); a declaration continues on lines indented by two spaces or more, and
 * a column list until its full stop. Notes may follow the declarations.
 *
 * @param summary the comment before the first declaration, joined into one line
 * @param parameters the declared parameters, in order
 * @param columns the declared column names, in order, without their notes
 */
record QueryHeader(String summary, List<QueryParameter> parameters, List<String> columns) {
  private static final Pattern PARAMETER =
      Pattern.compile("Parameter (\\w+) \\((text|iri|date|integer)\\): (.*)", Pattern.DOTALL);
  private static final Pattern COLUMN = Pattern.compile("^\\s*(\\w+)");

  static QueryHeader read(String text) {
    StringBuilder summary = new StringBuilder();
    List<String> declarations = new ArrayList<>();
    for (String line : text.lines().toList()) {
      if (!line.startsWith("#")) {
        break;
      }
      String body = line.replaceFirst("^#\\s?", "");
      String s = body.strip();
      boolean continued = body.startsWith("  ") && !declarations.isEmpty();
      if (continued) {
        int last = declarations.size() - 1;
        declarations.set(last, declarations.get(last) + " " + s);
      } else if (s.startsWith("Parameter ") || s.startsWith("Columns:")) {
        declarations.add(s);
      } else if (declarations.isEmpty()) {
        if (s.isEmpty()) {
          if (summary.length() > 0) {
            break;
          }
          continue;
        }
        summary.append(summary.length() > 0 ? " " : "").append(s);
      } else if (s.isEmpty()) {
        break;
      } else if (!declarations.get(declarations.size() - 1).endsWith(".")) {
        // a column list that runs on without the indent: until its full stop it is one
        int last = declarations.size() - 1;
        declarations.set(last, declarations.get(last) + " " + s);
      }
      // otherwise a note after the declarations (what the query costs, how to page it): kept in
      // the comment, not part of any declaration
    }
    List<QueryParameter> parameters = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    for (String d : declarations) {
      Matcher m = PARAMETER.matcher(d);
      if (m.matches()) {
        parameters.add(
            new QueryParameter(m.group(1), QueryParameter.Type.named(m.group(2)), m.group(3)));
      } else if (d.startsWith("Columns:")) {
        for (String c : splitOutsideBrackets(d.substring("Columns:".length()))) {
          Matcher cm = COLUMN.matcher(c);
          if (cm.find()) {
            columns.add(cm.group(1));
          }
        }
      }
    }
    return new QueryHeader(summary.toString(), parameters, columns);
  }

  /** The text up to the first full stop or colon that ends a clause outside brackets and quotes. */
  static String firstSentence(String s) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '(', '[' -> depth++;
        case ')', ']' -> depth = Math.max(0, depth - 1);
        case '"' -> quoted = !quoted;
        case '.', ':' -> {
          boolean ends = i + 1 == s.length() || s.charAt(i + 1) == ' ';
          if (depth == 0 && !quoted && ends) {
            return s.substring(0, i).strip();
          }
        }
        default -> {}
      }
    }
    return s.strip();
  }

  private static List<String> splitOutsideBrackets(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (c == ',' && depth == 0) {
        out.add(s.substring(from, i));
        from = i + 1;
      }
    }
    out.add(s.substring(from));
    return out;
  }
}
