package org.w3id.kamergraph.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignaturesTest {
  private static List<String> portfolios(String text) {
    return Signatures.find(text).stream().map(s -> s.portfolio().of(text)).toList();
  }

  @Test
  void aTitleWithANameBelowOrOnItsLineIsASignature() {
    assertThat(portfolios("Hoogachtend,\n\nDe minister van Financiën,\n\n\nM.L. de Jong\n"))
        .containsExactly("Financiën");
    assertThat(
            portfolios(
                "DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT,\n\n\nS. (Sanne) Tjalsma"))
        .containsExactly("INFRASTRUCTUUR EN WATERSTAAT");
    assertThat(
            portfolios(
                "De Staatssecretaris van Justitie en Veiligheid, E. Köhnen\nkv-tk ISSN 0921"))
        .containsExactly("Justitie en Veiligheid");
    // one word under a title closed by a comma, as the official XML renders its signature
    assertThat(portfolios("De Minister van Defensie,\nHagedoorn")).containsExactly("Defensie");
  }

  @Test
  void sentencesThatStartLikeATitleAreNot() {
    assertThat(
            portfolios("De minister van Financiën heeft hierover geen rol.\nIk ga in gesprek.\n"))
        .isEmpty();
    assertThat(portfolios("De minister van Financiën\nzal de Kamer informeren.")).isEmpty();
    // a title nobody signed under
    assertThat(portfolios("De Minister van Defensie\n\nIk verwijs naar de brief.")).isEmpty();
  }

  @Test
  void theClosingSignatureStartsAtItsPlaceAndDate() {
    String text =
        "Antwoord 2\nIk ga met de sector in gesprek.\nDen Haag, 1 maart 2021\n"
            + "De Minister van Landbouw, Natuur en Voedselkwaliteit,\nC.J. Wielinga\n";
    List<Signature> found = Signatures.find(text);
    assertThat(Signatures.closing(text, found, 0)).contains(text.indexOf("Den Haag"));
  }

  @Test
  void aSignatureFollowedByMoreTextDoesNotCloseIt() {
    String text =
        "De minister van Financiën,\n\nM.L. de Jong\n\nVraag 1\nKent u het bericht?\n"
            + "Antwoord 1\nJa.\nVraag 2\nEn dit?\nAntwoord 2\nNee.\n";
    assertThat(Signatures.closing(text, Signatures.find(text), 0)).isEmpty();
  }
}
