package org.w3id.kamergraph.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled person register is what {@link PersonRegisterSource} makes from the shared reference
 * data (skipped, saying so, when {@code ../shared/reference-data} is not beside the project), and
 * it is read back as written.
 */
class PersonRegisterSourceTest {
  static final Path BASE = Path.of(System.getProperty("kamergraph.basedir", "."));
  static final Path SHARED =
      Path.of(System.getProperty("kamergraph.shared", "../shared")).resolve("reference-data");

  @Test
  void theBundledFilesAreMadeFromTheSharedReferenceData() throws IOException {
    assumeTrue(
        Files.isDirectory(SHARED),
        "skipped: no shared reference data at " + SHARED.toAbsolutePath());
    Map<String, String> made = PersonRegisterSource.generate(SHARED);
    for (var e : made.entrySet()) {
      Path bundled = BASE.resolve("src/main/resources/kamergraph/reference").resolve(e.getKey());
      assertThat(Files.readString(bundled, StandardCharsets.UTF_8))
          .as("%s: regenerate with PersonRegisterSource", bundled)
          .isEqualTo(e.getValue());
    }
  }

  @Test
  void theRegisterReadsItsPersonsOfficesAndPeriods() {
    PersonRegister r = PersonRegister.load();
    PersonRegister.Person kuzu = r.byKey("kuzu-tunahan").orElseThrow();
    assertThat(kuzu.fullName()).isEqualTo("Tunahan Kuzu");
    assertThat(kuzu.parties()).contains("PvdA", "DENK");
    assertThat(
            kuzu.held(
                PersonRegister.OfficeKind.SEAT,
                LocalDate.of(2013, 5, 14),
                r.coverage(PersonRegister.OfficeKind.SEAT).last()))
        .isTrue();
    assertThat(r.byKey("de-vries-aukje").orElseThrow().fullName()).isEqualTo("Aukje de Vries");
    assertThat(r.withFamilyName("de vries")).hasSizeGreaterThan(3);
    assertThat(r.termOf(LocalDate.of(2023, 12, 5))).contains(LocalDate.of(2021, 3, 31));
    assertThat(r.termOf(LocalDate.of(2023, 12, 6))).contains(LocalDate.of(2023, 12, 6));
    assertThat(r.termOf(LocalDate.of(1990, 1, 1))).isEmpty();
    // no committee or placeholder of the sources is a person here
    assertThat(r.persons()).noneMatch(p -> p.familyName().toLowerCase().contains("commissie"));
  }
}
