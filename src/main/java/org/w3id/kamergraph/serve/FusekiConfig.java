package org.w3id.kamergraph.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.w3id.kamergraph.model.UsageException;

/**
 * What {@code serve --config FILE} takes from a Fuseki configuration (the one in {@code
 * docker/fuseki/config.ttl}, or one written like it): the dataset's name, its TDB2 location
 * (relative to the working directory, as Fuseki reads it), that its default graph is the union of
 * the named graphs, and the query timeout. Endpoints, users and the rest stay kamergraph's own safe
 * defaults and options: the file chooses what is served, not how openly.
 *
 * @param name the dataset's name ({@code kamergraph}: served at {@code /kamergraph/sparql})
 * @param location the TDB2 store
 * @param queryTimeout the overall query timeout, when the file sets one
 */
public record FusekiConfig(String name, Path location, Optional<Duration> queryTimeout) {
  private static final String FUSEKI = "http://jena.apache.org/fuseki#";
  private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
  private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";

  /**
   * Reads {@code file}.
   *
   * @throws UsageException naming the file (and the line, for a syntax error) when it cannot be
   *     read or asks for what kamergraph does not serve: not one TDB2 dataset, or a default graph
   *     that is not the union
   */
  public static FusekiConfig read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException(file + ": no such configuration file");
    }
    Model m = ModelFactory.createDefaultModel();
    try {
      RDFParser.source(file).parse(m);
    } catch (RiotException e) {
      throw new UsageException(file + ": not a Fuseki configuration in Turtle: " + e.getMessage());
    }
    List<Resource> services =
        m.listResourcesWithProperty(RDF.type, m.createResource(FUSEKI + "Service")).toList();
    if (services.size() != 1) {
      throw new UsageException(
          file
              + ": has "
              + services.size()
              + " fuseki:Service entries; kamergraph serves exactly one dataset");
    }
    Resource service = services.get(0);
    String name =
        literal(service, m.createProperty(FUSEKI + "name"))
            .orElseThrow(() -> new UsageException(file + ": the service has no fuseki:name"));
    name = name.startsWith("/") ? name.substring(1) : name;
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new UsageException(
          file + ": fuseki:name '" + name + "' is not a plain name (letters, digits, . _ -)");
    }
    Resource dataset = service.getPropertyResourceValue(m.createProperty(FUSEKI + "dataset"));
    if (dataset == null || !dataset.hasProperty(RDF.type, m.createResource(TDB2 + "DatasetTDB2"))) {
      throw new UsageException(
          file
              + ": the service's fuseki:dataset must be a tdb2:DatasetTDB2 (kamergraph serves its"
              + " TDB2 store, with its own full-text index)");
    }
    String location =
        literal(dataset, m.createProperty(TDB2 + "location"))
            .orElseThrow(() -> new UsageException(file + ": the dataset has no tdb2:location"));
    Statement union = dataset.getProperty(m.createProperty(TDB2 + "unionDefaultGraph"));
    if (union == null || !union.getObject().isLiteral() || !union.getBoolean()) {
      throw new UsageException(
          file
              + ": set tdb2:unionDefaultGraph true on the dataset: kamergraph's queries read the"
              + " union of the named graphs as the default graph (see the README)");
    }
    return new FusekiConfig(name, Path.of(location), timeout(m, file));
  }

  /** The query timeout of the server's or the dataset's context ("overall" or "first,overall"). */
  private static Optional<Duration> timeout(Model m, Path file) {
    Property cxtName = m.createProperty(JA + "cxtName");
    Property cxtValue = m.createProperty(JA + "cxtValue");
    for (Resource setting : m.listResourcesWithProperty(cxtName).toList()) {
      String key = setting.getProperty(cxtName).getString();
      if (!key.equals("arq:queryTimeout") && !key.endsWith("#queryTimeout")) {
        continue;
      }
      String value = setting.getProperty(cxtValue).getString().strip();
      String overall = value.contains(",") ? value.substring(value.indexOf(',') + 1) : value;
      try {
        long millis = Long.parseLong(overall.strip());
        if (millis > 0) {
          return Optional.of(Duration.ofMillis(millis));
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new UsageException(
          file
              + ": arq:queryTimeout '"
              + value
              + "' is not milliseconds (\"30000\" or \"10000,60000\")");
    }
    return Optional.empty();
  }

  private static Optional<String> literal(Resource r, Property p) {
    Statement s = r.getProperty(p);
    RDFNode o = s == null ? null : s.getObject();
    return o != null && o.isLiteral() ? Optional.of(o.asLiteral().getString()) : Optional.empty();
  }
}
