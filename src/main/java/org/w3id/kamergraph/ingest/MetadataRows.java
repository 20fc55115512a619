package org.w3id.kamergraph.ingest;

import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The metadata rows of officielebekendmakingen.nl: {@code <meta name=… content=…/>} in the official
 * XML and {@code <metadata name=… content=…/>} in {@code metadata.xml}. Rows are kept by name; a
 * name that repeats (joint dossiers, several answers) keeps every value, joined with {@code |} in
 * document order. Shared by {@link KamervragenXmlRenderer} and {@link SidecarMetadata}.
 */
final class MetadataRows {
  private MetadataRows() {}

  /** Whether {@code e} is a row; if it is, its value is added to {@code into}. */
  static boolean add(Element e, Map<String, String> into) {
    String name = KamervragenXmlRenderer.localName(e);
    if ((name.equals("meta") || name.equals("metadata")) && e.hasAttribute("name")) {
      into.merge(e.getAttribute("name"), e.getAttribute("content"), (a, b) -> a + "|" + b);
      return true;
    }
    return false;
  }

  /** Adds every row below {@code root} (a row's own nested rows are not rows of the document). */
  static void addAll(Node root, Map<String, String> into) {
    for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && !add(e, into)) {
        addAll(e, into);
      }
    }
  }
}
