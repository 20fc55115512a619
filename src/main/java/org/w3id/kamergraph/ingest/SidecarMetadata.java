package org.w3id.kamergraph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3id.kamergraph.model.InputException;

/**
 * The metadata file next to a document: {@code {id}.metadata.xml} beside {@code {id}.xml} (or
 * {@code .html}, {@code .txt}, …), as {@code kamergraph harvest} saves the {@code metadata.xml} of
 * officielebekendmakingen.nl ({@code <metadata_gegevens>} with {@code <metadata name= content=/>}
 * rows). Such a file is part of its document, not a document of its own. Stateless.
 */
final class SidecarMetadata {
  /** The suffix that marks a sidecar. */
  static final String SUFFIX = ".metadata.xml";

  private final SecureXmlParser parser = new SecureXmlParser();

  static boolean isSidecar(Path file) {
    return isSidecar(file.getFileName().toString());
  }

  /** Whether a file of this name is a sidecar. */
  static boolean isSidecar(String fileName) {
    return fileName.regionMatches(
        true, fileName.length() - SUFFIX.length(), SUFFIX, 0, SUFFIX.length());
  }

  /** The sidecar of {@code document} if one exists. */
  static Optional<Path> of(Path document) {
    Path sidecar = Ingestor.sidecarPath(document);
    return Files.isRegularFile(sidecar) ? Optional.of(sidecar) : Optional.empty();
  }

  /**
   * The rows of a sidecar, repeated names joined with {@code |}.
   *
   * @throws InputException naming the sidecar if it is malformed or not {@code metadata_gegevens}
   */
  Map<String, String> read(Path sidecar, byte[] bytes) {
    Element root = parser.parse(sidecar, bytes).getDocumentElement();
    String name = KamervragenXmlRenderer.localName(root);
    if (!name.equals("metadata_gegevens")) {
      throw new InputException(
          sidecar, "root element is <" + name + ">, expected <metadata_gegevens> (a metadata.xml)");
    }
    MetadataRows rows = new MetadataRows(sidecar);
    rows.addAll(root);
    return rows.joined();
  }
}
