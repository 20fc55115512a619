package org.w3id.kamergraph.harvest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One page of an SRU searchRetrieveResponse. Parsed namespace-aware and matched on local names, so
 * it reads the response whatever prefixes (or SRU version namespace) the server uses.
 *
 * @param total {@code numberOfRecords}
 * @param identifiers each record's {@code gzd/originalData/meta/owmskern/identifier}, in order
 * @param next {@code nextRecordPosition}, or 0 when the page says there is no next page
 */
record SruPage(int total, List<String> identifiers, int next) {
  SruPage {
    identifiers = List.copyOf(identifiers);
  }

  /**
   * Reads a page.
   *
   * @throws FetchException naming {@code url} if the XML is malformed, is not a
   *     searchRetrieveResponse, or carries an SRU diagnostic
   */
  static SruPage parse(URI url, byte[] bytes) {
    Document dom = XmlCheck.parse(url, bytes);
    Element root = dom.getDocumentElement();
    if (!XmlCheck.localName(root).equals("searchRetrieveResponse")) {
      throw new FetchException(
          url, "expected an SRU searchRetrieveResponse, got <" + XmlCheck.localName(root) + ">");
    }
    Element diagnostics = first(root, "diagnostics");
    if (diagnostics != null) {
      throw new FetchException(url, "SRU diagnostic: " + firstText(diagnostics, "message"));
    }
    int total = number(url, firstText(root, "numberOfRecords"), "numberOfRecords");
    String nextText = firstText(root, "nextRecordPosition");
    int next = nextText == null ? 0 : number(url, nextText, "nextRecordPosition");
    List<String> ids = new ArrayList<>();
    NodeList records = root.getElementsByTagNameNS("*", "record");
    for (int i = 0; i < records.getLength(); i++) {
      Element owmskern = first((Element) records.item(i), "owmskern");
      String id = owmskern == null ? null : firstText(owmskern, "identifier");
      if (id != null) {
        ids.add(id);
      }
    }
    return new SruPage(total, ids, next);
  }

  private static int number(URI url, String text, String what) {
    if (text == null || !text.matches("\\d{1,9}")) {
      throw new FetchException(url, "SRU response has no valid <" + what + ">: " + text);
    }
    return Integer.parseInt(text);
  }

  private static Element first(Element in, String localName) {
    NodeList l = in.getElementsByTagNameNS("*", localName);
    return l.getLength() == 0 ? null : (Element) l.item(0);
  }

  private static String firstText(Element in, String localName) {
    Node n = first(in, localName);
    return n == null ? null : n.getTextContent().strip();
  }
}
