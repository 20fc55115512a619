package org.w3id.kamergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.kamergraph.Version;
import org.w3id.kamergraph.link.Linking;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.rdf.ReferenceData;
import picocli.CommandLine;

/** The command line in-process, through {@link Main#commandLine()}: exit codes, output, files. */
class CliTest {
  static final Path BASEDIR = Path.of(System.getProperty("kamergraph.basedir", "."));
  static final Path EXAMPLES = BASEDIR.resolve("examples");

  /** The example documents (README.md is not one). */
  static final int EXAMPLE_DOCS = 5;

  @TempDir Path tmp;

  record Run(int exit, String out, String err) {
    String all() {
      return out + err;
    }
  }

  /** The command line that runs {@code kamergraph args} in a JVM of its own, on this class path. */
  static List<String> inFreshJvm(String... args) {
    List<String> cmd = new java.util.ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(args));
    return cmd;
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void versionPrintsNameAndVersion() {
    Run r = run("--version");
    assertThat(r.exit()).isZero();
    assertThat(Version.get()).isNotBlank();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("kamergraph " + Version.get());
    assertThat(lines)
        .anyMatch(l -> l.startsWith("commit: "))
        .anyMatch(l -> l.startsWith("built: "));
    assertThat(lines).contains("Apache Jena: 5.6.0");
    Run sub = run("serve", "--version");
    assertThat(sub.exit()).isZero();
    assertThat(sub.out()).isEqualTo(r.out());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"extract", "build", "serve", "query", "validate", "evaluate", "bench", "explain"})
  void everySubcommandHasHelp(String sub) {
    Run r = run(sub, "--help");
    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(r.out()).contains("Usage: kamergraph " + sub);
    assertThat(run("help", sub).exit()).isZero();
  }

  @Test
  void serveOfAMistypedStoreIsAUsageErrorNotAnEmptyStore() {
    Path db = tmp.resolve("tbd2");
    Run r = run("serve", "--db", db.toString(), "--port", "0");
    assertThat(r.exit()).as(r.all()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no store at " + db).contains("--create");
    assertThat(db).doesNotExist();
  }

  @Test
  void serveRefusesAResultBoundBelowOneKilobyteBeforeOpeningTheStore() {
    Path db = tmp.resolve("db");
    // an address it cannot listen on as well: were the bound let through, the run would end there
    // instead of serving (and blocking) forever
    Run r =
        run(
            "serve",
            "--db",
            db.toString(),
            "--host",
            "10.1.2.3",
            "--port",
            "0",
            "--max-result-bytes",
            "100");
    assertThat(r.exit()).as(r.all()).isNotZero();
    assertThat(r.err()).contains("result size limit must be at least 1024 bytes");
    assertThat(db).doesNotExist();
    assertThat(run("serve", "--help").out()).contains("--max-result-bytes");
  }

  @Test
  void topLevelHelpListsEverySubcommand() {
    Run r = run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("extract", "build", "serve", "query", "validate", "evaluate");
  }

  /**
   * House style: exit 2 for bad usage ({@code ExitCodes.USAGE}). Fails at the time of writing:
   * {@code Main.commandLine()} sets an exit-code exception mapper that returns 1 for every
   * exception, and picocli's parameter exception handler consults that mapper, so a bad command
   * line exits 1.
   */
  @Test
  void badUsageExitsTwo() {
    Run unknownOption = run("--no-such-option");
    Run unknownSubOption =
        run(
            "extract",
            "--no-such-option",
            EXAMPLES.toString(),
            "-o",
            tmp.resolve("x.trig").toString());
    org.assertj.core.api.SoftAssertions.assertSoftly(
        soft -> {
          soft.assertThat(unknownOption.exit()).as("unknown option").isEqualTo(2);
          soft.assertThat(unknownOption.err()).contains("--no-such-option");
          soft.assertThat(unknownSubOption.exit())
              .as("unknown option of a subcommand")
              .isEqualTo(2);
          soft.assertThat(unknownSubOption.err())
              .contains("--no-such-option")
              .contains("Usage: kamergraph extract");
          soft.assertThat(run("extract", EXAMPLES.toString()).exit()).as("missing -o").isEqualTo(2);
          soft.assertThat(run("no-such-command").exit()).as("unknown subcommand").isEqualTo(2);
          soft.assertThat(run().exit()).as("no subcommand").isEqualTo(2);
          soft.assertThat(run("query").exit()).as("query without a name or --list").isEqualTo(2);
        });
    assertThat(tmp.resolve("x.trig")).doesNotExist();
  }

  @Test
  void extractWritesTrigWithOneGraphPerDocumentAndTheReferenceGraphs() throws IOException {
    Path out = tmp.resolve("out/out.trig");
    Run missingFolder = run("extract", EXAMPLES.toString(), "-o", out.toString());
    assertThat(missingFolder.exit()).isEqualTo(2);
    assertThat(missingFolder.err()).contains(tmp.resolve("out").toString(), "does not exist");
    Files.createDirectories(out.getParent());
    Run r = run("extract", EXAMPLES.toString(), "-o", out.toString());
    assertThat(r.exit()).as(r.all()).isZero();
    DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(out.toString(), Lang.TRIG);
    List<String> graphs = graphNames(dsg);
    assertThat(graphs)
        .hasSize(EXAMPLE_DOCS + 6)
        .contains(ReferenceData.MINISTRIES_GRAPH, ReferenceData.PARTIES_GRAPH)
        // derived: the zaak links (with the open questions), memberships and the statistics
        .contains(Linking.zaakGraph(), Linking.membershipGraph(), Linking.statisticsGraph())
        .contains(
            "https://w3id.org/kamergraph/id/document/ah-tk-20232024-9901",
            "https://w3id.org/kamergraph/id/document/kv-tk-2024Z09902",
            "https://w3id.org/kamergraph/id/document/ah-tk-20222023-9903",
            "https://w3id.org/kamergraph/id/document/kv-tk-2023Z09904",
            "https://w3id.org/kamergraph/id/document/ah-tk-20242025-9905");
    // the document IRI is its graph's IRI
    for (String g : graphs) {
      if (g.contains("/document/")) {
        Node n = org.apache.jena.graph.NodeFactory.createURI(g);
        assertThat(dsg.getGraph(n).contains(n, RDF.type.asNode(), KG.Document.asNode()))
            .as(g)
            .isTrue();
      }
    }
    assertThat(r.err()).contains("5 documents extracted to " + out);
  }

  @Test
  void extractWritesItsOutputWithTheUsersUsualPermissions() throws IOException {
    Path nq = tmp.resolve("perm.nq");
    assertThat(run("extract", EXAMPLES.toString(), "-o", nq.toString()).exit()).isZero();
    Path plain = Files.createFile(tmp.resolve("plain.txt")); // as the umask makes any new file
    org.junit.jupiter.api.Assumptions.assumeTrue(
        nq.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX permissions");
    assertThat(Files.getPosixFilePermissions(nq)).isEqualTo(Files.getPosixFilePermissions(plain));
    try (var left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith(".kamergraph-") && !n.contains("-0f8fad5b-"));
    }
  }

  @Test
  void aKilledExtractsTemporaryFileIsRemovedByTheNextAndALiveOnesIsKept() throws IOException {
    String uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
    Path stale = Files.writeString(tmp.resolve(".kamergraph-2147483646-" + uuid + ".tmp"), "x");
    Path live =
        Files.writeString(
            tmp.resolve(".kamergraph-" + ProcessHandle.current().pid() + "-" + uuid + ".tmp"), "x");
    assertThat(run("extract", EXAMPLES.toString(), "-o", tmp.resolve("t.nq").toString()).exit())
        .isZero();
    assertThat(stale).doesNotExist();
    assertThat(live).exists();
  }

  @Test
  void extractWritesNQuadsAndTurtle() {
    Path nq = tmp.resolve("out.nq");
    Path ttl = tmp.resolve("out.ttl");
    assertThat(run("extract", EXAMPLES.toString(), "-o", nq.toString()).exit()).isZero();
    assertThat(run("extract", EXAMPLES.toString(), "-o", ttl.toString()).exit()).isZero();
    DatasetGraph quads = RDFDataMgr.loadDatasetGraph(nq.toString(), Lang.NQUADS);
    assertThat(graphNames(quads)).hasSize(EXAMPLE_DOCS + 6);
    Model turtle = RDFDataMgr.loadModel(ttl.toString(), Lang.TURTLE);
    assertThat(turtle.listSubjectsWithProperty(RDF.type, KG.Document).toList())
        .hasSize(EXAMPLE_DOCS);
    // Turtle is the union of the graphs: same triples as the quads without their graph
    long distinctTriples = quads.stream().map(q -> q.asTriple()).distinct().count();
    assertThat(turtle.size()).isEqualTo(distinctTriples);
  }

  @Test
  void unknownOutputExtensionFailsNamingTheFile() {
    Path rdf = tmp.resolve("x.rdf");
    Run r = run("extract", EXAMPLES.toString(), "-o", rdf.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("x.rdf").contains(".trig");
    assertThat(rdf).doesNotExist();
  }

  @Test
  void inputThatWouldDriveTheTerminalIsEscapedInMessages() throws IOException {
    // a file whose name clears the screen and whose content is XML that fails at a name that sets
    // the window title: neither escape sequence may reach the terminal
    Path dir = Files.createDirectories(tmp.resolve("hostile"));
    Path named =
        Files.writeString(dir.resolve("kv-\u001b[2J.xml"), "<a><b", StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("kv-2.xml"), "<a>\u001b]0;pwned\u0007</a\u009b>", StandardCharsets.UTF_8);
    Run r = run("extract", dir.toString(), "-o", tmp.resolve("h.nq").toString());
    assertThat(r.err())
        .contains("kv-\\u001b[2J.xml")
        .doesNotContain("\u001b")
        .doesNotContain("\u0007");
    assertThat(r.err()).doesNotContain("\u009b");
    assertThat(named).exists();
  }

  @Test
  void aBadFileInABatchIsNamedAndTheOthersAreStillWritten() throws IOException {
    Path in = copyExamples();
    Path badXml = in.resolve("kv-tk-2024Z00001.xml");
    Files.writeString(
        badXml, "<?xml version=\"1.0\"?><kamervragen><vraag>unclosed", StandardCharsets.UTF_8);
    Path fakePdf = in.resolve("ah-tk-20232024-0002.pdf");
    Files.writeString(fakePdf, "this is plain text, not a PDF", StandardCharsets.UTF_8);
    Path out = tmp.resolve("batch.trig");

    Run r = run("extract", in.toString(), "-o", out.toString());

    assertThat(r.exit()).as(r.all()).isEqualTo(1);
    assertThat(r.err())
        .contains(badXml.toString())
        .contains(fakePdf.toString())
        .contains("2 failed");
    DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(out.toString(), Lang.TRIG);
    assertThat(graphNames(dsg)).hasSize(EXAMPLE_DOCS + 6);
  }

  @Test
  void validateAcceptsAGoodFileAndRejectsACorruptOne() throws IOException {
    Path good = tmp.resolve("good.trig");
    assertThat(run("extract", EXAMPLES.toString(), "-o", good.toString()).exit()).isZero();
    Run ok = run("validate", good.toString());
    assertThat(ok.exit()).as(ok.all()).isZero();
    assertThat(ok.out()).contains("conforms");

    // a question without kg:number
    Dataset ds = RDFDataMgr.loadDataset(good.toString(), Lang.TRIG);
    Model doc = ds.getNamedModel("https://w3id.org/kamergraph/id/document/kv-tk-2024Z09902");
    var question =
        doc.createResource("https://w3id.org/kamergraph/id/document/kv-tk-2024Z09902/vraag/3");
    assertThat(doc.contains(question, KG.number)).isTrue();
    doc.removeAll(question, KG.number, null);
    Path noNumber = tmp.resolve("no-number.trig");
    write(ds, noNumber);
    Run bad = run("validate", noNumber.toString());
    assertThat(bad.exit()).as(bad.all()).isEqualTo(3);
    assertThat(bad.out()).contains("does not conform").contains("vraag/3");

    // a Kamerstuk with an identifier not in the official form
    Dataset ds2 = RDFDataMgr.loadDataset(good.toString(), Lang.TRIG);
    Model doc2 = ds2.getNamedModel("https://w3id.org/kamergraph/id/document/kv-tk-2024Z09902");
    var kst = doc2.createResource("https://w3id.org/kamergraph/id/kamerstuk/29023-476");
    doc2.removeAll(kst, org.apache.jena.vocabulary.DCTerms.identifier, null);
    kst.addProperty(org.apache.jena.vocabulary.DCTerms.identifier, "kst-x");
    Path badKst = tmp.resolve("bad-kst.trig");
    write(ds2, badKst);
    Run bad2 = run("validate", badKst.toString());
    assertThat(bad2.exit()).as(bad2.all()).isEqualTo(3);
    assertThat(bad2.out()).contains("kst-x");

    Run missing = run("validate", tmp.resolve("nope.trig").toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("nope.trig");
  }

  @Test
  void queryListsTheLibrary() throws IOException {
    Run r = run("query", "--list");
    assertThat(r.exit()).isZero();
    List<String> shipped;
    try (Stream<Path> s = Files.list(BASEDIR.resolve("queries"))) {
      shipped =
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".rq"))
              .map(n -> n.substring(0, n.length() - 3))
              .sorted()
              .toList();
    }
    assertThat(shipped).isNotEmpty();
    List<String> listed =
        r.out().lines().filter(l -> !l.startsWith(" ")).map(l -> l.split("\\s+")[0]).toList();
    assertThat(listed).containsExactlyElementsOf(shipped);
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.strip()).contains(" "));
    // the parameters a query takes are listed under it
    assertThat(r.out())
        .containsPattern("questions-by-member .*\\n +--param familyName=… \\(text\\)");
  }

  @Test
  void queryAfterBuildReturnsCsvRows() {
    Path db = tmp.resolve("db");
    Run b = run("build", EXAMPLES.toString(), "--db", db.toString());
    assertThat(b.exit()).as(b.all()).isZero();
    assertThat(b.err()).contains("5 added, 0 replaced, 0 unchanged, 0 removed, 0 failed");

    Run q = run("query", "document-sources", "--db", db.toString(), "--format", "csv");
    assertThat(q.exit()).as(q.all()).isZero();
    List<String> lines = q.out().lines().toList();
    assertThat(lines.get(0)).startsWith("graph,sourceFile");
    assertThat(lines).hasSize(1 + EXAMPLE_DOCS);
    assertThat(q.out()).contains("kv-tk-2023Z09904.html", "ah-tk-20242025-9905.md");

    Run again = run("build", EXAMPLES.toString(), "--db", db.toString());
    assertThat(again.err()).contains("0 added, 0 replaced, 5 unchanged, 0 removed, 0 failed");
  }

  @Test
  void queryOfAMissingNameIsHelpful() {
    Path db = tmp.resolve("db");
    Run r = run("query", "no-such-query", "--db", db.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("no-such-query")
        .contains("--list")
        .contains("most-cited-kamerstukken");
    Run noStore = run("query", "document-sources", "--db", tmp.resolve("absent").toString());
    assertThat(noStore.exit()).isEqualTo(2);
    assertThat(noStore.err()).contains("absent").contains("build");
  }

  @Test
  void evaluatePrintsTheTableAndOverallF1() throws IOException {
    Path gold = tmp.resolve("gold");
    Files.createDirectories(gold);
    Files.writeString(
        gold.resolve("ah-tk-fict-0101.txt"),
        """
        Vragen van het lid Jansen-Vos (SP) aan de Minister van Financiën over de terugvordering van toeslagen (ingezonden 5 maart 2024).

        Antwoord van Minister Brandsma-Oudejans (Financiën) (ontvangen 26 maart 2024).

        Vraag 1
        Kent u de Kamerbrief over de hersteloperatie (Kamerstuk 31 066, nr. 1400)?

        Antwoord 1
        Ja.
        """,
        StandardCharsets.UTF_8);
    Files.writeString(
        gold.resolve("ah-tk-fict-0101.gold.json"),
        """
        {"id": "ah-tk-fict-0101", "zaak": [], "submitted": "2024-03-05", "answered": "2024-03-26",
         "askers": [{"name": "Jansen-Vos", "party": "SP"}], "parties": ["SP"],
         "addressees": ["Minister van Financiën"],
         "answerers": [{"name": "Brandsma-Oudejans", "office": "Minister van Financiën"}],
         "ministries": ["Financiën"], "kamerstukken": ["31066-1400"],
         "programmes": [], "reports": [], "organisations": [],
         "question_count": 1, "answer_count": 1, "notes": "fictional"}
        """,
        StandardCharsets.UTF_8);
    Files.writeString(
        gold.resolve("kv-tk-2024Z09998.txt"),
        """
        2024Z09998

        Vragen van het lid Hoekstein (VVD) aan de Minister van Infrastructuur en Waterstaat over fietspaden (ingezonden 2 mei 2024).

        Vraag 1
        Hoeveel kilometer fietspad is in 2023 aangelegd?

        Vraag 2
        Deelt u de zorg van de ANWB over de veiligheid?
        """,
        StandardCharsets.UTF_8);
    Files.writeString(
        gold.resolve("kv-tk-2024Z09998.gold.json"),
        """
        {"id": "kv-tk-2024Z09998", "zaak": ["2024Z09998"], "submitted": "2024-05-02", "answered": null,
         "askers": [{"name": "Hoekstein", "party": "VVD"}], "parties": ["VVD"],
         "addressees": ["Minister van Infrastructuur en Waterstaat"], "answerers": [],
         "ministries": ["Infrastructuur en Waterstaat"], "kamerstukken": [],
         "programmes": [], "reports": [], "organisations": ["ANWB"],
         "question_count": 2, "answer_count": 0}
        """,
        StandardCharsets.UTF_8);

    Run r = run("evaluate", gold.toString());

    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(r.out()).contains("documents: 2 found, 0 missing");
    assertThat(r.out()).containsPattern("(?m)^field\\s+P\\s+R\\s+F1");
    assertThat(r.out()).containsPattern("(?m)^zaak\\s+1\\.000\\s+1\\.000\\s+1\\.000");
    assertThat(r.out()).containsPattern("(?m)^askers\\s+1\\.000\\s+1\\.000\\s+1\\.000");
    assertThat(r.out()).containsPattern("(?m)^question_count\\s+1\\.000\\s+1\\.000\\s+1\\.000");
    assertThat(r.out())
        .containsPattern("(?m)^overall F1 \\d\\.\\d{3} \\(P \\d\\.\\d{3} R \\d\\.\\d{3}\\)$");

    Run notAFolder = run("evaluate", tmp.resolve("nope").toString());
    assertThat(notAFolder.exit()).isEqualTo(2);
    assertThat(notAFolder.err()).contains("nope");
  }

  private Path copyExamples() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      for (Path p : s.toList()) {
        Files.copy(p, in.resolve(p.getFileName()));
      }
    }
    return in;
  }

  private static List<String> graphNames(DatasetGraph dsg) {
    List<String> out = new ArrayList<>();
    dsg.listGraphNodes().forEachRemaining(n -> out.add(n.getURI()));
    return out;
  }

  private static void write(Dataset ds, Path file) throws IOException {
    try (var out = Files.newOutputStream(file)) {
      RDFDataMgr.write(out, ds, Lang.TRIG);
    }
  }

  @SuppressWarnings("unused")
  private static String[] args(String... a) {
    return Arrays.copyOf(a, a.length);
  }

  @Test
  void explainMarksEveryMentionAndSaysWhatItResolvedTo() {
    Run r = run("explain", EXAMPLES.resolve("kv-tk-2024Z09902.txt").toString());
    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(r.out())
        .contains("asked by:     member Hoekstein (vvd)")
        .contains("addressed to: post Minister voor Klimaat en Energie")
        .contains("⟦Hoekstein⟧")
        .containsPattern("\\\"Hoekstein\\\"\\s+→ member Hoekstein \\(vvd\\)")
        // the layout its extractors read: questions only (a Kamervragen publication)
        .contains("== layout (what the recognisers found)\n\nkind: QUESTIONS\n")
        .contains("question 2: «Hoeveel bedrijven in Noord-Brabant");
  }

  @Test
  void explainNamesAFileItCannotRead() throws IOException {
    Path bad = tmp.resolve("kapot.pdf");
    Files.writeString(bad, "geen pdf");
    Run r = run("explain", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("kapot.pdf");
  }

  @Test
  void extractLinksQuestionsToTheirLaterAnswersAsBuildDoes() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("zaak"));
    String header =
        "Vragen van het lid Van Tol (VVD) aan de Minister van Financiën over spaarrente "
            + "(ingezonden 4 maart 2024).\n\n";
    Files.writeString(
        in.resolve("kv-tk-2024Z01111.txt"), header + "Vraag 1\nKent u het bericht?\n");
    Files.writeString(
        in.resolve("ah-tk-20232024-8801.txt"),
        header
            + "Antwoord van Minister Mol (Financiën) (ontvangen 20 maart 2024).\n\n"
            + "Vraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n");
    Path out = tmp.resolve("zaak.trig");
    Run r = run("extract", in.toString(), "-o", out.toString());
    assertThat(r.exit()).as(r.all()).isZero();
    DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(out.toString());
    Node links =
        org.apache.jena.graph.NodeFactory.createURI(org.w3id.kamergraph.TestBuilds.ZAAK_LINKS);
    assertThat(
            dsg.getGraph(links)
                .contains(
                    org.apache.jena.graph.NodeFactory.createURI(
                        KG.ID + "document/kv-tk-2024Z01111/vraag/1"),
                    KG.answeredIn.asNode(),
                    org.apache.jena.graph.NodeFactory.createURI(
                        KG.ID + "document/ah-tk-20232024-8801/antwoord/1")))
        .isTrue();
  }
}
