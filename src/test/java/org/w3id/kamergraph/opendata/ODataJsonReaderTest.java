package org.w3id.kamergraph.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.model.InputException;

/** OData v4 JSON pages: the real samples and the fixtures. */
class ODataJsonReaderTest {
  static final Path DIR = Path.of("src/test/resources/opendata");
  private final ODataJsonReader reader = new ODataJsonReader();

  @TempDir Path tmp;

  @Test
  void readsTheRealPersoonSample() {
    List<TkRecord> rs = reader.read(DIR.resolve("samples/tk-odata-persoon.json"));
    assertThat(rs).hasSize(1);
    TkRecord r = rs.get(0);
    assertThat(r.entitySet()).isEqualTo("Persoon");
    assertThat(r.id()).isEqualTo("1c889902-6ede-427c-8682-000f683fffaa");
    assertThat(r.deleted()).isFalse();
    assertThat(r.get("Nummer")).isEqualTo("2491");
    assertThat(r.fields()).containsKey("Tussenvoegsel");
    assertThat(r.get("Tussenvoegsel")).isNull();
    Persoon p = Persoon.from(r);
    assertThat(p.fullName()).isEqualTo("Fleur Agema");
    assertThat(p.familyName()).isEqualTo("Agema");
    assertThat(p.kamerlid()).isTrue();
    // midnight Amsterdam time: the local date, not the UTC one
    assertThat(TkDates.date(r.get("Geboortedatum"))).isEqualTo(LocalDate.of(1976, 9, 16));
  }

  @Test
  void readsAPageOfMembershipsWithForeignKeys() {
    List<TkRecord> rs = reader.read(DIR.resolve("export/fractiezetelpersoon-1.json"));
    assertThat(rs).hasSize(5).allMatch(r -> r.entitySet().equals("FractieZetelPersoon"));
    FractieZetelPersoon inverted = FractieZetelPersoon.from(rs.get(3));
    assertThat(inverted.inverted()).isTrue();
    assertThat(inverted.van()).isEqualTo(LocalDate.of(2025, 11, 11));
    assertThat(FractieZetelPersoon.from(rs.get(0)).totEnMet()).isNull();
  }

  @Test
  void aBareValueArrayNeedsAFileNameThatSaysTheEntitySet() throws IOException {
    Path sample = DIR.resolve("samples/tk-odata-fractie-values-3.json");
    assertThatThrownBy(() -> reader.read(sample))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(sample.toString())
        .hasMessageContaining("@odata.context");
    Path named = Files.copy(sample, tmp.resolve("fractie-3.json"));
    List<TkRecord> rs = reader.read(named);
    assertThat(rs).hasSize(3).allMatch(r -> r.entitySet().equals("Fractie"));
    assertThat(rs).extracting(TkRecord::id).contains("d3b4d880-ef37-4ce6-99ec-4940266ac466");
  }

  @Test
  void malformedJsonNamesTheFileAndThePlace() {
    Path broken = DIR.resolve("broken/persoon-broken.json");
    assertThatThrownBy(() -> reader.read(broken))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(broken.toString())
        .hasMessageContaining("line");
  }

  @Test
  void contextVariantsGiveTheEntitySet() {
    Path f = Path.of("x.json");
    String base = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#";
    assertThat(TkEntitySets.fromContext(base + "Persoon", f)).isEqualTo("Persoon");
    assertThat(TkEntitySets.fromContext(base + "Persoon(Id,Achternaam)", f)).isEqualTo("Persoon");
    assertThat(TkEntitySets.fromContext(base + "Fractie/$entity", f)).isEqualTo("Fractie");
    assertThat(TkEntitySets.fromContext(null, Path.of("fractiezetelpersoon-2.json")))
        .isEqualTo("FractieZetelPersoon");
  }
}
