package org.w3id.kamergraph.extract;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.ingest.TextNormaliser;
import org.w3id.kamergraph.model.DocumentFacts;
import org.w3id.kamergraph.model.NormalisedText;
import org.w3id.kamergraph.model.SourceDocument;
import org.w3id.kamergraph.model.SourceFormat;
import org.w3id.kamergraph.reference.Gazetteer;

/**
 * Every extractor on texts stitched at random from the pieces documents are made of — labels,
 * parentheses, citations, numbers, line breaks, odd characters — in orders no document has. None
 * may throw; spans must stay inside the text. Seeded, so a failure repeats.
 */
class HostileTextTest {
  private static final String[] PIECES = {
    "Vragen van het lid ",
    "Vragen van de leden ",
    " aan de Minister van ",
    " aan de ",
    "Ministers ",
    " over ",
    "(ingezonden 3 april 2024)",
    "(ontvangen 31 februari 2024)",
    "Antwoord van Minister ",
    "Mededeling van ",
    "Mededeling\n",
    "Vraag ",
    "Antwoord ",
    "Antwoord vraag ",
    " en ",
    ", ",
    "(",
    ")",
    "(beiden D66)",
    "(VVD)",
    "Kamerstuk ",
    "26 643",
    ", nr. ",
    "nrs. ",
    "1125",
    "21 501-33",
    " XIV",
    "kst-",
    "ah-tk-20232024-",
    "2024Z10305",
    "2023D12345",
    "ECLI:NL:RVS:2019:1603",
    "Stcrt. 2023, ",
    "Handelingen II 2023/24, nr. 5, item 2",
    "Aanhangsel Handelingen, vergaderjaar 2021–2022, nr. ",
    "\n",
    "\n\n",
    "1 ",
    "2. ",
    "3)",
    "?",
    "?1",
    "«",
    "»",
    "’s",
    "-",
    "-\n",
    "XNoot",
    "\u00ad",
    "\u200b",
    "😀",
    "De minister van Financiën\n\n\nJan de Vries\n",
    "het programma ",
    "Actieplan ",
    "Nationaal Groeifonds",
    "(CPB)",
    "Centraal Planbureau",
    "het lid Jansen (PvdA)",
    "   ",
    "\t",
    "Financiën",
    "Binnenlandse Zaken en\nKoninkrijksrelaties",
    "Minister-President",
    "Staatssecretaris "
  };

  @Test
  void noExtractorThrowsOnStitchedText() {
    Extractors extractors = Extractors.standard(TestDocuments.LEXICON, Gazetteer.load());
    TextNormaliser normaliser = new TextNormaliser();
    Random random = new Random(20261123L);
    for (int round = 0; round < 600; round++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + random.nextInt(60);
      for (int i = 0; i < n; i++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      for (NormalisedText normalised :
          new NormalisedText[] {NormalisedText.identity(text), normaliser.normalise(text)}) {
        SourceDocument doc =
            new SourceDocument(
                "test",
                "test.txt",
                SourceFormat.TEXT,
                text,
                normalised,
                "0",
                java.util.Map.of(),
                java.util.List.of(),
                java.util.List.of());
        assertThatCode(
                () -> {
                  DocumentFacts facts = extractors.extract(doc);
                  facts.mentions().forEach(m -> check(text, m.span()));
                  facts.citations().forEach(c -> check(text, c.span()));
                  facts.questions().forEach(q -> check(text, q.span()));
                  facts.answers().forEach(a -> check(text, a.span()));
                })
            .as("round %d: %s", round, text)
            .doesNotThrowAnyException();
      }
    }
  }

  private static void check(String text, org.w3id.kamergraph.model.Span span) {
    if (span.end() > text.length()) {
      throw new AssertionError("span " + span + " beyond the text (" + text.length() + ")");
    }
  }
}
