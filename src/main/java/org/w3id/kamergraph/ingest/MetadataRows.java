package org.w3id.kamergraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3id.kamergraph.model.InputException;

/**
 * The metadata rows of officielebekendmakingen.nl: {@code <meta name=… content=…/>} in the official
 * XML and {@code <metadata name=… content=…/>} in {@code metadata.xml}, collected for one file.
 * Rows are kept by name; a name that repeats (joint dossiers, several answers) keeps every value,
 * joined with {@code |} in document order. Shared by {@link KamervragenXmlRenderer} and {@link
 * SidecarMetadata}.
 */
final class MetadataRows {
  /**
   * The most rows one file may state: a document states about 50. Beyond it the file is refused
   * (100,000 repeated rows once took gigabytes to join).
   */
  static final int MAX_ROWS = 2_000;

  private final Path file;
  private final Map<String, List<String>> values = new TreeMap<>();
  private int rows;

  /** Rows of {@code file}, which errors name. */
  MetadataRows(Path file) {
    this.file = file;
  }

  /**
   * Whether {@code e} is a row; if it is, its value is kept.
   *
   * @throws InputException naming the file if it states more than {@link #MAX_ROWS} rows
   */
  boolean add(Element e) {
    String name = KamervragenXmlRenderer.localName(e);
    if (!(name.equals("meta") || name.equals("metadata")) || !e.hasAttribute("name")) {
      return false;
    }
    if (++rows > MAX_ROWS) {
      throw new InputException(
          file,
          "states more than "
              + MAX_ROWS
              + " metadata rows (a document states about 50); the metadata is not used");
    }
    values
        .computeIfAbsent(e.getAttribute("name"), n -> new ArrayList<>())
        .add(e.getAttribute("content"));
    return true;
  }

  /** Adds every row below {@code root} (a row's own nested rows are not rows of the document). */
  void addAll(Node root) {
    for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && !add(e)) {
        addAll(e);
      }
    }
  }

  /** The rows so far, by name, repeated values joined with {@code |}. */
  Map<String, String> joined() {
    Map<String, String> out = new TreeMap<>();
    values.forEach((name, all) -> out.put(name, String.join("|", all)));
    return out;
  }
}
