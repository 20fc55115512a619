package org.w3id.kamergraph.rdf;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.kamergraph.model.KamergraphException;

/**
 * Writes named graphs as one JSON-LD 1.1 document, compacted with kamergraph's context ({@code
 * ontology/context.jsonld}, copied into the document's {@code @context} so a reader needs no
 * network), one graph at a time: each graph is turned into JSON-LD and compacted on its own and
 * appended to the top-level {@code @graph} array as {@code {"@id": graph, "@graph": [...]}}, so
 * memory holds one graph, never the dataset. Triples of the default graph (a null graph name)
 * become top-level node objects. Blank nodes keep their labels across graphs, as in the dataset.
 * Not thread-safe; {@link #finish()} ends the document.
 */
public final class JsonLdStream {
  /** Where the context is on the classpath (the build copies {@code ontology/} there). */
  public static final String CONTEXT_RESOURCE = "/kamergraph/ontology/context.jsonld";

  private static final JsonWriterFactory PRETTY =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private final Writer out;
  private final JsonDocument context;
  private boolean first = true;

  private JsonLdStream(Writer out, JsonDocument context) {
    this.out = out;
    this.context = context;
  }

  /** Starts the document on {@code out} (which the caller closes). */
  public static JsonLdStream open(Writer out) {
    JsonDocument context = context();
    JsonStructure json = context.getJsonContent().orElseThrow();
    JsonValue inner = json.asJsonObject().get("@context");
    JsonLdStream s = new JsonLdStream(out, context);
    s.append("{\n\"@context\": " + text(inner) + ",\n\"@graph\": [\n");
    return s;
  }

  /** kamergraph's JSON-LD context, as the jar carries it. */
  public static JsonDocument context() {
    try (InputStream in = JsonLdStream.class.getResourceAsStream(CONTEXT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(CONTEXT_RESOURCE + " is missing from the jar");
      }
      return JsonDocument.of(in);
    } catch (IOException | JsonLdError e) {
      throw new IllegalStateException(CONTEXT_RESOURCE + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** Appends one graph ({@code graphIri} null: the default graph), triples in the order given. */
  public void graph(String graphIri, List<Triple> triples) {
    if (triples.isEmpty()) {
      return;
    }
    QuadsToJsonld toJson = JsonLd.fromRdf().mode(JsonLdVersion.V1_1);
    try {
      for (Triple t : triples) {
        Node o = t.getObject();
        if (o.isLiteral()) {
          String lang = o.getLiteralLanguage();
          toJson.quad(
              resource(t.getSubject()),
              resource(t.getPredicate()),
              o.getLiteralLexicalForm(),
              o.getLiteralDatatypeURI(),
              lang == null || lang.isEmpty() ? null : lang,
              null,
              graphIri);
        } else {
          toJson.quad(
              resource(t.getSubject()),
              resource(t.getPredicate()),
              resource(o),
              null,
              null,
              null,
              graphIri);
        }
      }
      JsonObject compacted = JsonLd.compact(JsonDocument.of(toJson.toJsonLd()), context).get();
      if (graphIri == null && compacted.containsKey("@graph")) {
        for (JsonValue v : compacted.getJsonArray("@graph")) {
          element(v);
        }
      } else {
        element(Json.createObjectBuilder(compacted).remove("@context").build());
      }
    } catch (JsonLdError | RdfConsumerException e) {
      throw new KamergraphException(
          (graphIri == null ? "the default graph" : graphIri)
              + ": cannot be written as JSON-LD: "
              + e.getMessage(),
          e);
    }
  }

  /** Ends the document. */
  public void finish() {
    append("\n]\n}\n");
  }

  private void element(JsonValue v) {
    append((first ? "" : ",\n") + text(v));
    first = false;
  }

  private static String text(JsonValue v) {
    StringWriter w = new StringWriter();
    PRETTY.createWriter(w).write(v);
    return w.toString().strip();
  }

  private void append(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(Node n) {
    if (n.isBlank()) {
      return "_:" + n.getBlankNodeLabel();
    }
    if (n.isURI()) {
      return n.getURI();
    }
    throw new KamergraphException("JSON-LD cannot write " + n + " where a resource goes");
  }
}
