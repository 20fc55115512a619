package org.w3id.kamergraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3id.kamergraph.model.StructureMark;

/**
 * Renders an {@code officiele-publicatie} DOM as text in the layout of the official publication,
 * and collects the metadata it states. Unknown elements are rendered as their text (inline), so
 * content is never dropped because the schema grew. Not thread-safe: one instance per document.
 */
final class KamervragenXmlRenderer {
  private static final Set<String> LINES =
      Set.of(
          "tekstregel",
          "nr",
          "al",
          "functie",
          "tussenkop",
          "kop",
          "titel",
          "li",
          "regel",
          "lijst",
          "toelichting",
          "mededeling",
          "tekst",
          "plaats",
          "datumtekst");
  // these end with a blank line: the header blocks and each question and answer
  private static final Set<String> PARAGRAPHS =
      Set.of(
          "kamervraagkop",
          "kamervraagnummer",
          "kamervraagomschrijving",
          "vraag",
          "antwoord",
          "ondertekening");

  private final LineWriter out = new LineWriter();

  /** Each footnote's number and text, written after the body. */
  private final List<String[]> footnotes = new ArrayList<>();

  private final MetadataRows rows;
  private final Map<String, String> facts = new TreeMap<>();

  /** What the elements mark, in the writer's positions (before its leading strip). */
  private final List<StructureMark> marks = new ArrayList<>();

  /** A renderer for one file, which errors name. */
  KamervragenXmlRenderer(java.nio.file.Path file) {
    this.rows = new MetadataRows(file);
  }

  /** Renders {@code root}; footnotes follow the body as "nr text" lines. */
  String render(Element root) {
    visit(root);
    out.blankLine();
    for (String[] note : footnotes) {
      out.inline(note[0] + " ");
      int begin = out.position();
      out.inline(note[1]);
      marks.add(new StructureMark(StructureMark.Kind.FOOTNOTE, begin, out.position(), note[0]));
      out.newline();
    }
    return out.text();
  }

  /**
   * The parts the elements marked, in {@code text} ({@link #render}'s result): each trimmed of
   * surrounding whitespace and kept within the text.
   */
  List<StructureMark> structure(String text) {
    int shift = out.leadingStripped();
    List<StructureMark> found = new ArrayList<>();
    for (StructureMark m : marks) {
      int b = Math.min(text.length(), Math.max(0, m.begin() - shift));
      int e = Math.min(text.length(), Math.max(b, m.end() - shift));
      while (b < e && Character.isWhitespace(text.charAt(b))) {
        b++;
      }
      while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      found.add(new StructureMark(m.kind(), b, e, m.number()));
    }
    return found;
  }

  /** Metadata rows and facts seen by {@link #render}; call after it. */
  Map<String, String> metadata() {
    Map<String, String> metadata = rows.joined();
    facts.forEach(metadata::putIfAbsent);
    return metadata;
  }

  static String localName(Node node) {
    return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
  }

  private void visit(Node node) {
    if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
      out.inline(node.getNodeValue());
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    String name = localName(e);
    if (rows.add(e)) {
      return;
    }
    if (name.equals("metadata") || name.equals("meta")) {
      visitChildren(e); // a container of metadata rows: collect them, render nothing
      return;
    }
    if (name.equals("noot")) {
      footnote(e);
      return;
    }
    collectFacts(name, e);
    boolean line = LINES.contains(name);
    boolean paragraph = PARAGRAPHS.contains(name);
    if (line || paragraph) {
      out.newline();
    }
    int begin = out.position();
    visitChildren(e);
    kind(name, e).ifPresent(k -> marks.add(new StructureMark(k, begin, out.position(), "")));
    if (paragraph) {
      out.blankLine();
    } else if (line) {
      out.newline();
    }
  }

  /** What an element marks, if it is one of the parts the layout reads. */
  private static java.util.Optional<StructureMark.Kind> kind(String name, Element e) {
    StructureMark.Kind k =
        switch (name) {
          case "kamervraagomschrijving" ->
              switch (e.getAttribute("type")) {
                case "vraag" -> StructureMark.Kind.QUESTION_HEADER;
                case "antwoord", "mededeling" -> StructureMark.Kind.ANSWER_HEADER;
                default -> null;
              };
          case "vraag" -> StructureMark.Kind.QUESTION;
          case "antwoord" -> StructureMark.Kind.ANSWER;
          case "nr" ->
              e.getParentNode() instanceof Element p
                      && (localName(p).equals("vraag") || localName(p).equals("antwoord"))
                  ? StructureMark.Kind.LABEL
                  : null;
          case "ondertekening" -> StructureMark.Kind.SIGNATURE;
          default -> null;
        };
    return java.util.Optional.ofNullable(k);
  }

  private void visitChildren(Element e) {
    for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
      visit(child);
    }
  }

  private void collectFacts(String name, Element e) {
    switch (name) {
      case "kamervraagnummer", "kamervraagonderwerp" ->
          facts.putIfAbsent(name, collapse(e.getTextContent()));
      case "datum" -> {
        Node parent = e.getParentNode();
        if (e.hasAttribute("isodatum")
            && parent instanceof Element p
            && localName(p).equals("kamervraagomschrijving")
            && p.hasAttribute("type")) {
          facts.putIfAbsent("isodatum." + p.getAttribute("type"), e.getAttribute("isodatum"));
        }
      }
      default -> {}
    }
  }

  // the marker stays where the note was, separated so it is not glued to the word before
  private void footnote(Element note) {
    String nr = note.getAttribute("nr");
    StringBuilder text = new StringBuilder();
    for (Node child = note.getFirstChild(); child != null; child = child.getNextSibling()) {
      String childName = localName(child);
      if (childName.equals("noot.nr") || childName.equals("nr")) {
        nr = nr.isEmpty() ? collapse(child.getTextContent()) : nr;
      } else {
        text.append(' ').append(child.getTextContent());
      }
    }
    if (nr.isEmpty()) {
      nr = Integer.toString(footnotes.size() + 1);
    }
    out.inline(" ");
    int begin = out.position();
    out.inline(nr);
    marks.add(new StructureMark(StructureMark.Kind.FOOTNOTE_MARKER, begin, out.position(), nr));
    footnotes.add(new String[] {nr, collapse(text.toString())});
  }

  private static String collapse(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
