package org.w3id.kamergraph.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.jsoup.nodes.Element;
import org.w3id.kamergraph.rdf.KG;

/**
 * A document's page: what it is (dates, zaak, source), who asked, who was asked and who answered,
 * the questions with their answers, the footnotes with their links, the Kamerstukken it cites
 * (linked to officielebekendmakingen.nl), and its text as read with every mention marked in the
 * colour of its kind, each mark a link to what it resolved to. Everything shown comes from the
 * document's graph; the text and the marks from its {@code nif:Context}, so the page shows the
 * graph's own offsets at work.
 */
final class DocumentPage {
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:)\\]]");

  private final GraphReader reader;
  private final Labels labels;

  DocumentPage(GraphReader reader, Labels labels) {
    this.reader = reader;
    this.labels = labels;
  }

  Page render(String iri, Graph about) {
    Node doc = NodeFactory.createURI(iri);
    Map<String, Node> bind = Map.of("doc", doc);
    List<Binding> marks =
        reader.select(
            "SELECT ?b ?e ?ent ?anchor WHERE { GRAPH ?doc { ?m kg:inDocument ?doc ;"
                + " nif:beginIndex ?b ; nif:endIndex ?e ; kg:refersTo ?ent ."
                + " OPTIONAL { ?m nif:anchorOf ?anchor } } }",
            bind);
    List<Binding> text =
        reader.select(
            "SELECT ?s WHERE { GRAPH ?doc { ?doc kg:textContext ?c . ?c nif:isString ?s } }", bind);
    List<Binding> questions =
        reader.select(
            "SELECT ?n ?q ?qt ?a ?at ?later ?laterDoc WHERE { GRAPH ?doc { ?doc kg:hasQuestion ?q ."
                + " ?q kg:number ?n . OPTIONAL { ?q kg:text ?qt }"
                + " OPTIONAL { ?q kg:hasAnswer ?a . OPTIONAL { ?a kg:text ?at } } }"
                + " OPTIONAL { GRAPH ?z { ?q kg:answeredIn ?later }"
                + " OPTIONAL { GRAPH ?laterDoc { ?later a kg:Answer } } } } ORDER BY ?n",
            bind);
    List<Binding> footnotes =
        reader.select(
            "SELECT ?n ?t WHERE { GRAPH ?doc { ?doc kg:hasFootnote ?f . ?f kg:number ?n ;"
                + " kg:text ?t } } ORDER BY ?n",
            bind);
    List<Binding> askers =
        reader.select(
            "SELECT ?m ?party WHERE { GRAPH ?doc { ?doc kg:askedBy ?m"
                + " OPTIONAL { ?m org:memberOf ?party } } }",
            bind);
    List<Binding> cited =
        reader.select(
            "SELECT ?k ?page WHERE { GRAPH ?doc { ?doc cito:cites ?k }"
                + " OPTIONAL { GRAPH ?g { ?k rdfs:seeAlso ?page } } }",
            bind);

    Set<String> iris = new LinkedHashSet<>(FactsTable.objectIris(about));
    iris.add(iri);
    for (Binding b : marks) {
      iris.add(b.get(Var.alloc("ent")).getURI());
    }
    for (Binding b : askers) {
      iris.add(b.get(Var.alloc("m")).getURI());
      if (b.get(Var.alloc("party")) != null) {
        iris.add(b.get(Var.alloc("party")).getURI());
      }
    }
    questions.forEach(
        b -> {
          if (b.get(Var.alloc("laterDoc")) != null) {
            iris.add(b.get(Var.alloc("laterDoc")).getURI());
          }
        });
    Map<String, Labels.Label> named = labels.of(iris);
    String title = named.get(iri).text();

    Page page = new Page(title, null);
    Element main = page.main().addClass("document");
    main.appendElement("h1").text(title);
    Element iriLine = FactsTable.iriLine(main, iri);
    about
        .find(doc, org.apache.jena.vocabulary.RDFS.seeAlso.asNode(), Node.ANY)
        .forEach(
            t ->
                iriLine
                    .appendElement("a")
                    .addClass("source external")
                    .attr("rel", "noopener noreferrer nofollow")
                    .attr("href", t.getObject().getURI())
                    .text("source on officielebekendmakingen.nl"));

    Element who = main.appendElement("section").addClass("structure");
    who.appendElement("h2").text("Who");
    Element dl = who.appendElement("dl");
    Element askedDd = term(dl, "asked by");
    for (Binding b : askers) {
      String m = b.get(Var.alloc("m")).getURI();
      Element span = askedDd.appendElement("span").addClass("asker");
      FactsTable.link(span, m, named.get(m));
      Node party = b.get(Var.alloc("party"));
      if (party != null) {
        span.appendText(" (");
        FactsTable.link(span, party.getURI(), named.get(party.getURI()));
        span.appendText(")");
      }
    }
    roleLinks(term(dl, "addressed to"), about, doc, KG.addressedTo, named);
    roleLinks(term(dl, "answered by"), about, doc, KG.answeredBy, named);
    roleLinks(term(dl, "zaak"), about, doc, KG.zaak, named);
    roleLinks(term(dl, "answers in"), about, doc, KG.answerDocument, named);

    if (!cited.isEmpty()) {
      Element cites = main.appendElement("section").addClass("citations");
      cites.appendElement("h2").text("Kamerstukken cited (" + cited.size() + ")");
      Element ul = cites.appendElement("ul");
      Map<String, String> pages = new TreeMap<>();
      cited.forEach(
          b -> {
            Node pg = b.get(Var.alloc("page"));
            pages.merge(
                b.get(Var.alloc("k")).getURI(),
                pg == null ? "" : pg.getURI(),
                (x, y) -> x.isEmpty() ? y : x);
          });
      Map<String, Labels.Label> kst = labels.of(pages.keySet());
      pages.forEach(
          (k, pg) -> {
            Element li = ul.appendElement("li");
            FactsTable.link(li, k, kst.get(k));
            if (!pg.isEmpty()) {
              li.appendText(" ");
              li.appendElement("a")
                  .addClass("external")
                  .attr("rel", "noopener noreferrer nofollow")
                  .attr("href", pg)
                  .text("officielebekendmakingen.nl");
            }
          });
    }

    if (!questions.isEmpty()) {
      Element qa = main.appendElement("section").addClass("questions");
      qa.appendElement("h2").text("Questions and answers");
      Element ol = qa.appendElement("ol").addClass("qa");
      String last = null;
      for (Binding b : questions) {
        String q = b.get(Var.alloc("q")).getURI();
        if (q.equals(last)) {
          continue; // a second later answer: the first is shown
        }
        last = q;
        Element li = ol.appendElement("li").id("vraag-" + lex(b, "n"));
        li.appendElement("p")
            .addClass("question")
            .appendElement("strong")
            .text("Vraag " + lex(b, "n") + " ");
        li.selectFirst("p.question").appendText(lex(b, "qt"));
        if (b.get(Var.alloc("at")) != null) {
          Element p = li.appendElement("p").addClass("answer");
          p.appendElement("strong").text("Antwoord " + lex(b, "n") + " ");
          p.appendText(lex(b, "at"));
        } else if (b.get(Var.alloc("laterDoc")) != null) {
          Element p = li.appendElement("p").addClass("answer");
          String later = b.get(Var.alloc("laterDoc")).getURI();
          p.appendText("Answered in ");
          FactsTable.link(p, later, named.get(later));
        } else {
          li.appendElement("p").addClass("answer open").text("No answer in this graph.");
        }
      }
    }

    if (!footnotes.isEmpty()) {
      Element fn = main.appendElement("section").addClass("footnotes");
      fn.appendElement("h2").text("Footnotes");
      Element ol = fn.appendElement("ol");
      for (Binding b : footnotes) {
        Element li = ol.appendElement("li").attr("value", lex(b, "n"));
        linkify(li, lex(b, "t"));
      }
    }

    Element textSection = main.appendElement("section").addClass("text");
    textSection.appendElement("h2").text("Text with its mentions");
    if (text.isEmpty()) {
      textSection
          .appendElement("p")
          .addClass("note")
          .text(
              "This store was built before documents kept their text in the graph: build it again"
                  + " to see the text with its mentions.");
    } else {
      legend(textSection, marks, named);
      Element pre = textSection.appendElement("div").addClass("doctext").attr("lang", "nl");
      List<MarkedText.Mark> spans = new ArrayList<>();
      for (Binding b : marks) {
        String ent = b.get(Var.alloc("ent")).getURI();
        Labels.Label l = named.get(ent);
        spans.add(
            new MarkedText.Mark(
                Integer.parseInt(lex(b, "b")),
                Integer.parseInt(lex(b, "e")),
                ent,
                l.kind(),
                l.text()));
      }
      for (MarkedText.Piece piece : MarkedText.pieces(lex(text.get(0), "s"), spans)) {
        if (piece.mark() == null) {
          pre.appendText(piece.text());
        } else {
          MarkedText.Mark m = piece.mark();
          pre.appendElement("a")
              .addClass("mention k-" + m.kind())
              .attr("href", Links.href(m.entity()))
              .attr("data-entity", m.entity())
              .attr("title", Labels.KIND_NAMES.getOrDefault(m.kind(), m.kind()) + ": " + m.label())
              .text(piece.text());
        }
      }
    }

    Element facts = main.appendElement("section").addClass("all-facts");
    facts.appendElement("h2").text("All facts about the document");
    FactsTable.append(facts, iri, about, named);
    return page;
  }

  private static Element term(Element dl, String name) {
    dl.appendElement("dt").text(name);
    return dl.appendElement("dd");
  }

  private static void roleLinks(
      Element dd, Graph about, Node doc, Property property, Map<String, Labels.Label> named) {
    about
        .find(doc, property.asNode(), Node.ANY)
        .forEach(
            t -> {
              if (t.getObject().isURI()) {
                FactsTable.link(
                    dd.appendElement("span"),
                    t.getObject().getURI(),
                    named.get(t.getObject().getURI()));
              }
            });
    if (dd.childrenSize() == 0) {
      dd.addClass("none").text("—");
    }
  }

  /** A key of the marks' kinds shown, in the page's colours. */
  private static void legend(Element parent, List<Binding> marks, Map<String, Labels.Label> named) {
    Set<String> kinds = new java.util.TreeSet<>();
    for (Binding b : marks) {
      kinds.add(named.get(b.get(Var.alloc("ent")).getURI()).kind());
    }
    Element p = parent.appendElement("p").addClass("legend");
    p.appendText(marks.size() + " mentions: ");
    for (String k : kinds) {
      p.appendElement("span").addClass("mention k-" + k).text(Labels.KIND_NAMES.getOrDefault(k, k));
      p.appendText(" ");
    }
  }

  /** The text with each web address a link (never followed by the server). */
  private static void linkify(Element parent, String text) {
    Matcher m = URL.matcher(text);
    int at = 0;
    while (m.find()) {
      parent.appendText(text.substring(at, m.start()));
      parent
          .appendElement("a")
          .addClass("external")
          .attr("rel", "noopener noreferrer nofollow")
          .attr("href", m.group())
          .text(m.group());
      at = m.end();
    }
    parent.appendText(text.substring(at));
  }

  private static String lex(Binding b, String var) {
    Node n = b.get(Var.alloc(var));
    return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
  }
}
