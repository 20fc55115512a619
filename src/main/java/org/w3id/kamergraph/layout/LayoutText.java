package org.w3id.kamergraph.layout;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A {@link DocumentLayout} written out for people: each part on a line of its own with its text
 * (whitespace collapsed) between « and ». What the layout case folders of the tests compare, and
 * what a user sees when asking why a document came out as it did.
 */
public final class LayoutText {
  private LayoutText() {}

  /** The layout of {@code text} as lines of text; stable for one layout. */
  public static String render(DocumentLayout layout, String text) {
    StringBuilder out = new StringBuilder();
    out.append("kind: ").append(layout.kind()).append('\n');
    out.append("questions: ").append(layout.questionLayout()).append('\n');
    Optional<Header> header = layout.header();
    if (header.isEmpty()) {
      out.append("header: none\n");
    } else {
      Header h = header.get();
      out.append(layout.isCoverLetter() ? "header: cover letter\n" : "header: questions\n");
      line(out, "  askers", text, new Region(h.askersBegin(), h.askersEnd()));
      if (h.hasAddressees()) {
        line(out, "  addressees", text, new Region(h.addresseesBegin(), h.addresseesEnd()));
      }
      h.subject().ifPresent(s -> line(out, "  subject", text, s));
    }
    layout
        .answerLine()
        .ifPresentOrElse(
            a -> line(out, a.notice() ? "notice by" : "answer by", text, a.persons()),
            () -> out.append("answer line: none\n"));
    for (Block q : layout.questions()) {
      line(out, "question " + numbers(q.numbers()) + markers(q, text), q.text(text));
    }
    for (Block a : layout.answers()) {
      line(out, "answer " + numbers(a.numbers()) + markers(a, text), a.text(text));
    }
    layout.notice().ifPresent(n -> out.append("notice heading\n"));
    for (Note n : layout.footnotes()) {
      line(out, "footnote " + n.number(), text, n.text());
    }
    LetterHead head = layout.letterHead();
    head.date().ifPresent(r -> line(out, "letter date", text, r));
    head.subject().ifPresent(r -> line(out, "letter subject", text, r));
    head.ourReference().ifPresent(r -> line(out, "our reference", text, r));
    head.yourReference().ifPresent(r -> line(out, "your reference", text, r));
    for (Signature g : layout.signatures()) {
      line(
          out,
          "signature",
          g.role().of(text) + " " + g.preposition().of(text) + " " + g.portfolio().of(text));
    }
    return out.toString();
  }

  /** " (notes 1, 2)" for a block with footnote markers, else nothing. */
  private static String markers(Block b, String text) {
    return b.markers().isEmpty()
        ? ""
        : b.markerNumbers(text).stream()
            .map(String::valueOf)
            .collect(Collectors.joining(", ", " (notes ", ")"));
  }

  private static String numbers(List<Integer> numbers) {
    return numbers.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private static void line(StringBuilder out, String what, String text, Region r) {
    line(out, what, r.of(text));
  }

  private static void line(StringBuilder out, String what, String part) {
    out.append(what).append(": «").append(part.replaceAll("\\s+", " ").strip()).append("»\n");
  }
}
