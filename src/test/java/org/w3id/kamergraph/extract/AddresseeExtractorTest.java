package org.w3id.kamergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.w3id.kamergraph.extract.TestDocuments.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.Office;
import org.w3id.kamergraph.model.Role;
import org.w3id.kamergraph.reference.StaatssecretarisTasks;

class AddresseeExtractorTest {
  private final AddresseeExtractor extractor = new AddresseeExtractor();

  private List<Office> addressees(String to) {
    return extract(
            extractor,
            "Vragen van het lid Kemal (VVD) aan "
                + to
                + " over spaargeld (ingezonden 3 maart 2024).")
        .addressees();
  }

  @Test
  void oneMinister() {
    String text = "Vragen van het lid Kemal (VVD) aan de Minister van Financiën over spaargeld.";
    List<Office> found = extract(extractor, text).addressees();
    assertThat(found)
        .extracting(
            Office::role, Office::preposition, Office::portfolio, Office::department, Office::label)
        .containsExactly(
            tuple(Role.MINISTER, "van", "Financiën", "Financiën", "Minister van Financiën"));
    assertThat(text.substring(found.get(0).span().begin(), found.get(0).span().end()))
        .isEqualTo("Financiën");
  }

  @Test
  void sharedRoleWordIsExpanded() {
    assertThat(addressees("de Ministers van Defensie en van Buitenlandse Zaken"))
        .extracting(Office::label)
        .containsExactly("Minister van Defensie", "Minister van Buitenlandse Zaken");
  }

  @Test
  void ministerPresidentAndGluedDepartmentNames() {
    assertThat(
            addressees(
                "de Minister-President en de Ministers van Financiën, van Sociale Zaken enWerkgelegenheid en van Defensie"))
        .extracting(Office::role, Office::department, Office::label)
        .containsExactly(
            tuple(Role.MINISTER_PRESIDENT, null, "Minister-President"),
            tuple(Role.MINISTER, "Financiën", "Minister van Financiën"),
            tuple(
                Role.MINISTER,
                "Sociale Zaken en Werkgelegenheid",
                "Minister van Sociale Zaken en Werkgelegenheid"),
            tuple(Role.MINISTER, "Defensie", "Minister van Defensie"));
  }

  @Test
  void departmentAfterVoorTakesVan() {
    assertThat(
            addressees(
                "de ministers voor Sociale Zaken en Werkgelegenheid en van Justitie en Veiligheid"))
        .extracting(Office::preposition, Office::department)
        .containsExactly(
            tuple("van", "Sociale Zaken en Werkgelegenheid"),
            tuple("van", "Justitie en Veiligheid"));
  }

  @Test
  void portfolioKeepsVoorAndHasNoDepartment() {
    assertThat(addressees("de Minister voor Klimaat en Energie"))
        .extracting(
            Office::role, Office::preposition, Office::portfolio, Office::department, Office::label)
        .containsExactly(
            tuple(
                Role.MINISTER,
                "voor",
                "Klimaat en Energie",
                null,
                "Minister voor Klimaat en Energie"));
  }

  @Test
  void staatssecretaris() {
    assertThat(addressees("de Staatssecretaris van Financiën"))
        .extracting(Office::role, Office::label)
        .containsExactly(tuple(Role.STAATSSECRETARIS, "Staatssecretaris van Financiën"));
  }

  @Test
  void lowerCaseMinisterPresident() {
    String text = "Vragen van het lid Kemal (VVD) aan de minister-president over spaargeld.";
    List<Office> found = extract(extractor, text).addressees();
    assertThat(found)
        .extracting(Office::role, Office::preposition, Office::portfolio)
        .containsExactly(tuple(Role.MINISTER_PRESIDENT, null, null));
    assertThat(text.substring(found.get(0).span().begin(), found.get(0).span().end()))
        .isEqualTo("minister-president");
  }

  @Test
  void somethingThatIsNoNameIsNoOffice() {
    assertThat(addressees("de minister van iets heel anders")).isEmpty();
  }

  @Test
  void hyphenatedNameIsJoinedAndItsSpanPointsIntoTheSourceText() {
    String source =
        "Vragen van het lid Kemal (VVD) aan de Minister van Finan-\nciën over spaargeld.";
    List<Office> found = extract(extractor, TestDocuments.normalised("test", source)).addressees();
    assertThat(found).extracting(Office::department).containsExactly("Financiën");
    assertThat(source.substring(found.get(0).span().begin(), found.get(0).span().end()))
        .isEqualTo("Finan-\nciën");
  }

  @Test
  void noHeaderNoAddressees() {
    assertThat(extract(extractor, "De Minister van Financiën zegt dat sparen loont.").addressees())
        .isEmpty();
  }

  @Test
  void aRoleWithoutAListSharesTheNextOne() {
    String text =
        "Vragen van het lid Kemal (D66) aan de Minister en de Staatssecretaris van Volksgezondheid, "
            + "Welzijn en Sport over wachtlijsten (ingezonden 3 april 2024).";
    assertThat(TestDocuments.extract(new AddresseeExtractor(), text).addressees())
        .extracting(o -> o.role(), o -> o.label())
        .containsExactlyInAnyOrder(
            tuple(Role.MINISTER, "Minister van Volksgezondheid, Welzijn en Sport"),
            tuple(Role.STAATSSECRETARIS, "Staatssecretaris van Volksgezondheid, Welzijn en Sport"));
  }

  @Test
  void taskTitleWithoutPrepositionIsTheStaatssecretarisOfItsMinistry() {
    assertThat(addressees("de staatssecretaris Jeugd, Preventie en Sport"))
        .extracting(Office::role, Office::department, Office::label)
        .containsExactly(
            tuple(
                Role.STAATSSECRETARIS,
                "Volksgezondheid, Welzijn en Sport",
                "Staatssecretaris van Volksgezondheid, Welzijn en Sport"));
    assertThat(addressees("de Staatssecretaris van Fiscaliteit en Belastingdienst"))
        .extracting(Office::label)
        .containsExactly("Staatssecretaris van Financiën");
  }

  @Test
  void departmentWithoutPrepositionCounts() {
    assertThat(addressees("de minister Buitenlandse Zaken"))
        .extracting(Office::label)
        .containsExactly("Minister van Buitenlandse Zaken");
  }

  @Test
  void unknownWordsWithoutPrepositionAreNoOffice() {
    // neither a department nor a listed task: never an office made up from capitalised words
    assertThat(addressees("de staatssecretaris Verre Vriendschappen")).isEmpty();
    assertThat(addressees("de minister Jeugd, Preventie en Sport")).isEmpty();
  }

  @Test
  void everyShippedTaskTitleNamesAKnownMinistry() {
    assertThat(StaatssecretarisTasks.load())
        .isNotEmpty()
        .allSatisfy(
            (title, ministry) ->
                assertThat(TestDocuments.LEXICON.departmentName(ministry)).contains(ministry));
  }

  @Test
  void departmentNamesWithoutTheirDiacriticsAreKnown() {
    // older plain texts lose diacritics; the office takes the name as the lexicon spells it
    assertThat(addressees("de staatssecretaris van Financien"))
        .extracting(Office::label)
        .containsExactly("Staatssecretaris van Financiën");
  }
}
