package org.w3id.kamergraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.kamergraph.export.Network;
import org.w3id.kamergraph.export.NetworkFilter;
import org.w3id.kamergraph.export.NetworkQueries;
import org.w3id.kamergraph.export.NetworkQuery;

/**
 * {@code /api/network?name=co-askers&from=…&to=…&party=…}: a network of {@code kamergraph export}
 * (the same nodes, edges and attributes as its GraphML), as JSON for the network page's drawing.
 * Past {@link #MAX_EDGES} edges only the heaviest are sent (and the nodes they join), and the
 * answer says so: a browser draws a few thousand elements, not a corpus.
 */
final class NetworkServlet extends HttpServlet {
  /** Edges sent at most. */
  static final int MAX_EDGES = 1500;

  private final transient DatasetGraph dataset;

  NetworkServlet(DatasetGraph dataset) {
    this.dataset = dataset;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Page.headers(resp);
    String name = Optional.ofNullable(req.getParameter("name")).orElse("co-askers");
    Optional<NetworkQuery> query = NetworkQueries.named(name);
    if (query.isEmpty()) {
      error(resp, "no network named '" + name + "': one of " + NetworkQueries.names());
      return;
    }
    NetworkFilter filter;
    try {
      Set<String> parties =
          req.getParameterValues("party") == null
              ? Set.of()
              : Arrays.stream(req.getParameterValues("party"))
                  .flatMap(p -> Arrays.stream(p.split(",")))
                  .map(String::strip)
                  .filter(p -> !p.isEmpty())
                  .collect(Collectors.toSet());
      filter = new NetworkFilter(date(req, "from"), date(req, "to"), parties);
    } catch (DateTimeParseException e) {
      error(resp, "dates are written 2024-03-31: " + e.getParsedString());
      return;
    } catch (IllegalArgumentException e) {
      error(resp, e.getMessage());
      return;
    }
    Network n = Txn.calculateRead(dataset, () -> query.get().compute(dataset, filter));
    resp.setContentType("application/json; charset=utf-8");
    resp.getOutputStream().write(JSON.toStringFlat(json(n)).getBytes(StandardCharsets.UTF_8));
  }

  /** The network as the page draws it: the heaviest edges, the nodes they join. */
  static JsonObject json(Network n) {
    List<Network.Edge> edges =
        n.edges().stream()
            .sorted(Comparator.comparingLong(NetworkServlet::weight).reversed())
            .limit(MAX_EDGES)
            .toList();
    boolean truncated = edges.size() < n.edges().size();
    Set<String> joined = new HashSet<>();
    edges.forEach(
        e -> {
          joined.add(e.source());
          joined.add(e.target());
        });
    JsonArray nodes = new JsonArray();
    for (Network.Node node : n.nodes()) {
      if (truncated && !joined.contains(node.id())) {
        continue;
      }
      JsonObject o =
          JsonValues.object(
              "id", node.id(),
              "label", string(node.values().get(Network.LABEL), node.id()),
              "kind", string(node.values().get("kind"), "other"),
              "href", Links.href(node.id()));
      Object party = node.values().get("party");
      if (party != null) {
        o.put("party", party.toString());
      }
      Object documents = node.values().get("documents");
      o.put("weight", documents instanceof Number d ? d.longValue() : 1);
      nodes.add(o);
    }
    JsonArray out = new JsonArray();
    for (Network.Edge e : edges) {
      JsonObject o = JsonValues.object("source", e.source(), "target", e.target());
      o.put("weight", weight(e));
      out.add(o);
    }
    JsonObject graph = new JsonObject();
    graph.put("name", n.name());
    graph.put("directed", n.directed());
    graph.put("truncated", truncated);
    graph.put("nodes", nodes);
    graph.put("edges", out);
    return graph;
  }

  private static long weight(Network.Edge e) {
    return e.values().get(Network.WEIGHT) instanceof Number w ? w.longValue() : 1;
  }

  private static String string(Object value, String otherwise) {
    return value == null ? otherwise : value.toString();
  }

  private static LocalDate date(HttpServletRequest req, String name) {
    String v = req.getParameter(name);
    return v == null || v.isBlank() ? null : LocalDate.parse(v.strip());
  }

  private static void error(HttpServletResponse resp, String message) throws IOException {
    resp.setStatus(400);
    resp.setContentType("application/json; charset=utf-8");
    resp.getOutputStream()
        .write(
            JSON.toStringFlat(JsonValues.object("error", message))
                .getBytes(StandardCharsets.UTF_8));
  }
}
