package org.w3id.kamergraph.harvest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The answers a question's metadata names: the {@code OVERHEIDop.aanhangsel} rows of a {@code
 * metadata.xml} ({@code <metadata name="OVERHEIDop.aanhangsel" content="ah-tk-…"/>}), zero or more,
 * a row possibly holding several ids joined by {@code |}. Ids that do not look like {@code ah-tk-…}
 * are left out.
 */
final class Aanhangsel {
  static final String ROW = "OVERHEIDop.aanhangsel";

  private Aanhangsel() {}

  /**
   * @param source the URL or file the metadata came from, for messages
   */
  static List<String> answers(URI source, byte[] metadataXml) {
    Element root = XmlCheck.parse(source, metadataXml).getDocumentElement();
    NodeList rows = root.getElementsByTagNameNS("*", "metadata");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < rows.getLength(); i++) {
      Element row = (Element) rows.item(i);
      if (ROW.equals(row.getAttribute("name"))) {
        for (String id : row.getAttribute("content").split("\\|")) {
          String s = id.strip();
          if (s.startsWith("ah-tk-") && Ids.isDocument(s) && !ids.contains(s)) {
            ids.add(s);
          }
        }
      }
    }
    return ids;
  }
}
