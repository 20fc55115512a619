package org.w3id.kamergraph.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                List.of()));
    Gazetteer g = new Gazetteer(Gazetteer.withRegister(List.of(cbs), register));
    assertThat(g.entries()).hasSize(2);
    assertThat(g.find("CBS").orElseThrow().tooi())
        .isEqualTo("https://identifier.overheid.nl/tooi/id/zbo/zb000193");
    GazetteerEntry ws = g.find("Waterschap Rivierenland").orElseThrow();
    assertThat(ws.key()).isEqualTo("waterschap-rivierenland");
    assertThat(ws.tooi()).endsWith("/ws0621");
    // the register's abbreviation is not a name the gazetteer matches on its own
    assertThat(g.find("WSRL")).isEmpty();
  }
}
