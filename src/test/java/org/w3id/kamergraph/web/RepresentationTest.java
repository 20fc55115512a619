package org.w3id.kamergraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepresentationTest {
  @Test
  void acceptHeadersChooseTheForm() {
    assertThat(Representation.byAccept(null)).contains(Representation.HTML);
    assertThat(Representation.byAccept("*/*")).contains(Representation.HTML);
    assertThat(
            Representation.byAccept(
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
        .contains(Representation.HTML);
    assertThat(Representation.byAccept("text/turtle")).contains(Representation.TURTLE);
    assertThat(Representation.byAccept("application/ld+json, text/turtle;q=0.5"))
        .contains(Representation.JSON_LD);
    assertThat(Representation.byAccept("text/turtle;q=0.2, application/n-triples"))
        .contains(Representation.N_TRIPLES);
    assertThat(Representation.byAccept("image/png")).isEmpty();
  }

  @Test
  void suffixesChooseTheFormBeforeTheHeader() {
    assertThat(Representation.bySuffix("partij/vvd.ttl")).contains(Representation.TURTLE);
    assertThat(Representation.bySuffix("partij/vvd.jsonld")).contains(Representation.JSON_LD);
    assertThat(Representation.bySuffix("partij/vvd.nt")).contains(Representation.N_TRIPLES);
    assertThat(Representation.bySuffix("partij/vvd")).isEmpty();
  }
}
