package org.w3id.kamergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.w3id.kamergraph.extract.TestDocuments.extract;

import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.DocumentFacts;

class MemberMentionExtractorTest {
  private final MemberMentionExtractor extractor = new MemberMentionExtractor();

  @Test
  void membersNamedWithAPartyInTheBody() {
    String text =
        "Vragen van het lid Kemal (D66) aan de Minister van Financiën over banken (ingezonden 3 april 2024).\n\n"
            + "Mededeling\n\nOp 3 april hebben de leden Kemal (D66) en Ter Horst (ChristenUnie) vragen gesteld. "
            + "Ook het lid Van Wijk (Partij voor de Dieren) vroeg ernaar.";
    DocumentFacts facts = extract(extractor, text);
    assertThat(facts.members())
        .extracting(m -> m.name().familyName(), m -> m.partyKey())
        .containsExactly(
            tuple("Kemal", "d66"), tuple("Ter Horst", "christenunie"), tuple("Van Wijk", "pvdd"));
    assertThat(facts.askers()).isEmpty();
  }

  @Test
  void aMemberWithoutAPartyIsLeftOut() {
    String text =
        "De motie van het lid Ceder is aangenomen. Het lid Jansen heeft gevraagd (zie Kamerstuk 36 410, nr. 3).";
    assertThat(extract(extractor, text).members()).isEmpty();
  }
}
