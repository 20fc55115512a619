package org.w3id.kamergraph.ingest;

import java.nio.file.Path;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3id.kamergraph.model.InputException;
import org.w3id.kamergraph.model.SourceFormat;

/**
 * Reads the official XML of officielebekendmakingen.nl ({@code officiele-publicatie} with {@code
 * kamervragen}, {@code vraag}, {@code antwoord}, …). The XML is rendered to text in the layout of
 * the official publication ("Vragen van het lid …", "Antwoord van …", "Vraag 1", question,
 * "Antwoord 1", answer, footnotes at the end as "1 text"), so the same extractors read all formats.
 * Metadata rows ({@code <meta name= content=>}) and the ISO dates of the question and answer
 * ({@code isodatum.vraag}, {@code isodatum.antwoord}) go into {@link ReadText#metadata()}.
 *
 * <p>Malformed XML raises {@link InputException} with line and column; another root element raises
 * it naming the root found. External entities and DTDs are never loaded.
 */
public final class OfficialXmlReader implements DocumentReader {
  private final SecureXmlParser parser = new SecureXmlParser();

  @Override
  public Set<String> extensions() {
    return Set.of("xml");
  }

  @Override
  public ReadText read(Path file, byte[] bytes) {
    Document dom = parser.parse(file, bytes);
    Element root = dom.getDocumentElement();
    String name = KamervragenXmlRenderer.localName(root);
    if (!name.equals("officiele-publicatie")) {
      throw new InputException(
          file,
          "root element is <"
              + name
              + ">, expected"
              + " <officiele-publicatie> (the official XML of officielebekendmakingen.nl);"
              + " other XML formats are not supported");
    }
    KamervragenXmlRenderer renderer = new KamervragenXmlRenderer(file);
    String text = renderer.render(root);
    return new ReadText(
        text, SourceFormat.OFFICIAL_XML, renderer.metadata(), renderer.structure(text));
  }
}
