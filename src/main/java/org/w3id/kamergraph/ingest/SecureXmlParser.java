package org.w3id.kamergraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3id.kamergraph.model.InputException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses XML with the JDK's parser configured for hostile input: no external entities, no external
 * DTD or schema loading, no XInclude, and the JDK's secure-processing limits (entity expansion). A
 * DOCTYPE is tolerated (official publications may carry one) but never fetched. Stateless.
 */
public final class SecureXmlParser {
  /** The deepest element nesting accepted. */
  static final int MAX_DEPTH = 256;

  /**
   * Parses {@code bytes} read from {@code file}; malformed XML is an {@link InputException} naming
   * the file, line and column.
   */
  public Document parse(Path file, byte[] bytes) {
    try {
      return parse(bytes);
    } catch (SAXParseException e) {
      throw new InputException(
          file,
          "malformed XML at line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + e.getMessage()
              + "; check the file is complete XML",
          e);
    } catch (SAXException | IOException e) {
      throw new InputException(file, "cannot parse XML: " + e.getMessage(), e);
    }
  }

  /**
   * Parses {@code bytes}, for callers that report errors their own way (a downloaded page names its
   * URL, not a file).
   *
   * @throws SAXParseException when the XML is malformed, with line and column
   */
  public Document parse(byte[] bytes) throws SAXException, IOException {
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      // any entity the document still refers to resolves to nothing instead of a file or URL
      builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      builder.setErrorHandler(
          new DefaultHandler() {
            @Override
            public void fatalError(SAXParseException e) throws SAXException {
              throw e;
            }
          });
      return builder.parse(new ByteArrayInputStream(bytes));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser lacks a security feature", e);
    }
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    // the renderer walks the tree recursively: a file of thousands of nested elements must be a
    // clear error naming it, not a StackOverflowError; real publications nest a few dozen deep
    f.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
    f.setExpandEntityReferences(false);
    f.setValidating(false);
    return f;
  }
}
