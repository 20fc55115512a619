package org.w3id.kamergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.InputException;
import org.w3id.kamergraph.model.SourceFormat;

class OfficialXmlReaderTest {
  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = OfficialXmlReaderTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void rendersTheOfficialLayout() throws IOException {
    ReadText read =
        new OfficialXmlReader().read(Path.of("k.xml"), fixture("kamervragen-fictief.xml"));
    assertThat(read.format()).isEqualTo(SourceFormat.OFFICIAL_XML);
    assertThat(read.text())
        .isEqualTo(
            """
        Tweede Kamer der Staten-Generaal
        Vergaderjaar 2019–2020
        Aanhangsel van de Handelingen

        9876

        Vragen van het lid Van Dorrestein (D66) aan de Minister van Landbouw, Natuur en \
        Voedselkwaliteit over het bericht «Boeren wachten op vergunning» (ingezonden 8 april 2020).

        Antwoord van Minister Klaverkamp (Landbouw, Natuur en Voedselkwaliteit) (ontvangen 12 mei \
        2020).

        Vraag 1
        Bent u bekend met het bericht «Boeren wachten op vergunning»? 1

        Antwoord 1
        Ja.

        Vraag 2
        Hoeveel aanvragen liggen er nog bij de provincies?

        Antwoord 2
        Op 1 mei lagen er circa 140 aanvragen. 2 Ik heb uw Kamer daarover geïnformeerd.
        De provincies werken de aanvragen op volgorde af.

        De Minister van Landbouw, Natuur en Voedselkwaliteit,
        Klaverkamp

        1 Dagblad van het Oosten, 3 april 2020.
        2 Kamerstuk 35 334, nr. 82.
        """);
  }

  @Test
  void metadataRowsAndDatesAreKept() throws IOException {
    ReadText read =
        new OfficialXmlReader().read(Path.of("k.xml"), fixture("kamervragen-fictief.xml"));
    assertThat(read.metadata())
        .containsEntry("DC.identifier", "ah-tk-20192020-9876")
        .containsEntry("OVERHEIDop.vraagnummer", "2020Z99901")
        .containsEntry("DC.type", "officiële publicatie|Aanhangsel van de Handelingen")
        .containsEntry("isodatum.vraag", "2020-04-08")
        .containsEntry("isodatum.antwoord", "2020-05-12")
        .containsEntry("kamervraagnummer", "9876");
  }

  @Test
  void malformedXmlNamesLineAndColumn() {
    assertThatThrownBy(
            () -> new OfficialXmlReader().read(Path.of("kapot.xml"), fixture("malformed.xml")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("kapot.xml")
        .hasMessageContaining("line 4, column");
  }

  @Test
  void externalEntitiesAreNeverResolved() throws IOException {
    ReadText read = new OfficialXmlReader().read(Path.of("x.xml"), fixture("xxe.xml"));
    assertThat(read.text()).contains("Lek: []");
  }

  @Test
  void otherRootElementIsRefused() {
    byte[] xml = "<metadata_gegevens/>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new OfficialXmlReader().read(Path.of("m.xml"), xml))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("<metadata_gegevens>");
  }
}
