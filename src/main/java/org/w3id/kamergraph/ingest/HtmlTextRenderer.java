package org.w3id.kamergraph.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an HTML element as plain text with one line per block element (see {@link LineWriter}).
 * Not thread-safe: one instance per rendering.
 */
final class HtmlTextRenderer implements NodeVisitor {
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "tr",
          "table",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "section",
          "article",
          "header",
          "footer",
          "blockquote",
          "pre",
          "hr",
          "main",
          "aside",
          "figure",
          "figcaption",
          "caption",
          "address",
          "tbody",
          "thead");
  private static final Set<String> CELLS = Set.of("td", "th");
  // paragraphs and headings end with a blank line, as in the official text layout
  private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6");

  private final LineWriter out = new LineWriter();

  String render(Element root) {
    NodeTraversor.traverse(this, root);
    return out.text();
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      out.inline(t.getWholeText());
    } else if (node instanceof Element e) {
      String tag = e.normalName();
      if (tag.equals("br") || BLOCKS.contains(tag)) {
        out.newline();
      } else if (CELLS.contains(tag)) {
        out.inline(" "); // cells of a row stay on the row's line, apart
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
      if (PARAGRAPHS.contains(e.normalName())) {
        out.blankLine();
      } else {
        out.newline();
      }
    }
  }
}
