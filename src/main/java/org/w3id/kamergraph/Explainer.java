package org.w3id.kamergraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.w3id.kamergraph.layout.LayoutText;
import org.w3id.kamergraph.layout.Layouts;
import org.w3id.kamergraph.resolve.Entity;
import org.w3id.kamergraph.resolve.ResolvedDocument;

/**
 * Shows what kamergraph made of one document, for a reviewer to check in a minute: a summary of the
 * structure (askers, addressees, answerers, dates, questions, citations), then the text as read
 * with every mention marked {@code ⟦words⟧n}, then a legend saying what each mark resolved to.
 */
public final class Explainer {
  private static final String OPEN = "⟦";
  private static final String CLOSE = "⟧";

  /** The explanation as plain text (UTF-8 friendly, no colours). */
  public String explain(Pipeline.Result result) {
    ResolvedDocument d = result.resolved();
    Map<String, Entity> entities = new LinkedHashMap<>();
    d.entities().forEach(e -> entities.put(e.iri(), e));
    StringBuilder out = new StringBuilder();
    summary(d, entities, out);
    // the parts the extractors read, to see at a glance why a field came out as it did
    out.append("\n== layout (what the recognisers found)\n\n")
        .append(LayoutText.render(Layouts.of(d.source()), d.source().normalised().text()));
    List<ResolvedDocument.Mention> mentions = new ArrayList<>(d.mentions());
    mentions.sort(
        Comparator.comparingInt((ResolvedDocument.Mention m) -> m.span().begin())
            .thenComparing(m -> -m.span().end()));
    out.append("\n== text (").append(mentions.size()).append(" mentions marked)\n\n");
    String text = d.source().text();
    int pos = 0;
    int n = 0;
    List<String> legend = new ArrayList<>();
    for (ResolvedDocument.Mention m : mentions) {
      n++;
      String what = describe(entities.get(m.entityIri()), m.entityIri());
      String anchor = text.substring(m.span().begin(), m.span().end()).replaceAll("\\s+", " ");
      legend.add(
          String.format(
              "%4d  %6d-%-6d %-40s → %s",
              n, m.span().begin(), m.span().end(), quote(anchor), what));
      if (m.span().begin() < pos) {
        continue; // nested in the previous mark: listed in the legend only
      }
      out.append(text, pos, m.span().begin())
          .append(OPEN)
          .append(text, m.span().begin(), m.span().end())
          .append(CLOSE)
          .append(n);
      pos = m.span().end();
    }
    out.append(text.substring(pos));
    out.append(
        "\n\n== mentions (UTF-16 offsets into the text as read; the graph gives code points)\n\n");
    legend.forEach(l -> out.append(l).append('\n'));
    return out.toString();
  }

  private static void summary(ResolvedDocument d, Map<String, Entity> entities, StringBuilder out) {
    out.append("== ").append(d.source().fileName()).append("  →  <").append(d.iri()).append(">\n");
    line(out, "kind", d.kind().name().toLowerCase().replace('_', ' '));
    line(out, "title", d.title());
    line(out, "submitted", d.submitted());
    line(out, "answered", d.answered());
    line(out, "zaak", String.join(", ", d.zaakNummers()));
    line(out, "asked by", names(d.askedBy(), entities));
    line(out, "addressed to", names(d.addressedTo(), entities));
    line(out, "answered by", names(d.answeredBy(), entities));
    line(
        out,
        "questions",
        d.questions().stream()
            .map(b -> String.valueOf(b.number()))
            .collect(Collectors.joining(" ")));
    line(
        out,
        "answers",
        d.answers().stream().map(b -> String.valueOf(b.number())).collect(Collectors.joining(" ")));
    line(out, "footnotes", d.footnotes().size());
    line(out, "cites", names(d.cites(), entities));
    line(out, "references", names(d.references(), entities));
  }

  private static String names(List<String> iris, Map<String, Entity> entities) {
    return iris.stream().map(i -> describe(entities.get(i), i)).collect(Collectors.joining("; "));
  }

  /** A short description of an entity: its kind and name. */
  static String describe(Entity e, String iri) {
    if (e instanceof Entity.Member m) {
      String party =
          m.partyIri() == null
              ? "no party"
              : m.partyIri().substring(m.partyIri().lastIndexOf('/') + 1);
      return "member " + m.name().fullName() + " (" + party + ")";
    } else if (e instanceof Entity.Person p) {
      return "person " + p.name().fullName();
    } else if (e instanceof Entity.Post p) {
      return "post " + p.label();
    } else if (e instanceof Entity.Party p) {
      return "party " + p.notation();
    } else if (e instanceof Entity.Named n) {
      return n.kind().name().toLowerCase()
          + " "
          + n.label()
          + (n.kind().name().equals("MINISTRY") ? " <" + iri + ">" : "");
    } else if (e instanceof Entity.Kamerstuk k) {
      return "Kamerstuk " + k.citation().officialId();
    } else if (e instanceof Entity.Reference r) {
      return r.kind().name().toLowerCase().replace('_', ' ') + " " + r.identifier();
    } else if (e instanceof Entity.Zaak z) {
      return "zaak " + z.nummer();
    }
    return "<" + iri + ">";
  }

  private static void line(StringBuilder out, String label, Object value) {
    String v = value == null ? "" : value.toString();
    out.append(String.format("%-13s %s%n", label + ":", v.isEmpty() ? "—" : v));
  }

  private static String quote(String s) {
    return "\"" + (s.length() > 38 ? s.substring(0, 35) + "…" : s) + "\"";
  }
}
