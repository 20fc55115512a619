package org.w3id.kamergraph.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.kamergraph.layout.Region;
import org.w3id.kamergraph.reference.Gazetteer;

/**
 * The forms of a footnote that cites a publication ({@link CitedTitles#title}): each row is a note
 * (a {@code ⏎} is a line break; the note is its first line, as the layout gives it) and the title
 * it cites, or nothing.
 */
class CitedTitlesTest {
  private static final TitleRules RULES = TitleRules.load();
  private static final CitedTitles TITLES =
      new CitedTitles(
          RULES, new ReportTitles(RULES), new MentionReporter(Gazetteer.load(), NotNames.load()));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      value = {
        // a site's page kind that is a report word
        "Vrij baan voor de fiets | Rapport | Rijksoverheid.nl; Vrij baan voor de fiets",
        "Bereikbaarheid tot 2040 | Publicatie | Rijksoverheid.nl; Bereikbaarheid tot 2040",
        "Evaluatie van de Wet open overheid | Rapport | ⏎Rijksoverheid.nl; Evaluatie van de Wet"
            + " open overheid",
        // a page kind that is no report
        "Kamerbrief over de woningbouw | Kamerstuk | Rijksoverheid.nl; -",
        "Kabinet trekt geld uit | Nieuwsbericht | Rijksoverheid.nl; -",
        "Jeugdzorg | Onderwerp | Rijksoverheid.nl; -",
        // a publisher whose pages are publications, named, as a domain, or after a dash
        "Grondwater onder druk | Planbureau voor de Leefomgeving (pbl.nl).; Grondwater onder druk",
        "Technologie en de arbeidsmarkt | CPB.nl; Technologie en de arbeidsmarkt",
        "Study on remote work - Publications Office of the EU (europa.eu); Study on remote work",
        // any other site
        "Werkloosheid daalt verder in oktober | CBS; -",
        "Waterstof kan helpen | TNO; -",
        "Werkagenda Waardengedreven Digitaliseren - Digitale Overheid; -",
        // a report word and a capitalised word open the title; an edition year is cut
        "Monitor ISDE NWF, 2023 | CBS; Monitor ISDE NWF",
        "Monitor wachttijden in de ggz | NOS; -",
        // a bibliographic entry by a known organisation, closed by domain, pages, place or stop
        "McKinsey & Company (2020), How nine frontrunners lead (mckinsey.com), p. 31.; How nine"
            + " frontrunners lead",
        "OECD (2023), Education at a Glance 2023: OECD Indicators, Paris.; Education at a Glance"
            + " 2023: OECD Indicators",
        "Centraal Planbureau (2019) Zorg voor de toekomst.; Zorg voor de toekomst",
        // the entry runs on to the next line: its title is cut, unless that line closes it
        "Centraal Planbureau (2021) Opgave AI. De nieuwe ⏎systeemtechnologie, Den Haag; -",
        "Centraal Planbureau (2020), How nine frontrunners lead ⏎(cpb.nl), p. 31-35.; How nine"
            + " frontrunners lead",
        // a person as author, or an unknown one
        "Jansen, P. (2019), De stad als systeem, Amsterdam: Boom.; -",
        "Stichting Onbekend (2019), Een rapport, Utrecht.; -",
        // no form at all
        "Kamerstuk 32 637, nr. 225; -",
        "https://www.rtl.nl/artikel/5407662/doelen | RTL; -",
      })
  void aNoteCitesTheTitleOfItsForm(String note, String expected) {
    String text = "Zie de noot.\n" + note.replace("⏎", "\n") + "\nVerder.";
    int begin = text.indexOf('\n') + 1;
    int end = text.indexOf('\n', begin);
    Optional<Region> title = TITLES.title(text, begin, end);
    assertThat(title.map(r -> r.of(text))).isEqualTo(Optional.ofNullable(expected));
  }
}
