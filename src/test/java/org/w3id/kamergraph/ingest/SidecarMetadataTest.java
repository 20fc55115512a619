package org.w3id.kamergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.model.InputException;
import org.w3id.kamergraph.model.SourceDocument;

/** A document's {@code {id}.metadata.xml} is read with it, and is never a document itself. */
class SidecarMetadataTest {
  static final String SIDECAR =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <metadata_gegevens>
        <metadata name="OVERHEIDop.datumIndiening" scheme="DCTERMS.W3CDTF" content="2024-01-08"/>
        <metadata name="OVERHEIDop.aanhangsel" scheme="" content="ah-tk-20232024-901"/>
        <metadata name="OVERHEIDop.aanhangsel" scheme="" content="ah-tk-20232024-955"/>
        <metadata name="OVERHEIDop.gebiedsmarkering" scheme="" content="Adres">
          <metadata name="OVERHEIDop.postcode" scheme="" content="1234AB"/>
        </metadata>
      </metadata_gegevens>
      """;

  @TempDir Path dir;
  final Ingestor ingestor = new Ingestor();

  @Test
  void theSidecarsRowsJoinTheDocumentsMetadataAndCountInItsHash() throws IOException {
    Path doc = dir.resolve("kv-tk-2024Z00101.txt");
    Files.writeString(doc, "Vragen van het lid Veldkamp (VVD) aan de Minister.\n");
    String before = ingestor.ingest(doc).contentHash();

    Files.writeString(dir.resolve("kv-tk-2024Z00101.metadata.xml"), SIDECAR);
    SourceDocument d = ingestor.ingest(doc);

    assertThat(d.metadata())
        .containsEntry("OVERHEIDop.datumIndiening", "2024-01-08")
        .containsEntry("OVERHEIDop.aanhangsel", "ah-tk-20232024-901|ah-tk-20232024-955")
        .containsEntry("OVERHEIDop.gebiedsmarkering", "Adres")
        .doesNotContainKey("OVERHEIDop.postcode");
    assertThat(d.contentHash()).isNotEqualTo(before);
    assertThat(ingestor.collect(List.of(dir))).containsExactly(doc);
  }

  @Test
  void aSidecarIsNotADocumentAndAMalformedOneNamesItself() throws IOException {
    Path sidecar = dir.resolve("kv-tk-2024Z00101.metadata.xml");
    Files.writeString(sidecar, "<metadata_gegevens><metadata name=");
    assertThatThrownBy(() -> ingestor.ingest(sidecar))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not a document");
    // the document is fine: it is built without its metadata, and the warning names the sidecar
    Path doc = dir.resolve("kv-tk-2024Z00101.txt");
    Files.writeString(doc, "Vragen van het lid Veldkamp.\n");
    SourceDocument read = ingestor.ingest(doc);
    assertThat(read.text()).contains("Veldkamp");
    assertThat(read.metadata()).isEmpty();
    assertThat(read.warnings())
        .singleElement()
        .asString()
        .contains(sidecar.toString())
        .contains("malformed XML at line 1")
        .contains("built without it");
    // an empty one too
    Files.writeString(sidecar, "");
    assertThat(ingestor.ingest(doc).warnings())
        .singleElement()
        .asString()
        .contains(sidecar.toString());
  }

  /** 100,000 repeated rows once took gigabytes and minutes to join; now the sidecar is refused. */
  @Test
  void aSidecarOfAHundredThousandRowsIsNotUsedAndItsDocumentIsRead() throws IOException {
    Path sidecar = dir.resolve("kv-tk-2024Z00101.metadata.xml");
    StringBuilder rows = new StringBuilder("<metadata_gegevens>");
    for (int i = 0; i < 100_000; i++) {
      rows.append("<metadata name=\"DC.creator\" content=\"Tweede Kamer ").append(i).append("\"/>");
    }
    Files.writeString(sidecar, rows.append("</metadata_gegevens>"));
    Path doc = dir.resolve("kv-tk-2024Z00101.txt");
    Files.writeString(doc, "Vragen van het lid Veldkamp.\n");
    SourceDocument read = ingestor.ingest(doc);
    assertThat(read.metadata()).isEmpty();
    assertThat(read.warnings())
        .singleElement()
        .asString()
        .contains(sidecar.toString())
        .contains("more than 2000 metadata rows");
  }

  @Test
  void aSidecarDateOfYearMinusOneOrOfMonthThirteenIsReportedByName() throws IOException {
    Path sidecar = dir.resolve("kv-tk-2024Z00101.metadata.xml");
    Files.writeString(
        sidecar,
        "<metadata_gegevens>"
            + "<metadata name=\"OVERHEIDop.datumIndiening\" content=\"-0001-01-08\"/>"
            + "<metadata name=\"OVERHEIDop.datumOntvangst\" content=\"2024-13-01\"/>"
            + "<metadata name=\"DC.title\" content=\"1999-2000\"/>"
            + "</metadata_gegevens>");
    Path doc = dir.resolve("kv-tk-2024Z00101.txt");
    Files.writeString(doc, "Vragen van het lid Veldkamp.\n");
    assertThat(ingestor.ingest(doc).warnings())
        .containsExactly(
            sidecar
                + ": OVERHEIDop.datumIndiening is -0001-01-08, outside 1800–2100;"
                + " the date is not used",
            sidecar
                + ": OVERHEIDop.datumOntvangst is 2024-13-01, not a calendar date;"
                + " the date is not used");
  }
}
