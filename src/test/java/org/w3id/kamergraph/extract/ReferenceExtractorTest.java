package org.w3id.kamergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.w3id.kamergraph.extract.TestDocuments.extract;

import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.DocumentFacts;
import org.w3id.kamergraph.model.ReferenceKind;

class ReferenceExtractorTest {
  private final ReferenceExtractor extractor = new ReferenceExtractor();

  @Test
  void everyKindOfReferenceIsTyped() {
    String text =
        "Zie ook Aanhangsel Handelingen, vergaderjaar 2021–2022, nr. 2646 en Aanhangsel Handelingen II 2023/24, nr. 17. "
            + "Het debat (Handelingen II 2023/24, nr. 50, item 2) en de regeling (Stcrt. 2023, 12345). "
            + "De Raad van State oordeelde (ECLI:NL:RVS:2019:1603). Eerdere vragen: kv-tk-2020Z06377, "
            + "documentnummer 2023D39037.";
    DocumentFacts facts = extract(extractor, text);
    assertThat(facts.references())
        .extracting(r -> r.kind(), r -> r.identifier(), r -> r.official())
        .containsExactlyInAnyOrder(
            tuple(ReferenceKind.AANHANGSEL, "ah-tk-20212022-2646", true),
            tuple(ReferenceKind.AANHANGSEL, "ah-tk-20232024-17", true),
            tuple(ReferenceKind.HANDELINGEN, "h-tk-20232024-50-2", true),
            tuple(ReferenceKind.STAATSCOURANT, "Stcrt. 2023, 12345", false),
            tuple(ReferenceKind.ECLI, "ECLI:NL:RVS:2019:1603", false),
            tuple(ReferenceKind.KAMERVRAGEN, "kv-tk-2020Z06377", true),
            tuple(ReferenceKind.DOCUMENT_NUMBER, "2023D39037", false));
    assertThat(facts.citations()).isEmpty();
  }

  @Test
  void theDocumentsOwnIdIsNotAReference() {
    DocumentFacts facts =
        extract(
            extractor,
            TestDocuments.document("ah-tk-20232024-1234", "Tekst.\nah-tk-20232024-1234\n"));
    assertThat(facts.references()).isEmpty();
  }

  @Test
  void zaakNumbersAndKamerstukkenAreNotReferences() {
    DocumentFacts facts = extract(extractor, "Zaak 2024Z10305, Kamerstuk 26 643, nr. 1125.");
    assertThat(facts.references()).isEmpty();
  }
}
