package org.w3id.kamergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kamergraph export} and {@code extract -o x.nt|x.jsonld} through the command line. */
class ExportCommandTest {
  @TempDir static Path tmp;
  static Path db;

  @BeforeAll
  static void build() {
    db = tmp.resolve("db");
    CliTest.Run r = CliTest.run("build", CliTest.EXAMPLES.toString(), "--db", db.toString());
    assertThat(r.exit()).as(r.all()).isZero();
  }

  @Test
  void writesANetworkInTheFormatOfTheExtension() throws Exception {
    Path out = tmp.resolve("co-askers.gexf");
    CliTest.Run r = CliTest.run("export", "co-askers", "--db", db.toString(), "-o", out.toString());
    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(r.err()).contains("co-askers: ").contains(" nodes, ").contains("gexf");
    assertThat(Files.readString(out)).contains("<gexf").contains("defaultedgetype=\"undirected\"");
    assertThat(tmp.toFile().list()).noneMatch(n -> n.endsWith(".tmp"));
  }

  @Test
  void readsAnExtractedFileAsTheStore() throws Exception {
    Path trig = tmp.resolve("in.trig");
    assertThat(CliTest.run("extract", CliTest.EXAMPLES.toString(), "-o", trig.toString()).exit())
        .isZero();
    Path fromFile = tmp.resolve("file.dot");
    Path fromStore = tmp.resolve("store.dot");
    assertThat(
            CliTest.run(
                    "export",
                    "member-ministry",
                    "--input",
                    trig.toString(),
                    "-o",
                    fromFile.toString())
                .exit())
        .isZero();
    assertThat(
            CliTest.run(
                    "export", "member-ministry", "--db", db.toString(), "-o", fromStore.toString())
                .exit())
        .isZero();
    assertThat(Files.readString(fromFile)).isEqualTo(Files.readString(fromStore));
  }

  @Test
  void usageErrorsSayWhatToDoAndExitWithTwo() {
    CliTest.Run network = CliTest.run("export", "friends", "--db", db.toString());
    assertThat(network.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(network.err()).contains("unknown network 'friends'").contains("co-askers");
    CliTest.Run format =
        CliTest.run("export", "citations", "--format", "svg", "--db", db.toString());
    assertThat(format.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(format.err()).contains("unknown network format 'svg'").contains("graphml");
    CliTest.Run date =
        CliTest.run("export", "co-askers", "--from", "2024-02-30", "--db", db.toString());
    assertThat(date.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(date.err()).contains("--from '2024-02-30' is not a date").contains("YYYY-MM-DD");
    CliTest.Run extension =
        CliTest.run(
            "export", "co-askers", "--db", db.toString(), "-o", tmp.resolve("x.png").toString());
    assertThat(extension.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(extension.err()).contains("x.png").contains("--format");
    CliTest.Run rdf = CliTest.run("export", "rdf", "--format", "xml", "--db", db.toString());
    assertThat(rdf.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(rdf.err()).contains("unknown RDF format 'xml'").contains("jsonld");
  }

  @Test
  void aMissingStoreIsAUsageErrorThatSaysHowToBuildOne() {
    CliTest.Run r = CliTest.run("export", "co-askers", "--db", tmp.resolve("none").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no store at").contains("kamergraph build");
  }

  @Test
  void mergedTurtleAndNTriplesStateEachTripleOnce() {
    for (String name : new String[] {"merged.ttl", "merged.nt"}) {
      Path out = tmp.resolve(name);
      CliTest.Run r = CliTest.run("extract", CliTest.EXAMPLES.toString(), "-o", out.toString());
      assertThat(r.exit()).as(r.all()).isZero();
      long[] statements = {0};
      org.apache.jena.graph.Graph distinct =
          org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
      org.apache.jena.riot.RDFParser.source(out)
          .parse(
              new org.apache.jena.riot.system.StreamRDFBase() {
                @Override
                public void triple(org.apache.jena.graph.Triple t) {
                  statements[0]++;
                  distinct.add(t);
                }
              });
      assertThat(statements[0]).as(name).isPositive().isEqualTo(distinct.size());
    }
  }

  @Test
  void extractWritesNTriplesAndJsonLdOfTheSameGraphs() throws Exception {
    Path trig = tmp.resolve("x.trig");
    Path nt = tmp.resolve("x.nt");
    Path jsonld = tmp.resolve("x.jsonld");
    for (Path p : new Path[] {trig, nt, jsonld}) {
      CliTest.Run r = CliTest.run("extract", CliTest.EXAMPLES.toString(), "-o", p.toString());
      assertThat(r.exit()).as(r.all()).isZero();
    }
    DatasetGraph t = RDFDataMgr.loadDatasetGraph(trig.toString());
    DatasetGraph j = RDFDataMgr.loadDatasetGraph(jsonld.toString());
    assertThat(IsoMatcher.isomorphic(t, j)).as("JSON-LD as TriG").isTrue();
    org.apache.jena.graph.Graph merged =
        org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    t.find().forEachRemaining(q -> merged.add(q.asTriple()));
    org.apache.jena.graph.Graph n = RDFDataMgr.loadGraph(nt.toString());
    assertThat(n.isIsomorphicWith(merged)).as("N-Triples as the graphs merged").isTrue();
    assertThat(Files.readAllLines(nt)).doesNotHaveDuplicates();
  }
}
