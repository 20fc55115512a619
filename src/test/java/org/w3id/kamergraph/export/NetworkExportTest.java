package org.w3id.kamergraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.kamergraph.Pipeline;
import org.w3id.kamergraph.TestBuilds;
import org.w3id.kamergraph.store.TdbStore;

/**
 * Every network in every format, over a store built from {@code examples/}, read back without
 * JGraphT ({@link ReadBack}) and compared with what plain SPARQL counts over the same store give
 * ({@link ExpectedNetwork}): unfiltered, over a period that leaves documents out, and for one
 * party.
 */
class NetworkExportTest {
  static final Path EXAMPLES =
      Path.of(System.getProperty("kamergraph.basedir", ".")).resolve("examples");

  /** A period that leaves out the examples of 2023 (and undated documents). */
  static final NetworkFilter PERIOD =
      new NetworkFilter(
          ExpectedNetwork.day("2024-01-01"), ExpectedNetwork.day("2024-12-31"), Set.of());

  /** One party of the examples. */
  static final NetworkFilter PARTY = new NetworkFilter(null, null, Set.of("D66"));

  static final Map<String, NetworkFilter> FILTERS =
      Map.of("none", NetworkFilter.none(), "period", PERIOD, "party", PARTY);

  @TempDir static Path dir;
  static TdbStore store;

  @BeforeAll
  static void build() {
    store = TdbStore.open(dir.resolve("db"));
    TestBuilds.build(Pipeline.standard(), store, List.of(EXAMPLES));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (NetworkQuery q : NetworkQueries.all()) {
      for (NetworkWriter w : NetworkWriters.all()) {
        for (String f : List.of("none", "period", "party")) {
          out.add(Arguments.of(q.name(), w.format(), f));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} as {1}, filter {2}")
  @MethodSource("cases")
  void readsBackAsTheStoreCounts(String network, String format, String filterName)
      throws Exception {
    NetworkFilter filter = FILTERS.get(filterName);
    NetworkQuery query = NetworkQueries.named(network).orElseThrow();
    NetworkWriter writer = NetworkWriters.named(format).orElseThrow();
    StringWriter text = new StringWriter();
    ExpectedNetwork expected =
        Txn.calculateRead(
            store.dataset(),
            () -> {
              try {
                writer.write(query.compute(store.dataset(), filter), text);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              return ExpectedNetwork.of(store.dataset(), network, filter);
            });
    boolean directed = !network.equals("co-askers");
    ReadBack read = ReadBack.read(format, text.toString(), directed);

    assertThat(read.nodes())
        .as("nodes")
        .isEqualTo(format.equals("csv") ? expected.endpoints() : expected.nodes());
    Map<List<String>, Double> weights = new HashMap<>();
    expected.weights().forEach((e, w) -> weights.put(e, w.doubleValue()));
    assertThat(read.weights()).as("edges and their weights").isEqualTo(weights);
    for (String node : read.nodes()) {
      Map<String, String> v = read.values().get(node);
      Set<String> parties = expected.parties().get(node);
      String party = v.get("party");
      assertThat(party == null ? null : new TreeSet<>(List.of(party.split(" / "))))
          .as("party of %s", node)
          .isEqualTo(parties);
      assertThat(v.get("label")).as("label of %s", node).isNotBlank();
    }
  }

  @Test
  void theFiltersLeaveSomethingOutAndKeepSomething() {
    Txn.executeRead(
        store.dataset(),
        () -> {
          for (NetworkQuery q : NetworkQueries.all()) {
            ExpectedNetwork all =
                ExpectedNetwork.of(store.dataset(), q.name(), NetworkFilter.none());
            assertThat(all.weights()).as(q.name()).isNotEmpty();
            for (NetworkFilter f : List.of(PERIOD, PARTY)) {
              ExpectedNetwork some = ExpectedNetwork.of(store.dataset(), q.name(), f);
              assertThat(some.weights().size())
                  .as("%s %s", q.name(), f)
                  .isLessThan(all.weights().size());
              assertThat(all.nodes()).containsAll(some.nodes());
              assertThat(some.nodes().size())
                  .as("%s %s", q.name(), f)
                  .isLessThan(all.nodes().size());
            }
          }
        });
  }

  @Test
  void aPartyKeepsOnlyEdgesWithOneOfItsMembers() {
    Network n =
        Txn.calculateRead(
            store.dataset(), () -> new CoAskerNetwork().compute(store.dataset(), PARTY));
    Map<String, Object> party = new HashMap<>();
    n.nodes().forEach(node -> party.put(node.id(), node.values().get("party")));
    assertThat(n.edges()).isNotEmpty();
    assertThat(n.edges())
        .allSatisfy(
            e -> assertThat(List.of(party.get(e.source()), party.get(e.target()))).contains("D66"));
  }
}
