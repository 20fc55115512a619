package org.w3id.kamergraph.harvest;

import java.io.IOException;
import java.net.URI;
import org.w3c.dom.Document;
import org.w3id.kamergraph.ingest.SecureXmlParser;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses downloaded XML with ingest's locked-down parser ({@link SecureXmlParser}: no external
 * entities, DTDs, schemas or XInclude), naming the URL when it fails. Used to read SRU pages and
 * metadata, and to refuse a document that is not well-formed before it is saved. Stateless.
 */
final class XmlCheck {
  private static final SecureXmlParser PARSER = new SecureXmlParser();

  private XmlCheck() {}

  /**
   * The DOM of {@code bytes}.
   *
   * @throws FetchException naming {@code url}, line and column when the XML is malformed
   */
  static Document parse(URI url, byte[] bytes) {
    try {
      return PARSER.parse(bytes);
    } catch (SAXParseException e) {
      throw new FetchException(
          url,
          "malformed XML at line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + e.getMessage(),
          e);
    } catch (SAXException | IOException e) {
      throw new FetchException(url, "cannot parse XML: " + e.getMessage(), e);
    }
  }

  /** The element's name without prefix, whatever namespace it is in. */
  static String localName(org.w3c.dom.Node node) {
    return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
  }
}
