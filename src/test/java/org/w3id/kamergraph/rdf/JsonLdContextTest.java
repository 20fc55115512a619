package org.w3id.kamergraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * {@code ontology/context.jsonld} agrees with the vocabulary: its prefixes are those kamergraph
 * writes, every {@code kg:} term is a property the ontology defines, and every object property of
 * the ontology has a term that reads its values as IRIs.
 */
class JsonLdContextTest {
  private static final Path ONTOLOGY =
      Path.of(System.getProperty("kamergraph.basedir", ".")).resolve("ontology/kamergraph.ttl");

  private static JsonObject context() {
    return JsonLdStream.context()
        .getJsonContent()
        .orElseThrow()
        .asJsonObject()
        .getJsonObject("@context");
  }

  @Test
  void prefixesAreThoseKamergraphWrites() {
    Map<String, String> inContext = new HashMap<>();
    context()
        .forEach(
            (k, v) -> {
              if (v.getValueType() == JsonValue.ValueType.STRING
                  && !k.startsWith("@")
                  && !((jakarta.json.JsonString) v).getString().startsWith("kg:")) {
                inContext.put(k, ((jakarta.json.JsonString) v).getString());
              }
            });
    assertThat(inContext).isEqualTo(Prefixes.standard().getMapping());
  }

  @Test
  void kgTermsAreTheOntologysProperties() {
    Model ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
    Set<String> objectProperties = new HashSet<>();
    ontology
        .listSubjectsWithProperty(RDF.type, OWL.ObjectProperty)
        .forEachRemaining(r -> objectProperties.add(r.getURI()));
    Set<String> properties = new HashSet<>(objectProperties);
    ontology
        .listSubjectsWithProperty(RDF.type, OWL.DatatypeProperty)
        .forEachRemaining(r -> properties.add(r.getURI()));
    Set<String> readAsIris = new HashSet<>();
    context()
        .forEach(
            (term, v) -> {
              if (term.startsWith("@")) {
                return; // @version
              }
              String id =
                  v.getValueType() == JsonValue.ValueType.OBJECT
                      ? v.asJsonObject().getString("@id")
                      : ((jakarta.json.JsonString) v).getString();
              if (!id.startsWith("kg:")) {
                return;
              }
              String iri = KG.NS + id.substring(3);
              assertThat(properties).as("term %s", term).contains(iri);
              if (v.getValueType() == JsonValue.ValueType.OBJECT
                  && "@id".equals(v.asJsonObject().getString("@type", null))) {
                readAsIris.add(iri);
              }
            });
    assertThat(readAsIris)
        .isEqualTo(
            objectProperties.stream()
                .filter(p -> p.startsWith(KG.NS))
                .collect(java.util.stream.Collectors.toSet()));
  }
}
