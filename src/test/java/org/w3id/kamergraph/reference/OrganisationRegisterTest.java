package org.w3id.kamergraph.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.EntityKind;

/**
 * The bundled TOOI register is what {@link OrganisationRegisterSource} makes from the shared
 * reference data (skipped, saying so, without {@code ../shared/reference-data}), and the gazetteer
 * takes its organisations in without doubling what it knew.
 */
class OrganisationRegisterTest {
  @Test
  void theBundledRegisterIsMadeFromTheSharedReferenceData() throws IOException {
    assumeTrue(
        Files.isDirectory(PersonRegisterSourceTest.SHARED),
        "skipped: no shared reference data at " + PersonRegisterSourceTest.SHARED.toAbsolutePath());
    Path bundled =
        PersonRegisterSourceTest.BASE.resolve(
            "src/main/resources/kamergraph/reference/organisations.tsv");
    assertThat(Files.readString(bundled, StandardCharsets.UTF_8))
        .as("%s: regenerate with OrganisationRegisterSource", bundled)
        .isEqualTo(OrganisationRegisterSource.generate(PersonRegisterSourceTest.SHARED));
  }

  @Test
  void theRegisterHoldsAgenciesZbosWaterBoardsProvincesAndMunicipalitiesButNotTheKamer() {
    List<OrganisationRegister.Organisation> all = OrganisationRegister.load();
    assertThat(all)
        .extracting(OrganisationRegister.Organisation::kind)
        .contains("Overheidsorganisatie", "Zbo", "Waterschap", "Provincie", "Gemeente");
    assertThat(all)
        .allSatisfy(
            o -> assertThat(o.tooi()).startsWith("https://identifier.overheid.nl/tooi/id/"));
    assertThat(all)
        .extracting(OrganisationRegister.Organisation::name)
        .contains("Centraal Bureau voor de Statistiek", "gemeente Amsterdam")
        .doesNotContain("Tweede Kamer");
  }

  @Test
  void anAbbreviationIsDistinctiveWhenLongMixedAndUnique() {
    java.util.Map<String, Long> counts =
        java.util.Map.of("CvTE", 1L, "NVAO", 1L, "SBB", 2L, "RCE", 1L, "Justid", 1L, "COKZ", 2L);
    assertThat(Gazetteer.distinctive("CvTE", counts)).isTrue();
    assertThat(Gazetteer.distinctive("NVAO", counts)).isTrue();
    // too short, one capital only, or two organisations of the register share it
    assertThat(Gazetteer.distinctive("RCE", counts)).isFalse();
    assertThat(Gazetteer.distinctive("Justid", counts)).isFalse();
    assertThat(Gazetteer.distinctive("COKZ", counts)).isFalse();
    assertThat(Gazetteer.distinctive("O&P Rijk", Map.of("O&P Rijk", 1L))).isFalse();
  }

  @Test
  void aKnownOrganisationGetsItsTooiIdAndAnUnknownOneBecomesAnEntry() {
    GazetteerEntry cbs =
        new GazetteerEntry(
            EntityKind.ORGANISATION,
            "cbs",
            "CBS",
            List.of("Centraal Bureau voor de Statistiek"),
            "");
    List<OrganisationRegister.Organisation> register =
        List.of(
            new OrganisationRegister.Organisation(
                "https://identifier.overheid.nl/tooi/id/zbo/zb000193",
                "Zbo",
                "Centraal Bureau voor de Statistiek",
                "CBS",
                List.of()),
            new OrganisationRegister.Organisation(
                "https://identifier.overheid.nl/tooi/id/waterschap/ws0621",
                "Waterschap",
                "waterschap Rivierenland",
                "WSRL",
                List.of()),
            new OrganisationRegister.Organisation(
                "https://identifier.overheid.nl/tooi/id/oorg/oorg10155",
                "Overheidsorganisatie",
                "Rijksdienst voor het Cultureel Erfgoed",
                "RCE",
                List.of()));
    Gazetteer g = new Gazetteer(Gazetteer.withRegister(List.of(cbs), register));
    assertThat(g.entries()).hasSize(3);
    assertThat(g.find("CBS").orElseThrow().tooi())
        .isEqualTo("https://identifier.overheid.nl/tooi/id/zbo/zb000193");
    GazetteerEntry ws = g.find("Waterschap Rivierenland").orElseThrow();
    assertThat(ws.key()).isEqualTo("waterschap-rivierenland");
    assertThat(ws.tooi()).endsWith("/ws0621");
    // a distinctive abbreviation of the register names its organisation; a short one does not
    assertThat(g.find("WSRL")).contains(ws);
    assertThat(g.find("RCE")).isEmpty();
  }
}
