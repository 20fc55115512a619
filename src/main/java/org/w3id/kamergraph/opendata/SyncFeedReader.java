package org.w3id.kamergraph.opendata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3id.kamergraph.ingest.SecureXmlParser;
import org.w3id.kamergraph.model.InputException;

/**
 * Reads one saved SyncFeed page ({@code <feed>} of Atom {@code <entry>}s) or a single {@code
 * <entry>}. Each entry's {@code <content>} holds the entity element ({@code <persoon id="…"
 * tk:verwijderd="false">}); its children become properties, {@code <x ref="…"/>} a foreign key
 * {@code X_Id}, and {@code xsi:nil="true"} a null. Elements are matched by local name, so the real
 * feed (Atom and {@code tkData} namespaces) and namespace-stripped copies both read. Parsed with
 * the JDK's parser without external entities or DTDs. Stateless and thread-safe.
 */
public final class SyncFeedReader {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String TK = "http://www.tweedekamer.nl/xsd/tkData/v1-0";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  /**
   * The entities of the page, in file order, deleted ones included (marked).
   *
   * @throws InputException naming the file (with line and column for malformed XML)
   */
  public List<TkRecord> read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file, "cannot read: " + e.getMessage(), e);
    }
    Element root = new SecureXmlParser().parse(file, bytes).getDocumentElement();
    List<Element> entries =
        switch (local(root)) {
          case "feed" -> children(root, "entry");
          case "entry" -> List.of(root);
          default ->
              throw new InputException(
                  file, "not a SyncFeed page: root element <" + root.getTagName() + ">");
        };
    List<TkRecord> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      out.add(entity(entries.get(i), file, "entry " + (i + 1)));
    }
    return out;
  }

  private static TkRecord entity(Element entry, Path file, String place) {
    List<Element> content = children(entry, "content");
    List<Element> payload = content.isEmpty() ? List.of() : children(content.get(0), null);
    if (payload.isEmpty()) {
      throw new InputException(file, place + " has no entity in <content>");
    }
    Element e = payload.get(0);
    String id = e.getAttribute("id");
    if (id.isEmpty()) {
      List<Element> title = children(entry, "title");
      id = title.isEmpty() ? "" : title.get(0).getTextContent().strip();
    }
    if (id.isEmpty()) {
      throw new InputException(file, place + " has no id");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element child : children(e, null)) {
      String name = TkEntitySets.fromElement(local(child));
      if (child.hasAttribute("ref")) {
        fields.put(name + "_Id", child.getAttribute("ref"));
      } else if ("true".equals(attribute(child, XSI, "nil"))) {
        fields.put(name, null);
      } else {
        fields.put(name, child.getTextContent());
      }
    }
    boolean deleted = "true".equals(attribute(e, TK, "verwijderd"));
    String set = TkEntitySets.fromElement(local(e));
    return new TkRecord(set, id.toLowerCase(Locale.ROOT), deleted, fields, file, place);
  }

  /** A namespaced attribute, or the same local name without a namespace (stripped copies). */
  private static String attribute(Element e, String ns, String local) {
    String v = e.getAttributeNS(ns, local);
    return v.isEmpty() ? e.getAttribute(local) : v;
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && (localName == null || localName.equals(local(c)))) {
        out.add(c);
      }
    }
    return out;
  }

  private static String local(Element e) {
    return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
  }
}
