package org.w3id.kamergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.kamergraph.extract.TestDocuments.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.ZaakReference;

class ZaakExtractorTest {
  private final ZaakExtractor extractor = new ZaakExtractor();

  private List<String> zaken(String text) {
    return extract(extractor, text).zaken().stream().map(ZaakReference::nummer).toList();
  }

  @Test
  void zaakNumberInText() {
    String text = "Vragen (2024Z10305) over spaargeld.";
    List<ZaakReference> found = extract(extractor, text).zaken();
    assertThat(found).extracting(ZaakReference::nummer).containsExactly("2024Z10305");
    assertThat(text.substring(found.get(0).span().begin(), found.get(0).span().end()))
        .isEqualTo("2024Z10305");
  }

  @Test
  void zaakNumberInsideAnIdentifier() {
    assertThat(zaken("zie kv-tk-2020Z06377 en ook 2021Z00001."))
        .containsExactly("2020Z06377", "2021Z00001");
  }

  @Test
  void documentNumbersAreNotZaken() {
    assertThat(zaken("Kamerbrief 2020D13540 van 3 maart.")).isEmpty();
  }

  @Test
  void longerDigitRunsAreNotZaken() {
    assertThat(zaken("kenmerk 12024Z10305 en 2024Z103051")).isEmpty();
  }
}
