package org.w3id.kamergraph.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.model.InputException;

/** SyncFeed Atom pages, with namespaces (as served) and without (as third-party tools print). */
class SyncFeedReaderTest {
  static final Path DIR = Path.of("src/test/resources/opendata");
  private final SyncFeedReader reader = new SyncFeedReader();

  @TempDir Path tmp;

  @Test
  void readsANamespacedFeedWithMixedEntitiesAndADeletion() {
    List<TkRecord> rs = reader.read(DIR.resolve("export/syncfeed-1.xml"));
    assertThat(rs).hasSize(12);
    assertThat(rs).extracting(TkRecord::entitySet).contains("Persoon", "Fractie", "FractieZetel");
    TkRecord oudeman = rs.get(0);
    assertThat(oudeman.get("Achternaam")).isEqualTo("Oudeman");
    assertThat(oudeman.fields()).containsEntry("Tussenvoegsel", null);
    TkRecord deleted = rs.get(2);
    assertThat(deleted.deleted()).isTrue();
    assertThat(deleted.id()).isEqualTo("a0000000-0000-4000-8000-000000000007");
    TkRecord zetel = rs.get(4);
    assertThat(zetel.get("Fractie_Id")).isEqualTo("f0000000-0000-4000-8000-000000000007");
  }

  @Test
  void readsTheRealNamespaceStrippedEntry() {
    List<TkRecord> rs =
        reader.read(DIR.resolve("samples/tk-syncfeed-entry-fractiezetelpersoon.nsstripped.xml"));
    assertThat(rs).hasSize(1);
    FractieZetelPersoon m = FractieZetelPersoon.from(rs.get(0));
    assertThat(m.persoonId()).isEqualTo("ec273841-069f-408b-b434-8524904ae314");
    assertThat(m.fractieZetelId()).isEqualTo("ca826e72-cf57-4cca-b090-d5c444ec6c2d");
    assertThat(m.van()).isEqualTo(LocalDate.of(2002, 5, 23));
    assertThat(m.totEnMet()).isEqualTo(LocalDate.of(2010, 10, 11));
  }

  @Test
  void externalEntitiesAreNotFetchedAndMalformedXmlNamesTheLine() throws IOException {
    Path evil = tmp.resolve("evil.xml");
    Files.writeString(
        evil,
        "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>t</title><content>"
            + "<persoon id=\"a0000000-0000-4000-8000-0000000000ff\"><achternaam>&x;</achternaam>"
            + "</persoon></content></entry></feed>",
        StandardCharsets.UTF_8);
    List<TkRecord> rs = reader.read(evil);
    assertThat(rs.get(0).get("Achternaam")).isNull();

    Path broken = tmp.resolve("broken.xml");
    Files.writeString(broken, "<feed>\n<entry>\n</feed>", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> reader.read(broken))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(broken.toString())
        .hasMessageContaining("line 3");
  }
}
