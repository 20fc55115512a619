package org.w3id.kamergraph.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.harvest.FixtureServer.Delay;
import org.w3id.kamergraph.harvest.FixtureServer.FailFirst;
import org.w3id.kamergraph.harvest.FixtureServer.Status;
import org.w3id.kamergraph.harvest.FixtureServer.Truncated;

/** Harvesting from a local stand-in server: results, resume, failures, retries, politeness. */
class HarvesterTest {
  static final List<String> ALL =
      List.of(
          "ah-tk-20232024-901.metadata.xml",
          "ah-tk-20232024-901.xml",
          "ah-tk-20232024-902.metadata.xml",
          "ah-tk-20232024-902.xml",
          "kv-tk-2024Z00101.metadata.xml",
          "kv-tk-2024Z00101.xml",
          "kv-tk-2024Z00102.metadata.xml",
          "kv-tk-2024Z00102.xml",
          "kv-tk-2024Z00103.metadata.xml",
          "kv-tk-2024Z00103.xml");

  final FixtureServer server = new FixtureServer();
  @TempDir Path out;

  @AfterEach
  void stop() {
    server.close();
  }

  /** Options for the local server: no interval, quick retries. */
  static HarvestOptions options(
      FixtureServer s, Path out, Duration interval, Duration timeout, List<String> zaken) {
    boolean search = zaken.isEmpty();
    return new HarvestOptions(
        s.sru(),
        s.repository(),
        s.metadata(),
        search ? LocalDate.of(2024, 1, 1) : null,
        search ? LocalDate.of(2024, 1, 31) : null,
        HarvestOptions.DATE_INDEX,
        zaken,
        out,
        interval,
        3,
        Duration.ofMillis(10),
        timeout,
        2,
        "kamergraph-test");
  }

  HarvestReport harvest() {
    return harvest(options(server, out, Duration.ZERO, Duration.ofSeconds(5), List.of()));
  }

  static HarvestReport harvest(HarvestOptions o) {
    return new Harvester(o).run(new Recorder());
  }

  @Test
  void aFullHarvestSavesQuestionsAnswersAndMetadataAsServed() throws IOException {
    HarvestReport r = harvest();

    assertThat(r.failures()).isEmpty();
    assertThat(r.downloaded()).isEqualTo(10);
    assertThat(files(out)).containsExactlyElementsOf(ALL);
    for (String f : ALL) {
      assertThat(out.resolve(f)).hasSameBinaryContentAs(fixture(f));
    }
    List<String> paths = server.requests().stream().map(FixtureServer.Request::path).toList();
    assertThat(paths).filteredOn("/sru"::equals).hasSize(3);
    assertThat(paths).noneMatch(p -> p.contains("ah-1199901")); // an unformatted item: left out
    String query = java.net.URLDecoder.decode(server.requests().get(0).query(), "UTF-8");
    assertThat(query)
        .contains("operation=searchRetrieve", "x-connection=officielepublicaties")
        .contains("startRecord=1", "maximumRecords=2")
        .contains(
            "query=c.product-area==officielepublicaties AND w.publicatienaam==Kamervragen"
                + " AND dt.modified>=2024-01-01 AND dt.modified<=2024-01-31");
  }

  @Test
  void aSecondRunDownloadsNothing() {
    harvest();
    server.clearLog();

    HarvestReport second = harvest();

    assertThat(second).isEqualTo(new HarvestReport(0, 10, List.of()));
    assertThat(server.requests()).allMatch(q -> q.path().equals("/sru"));
  }

  @Test
  void anInterruptedRunResumesWhereItFailed() throws IOException {
    server.fault("/repo/kv-tk-2024Z00102/kv-tk-2024Z00102.xml", new Status(503));
    server.fault("/zoek/kv-tk-2024Z00102/metadata.xml", new Status(503));
    Files.writeString(out.resolve(".kv-tk-2024Z00102.xml.part"), "<officiele-publ"); // a crash

    HarvestReport first = harvest();
    assertThat(first.downloaded()).isEqualTo(6);
    assertThat(first.failures())
        .extracting(HarvestReport.Failure::message)
        .allMatch(m -> m.contains("HTTP 503") && m.contains("gave up after 3 attempt(s)"))
        .anyMatch(m -> m.startsWith(server.repository() + "/kv-tk-2024Z00102/"))
        .hasSize(2);
    assertThat(out.resolve("kv-tk-2024Z00102.xml")).doesNotExist();

    server.clearFaults();
    server.clearLog();
    HarvestReport second = harvest();
    assertThat(second).isEqualTo(new HarvestReport(4, 6, List.of()));
    assertThat(files(out)).containsExactlyElementsOf(ALL);
    assertThat(out.resolve("kv-tk-2024Z00102.xml"))
        .hasSameBinaryContentAs(fixture("kv-tk-2024Z00102.xml"));
    assertThat(server.requests())
        .filteredOn(q -> !q.path().equals("/sru"))
        .extracting(FixtureServer.Request::path)
        .allMatch(p -> p.contains("kv-tk-2024Z00102") || p.contains("ah-tk-20232024-902"));
  }

  @Test
  void failuresNameTheUrlAndWhatHappenedAndTheBatchGoesOn() throws IOException {
    String notFound = "/repo/kv-tk-2024Z00103/kv-tk-2024Z00103.xml";
    String malformed = "/repo/ah-tk-20232024-901/ah-tk-20232024-901.xml";
    String slow = "/zoek/kv-tk-2024Z00103/metadata.xml";
    server.fault(notFound, new Status(404));
    server.fault(malformed, new Truncated());
    server.fault(slow, new Delay(3_000));

    HarvestReport r =
        harvest(options(server, out, Duration.ZERO, Duration.ofMillis(300), List.of()));

    assertThat(r.downloaded()).isEqualTo(7);
    assertThat(r.failures())
        .extracting(f -> f.url().getPath())
        .containsExactlyInAnyOrder(notFound, malformed, slow);
    assertThat(message(r, notFound)).contains("HTTP 404 (not retried)");
    assertThat(message(r, malformed)).contains("malformed XML at line");
    assertThat(message(r, slow)).contains("timed out after 300 ms", "gave up after 3 attempt(s)");
    r.failures().forEach(f -> assertThat(f.message()).startsWith(f.url().toString()));
    assertThat(server.requests()).filteredOn(q -> q.path().equals(notFound)).hasSize(1);
    assertThat(out.resolve("ah-tk-20232024-901.xml")).doesNotExist();
    assertThat(files(out)).hasSize(7);
  }

  @Test
  void a503IsRetriedUntilItSucceeds() {
    String path = "/repo/kv-tk-2024Z00101/kv-tk-2024Z00101.xml";
    server.fault(path, new FailFirst(2, 503, null));

    HarvestReport r =
        harvest(options(server, out, Duration.ZERO, Duration.ofSeconds(5), List.of("2024Z00101")));

    assertThat(r).isEqualTo(new HarvestReport(4, 0, List.of()));
    assertThat(server.requests()).filteredOn(q -> q.path().equals(path)).hasSize(3);
  }

  @Test
  void a429WaitsAsLongAsRetryAfterSays() {
    String path = "/zoek/kv-tk-2024Z00101/metadata.xml";
    server.fault(path, new FailFirst(1, 429, "1"));

    HarvestReport r =
        harvest(options(server, out, Duration.ZERO, Duration.ofSeconds(5), List.of("2024Z00101")));

    assertThat(r.failures()).isEmpty();
    List<Long> times =
        server.requests().stream()
            .filter(q -> q.path().equals(path))
            .map(FixtureServer.Request::nanos)
            .toList();
    assertThat(times).hasSize(2);
    assertThat(Duration.ofNanos(times.get(1) - times.get(0)))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void requestsAreAtLeastTheConfiguredIntervalApart() {
    Duration interval = Duration.ofMillis(150);
    harvest(options(server, out, interval, Duration.ofSeconds(5), List.of("2024Z00101")));

    List<FixtureServer.Request> log = server.requests();
    assertThat(log).hasSize(4);
    for (int i = 1; i < log.size(); i++) {
      assertThat(Duration.ofNanos(log.get(i).nanos() - log.get(i - 1).nanos()))
          .as("gap before request %d", i)
          .isGreaterThanOrEqualTo(interval);
    }
  }

  @Test
  void aZaakFetchesItsQuestionAndTheAnswersItsMetadataNames() {
    HarvestReport r =
        harvest(options(server, out, Duration.ZERO, Duration.ofSeconds(5), List.of("2024Z00102")));

    assertThat(r).isEqualTo(new HarvestReport(4, 0, List.of()));
    assertThat(files(out))
        .containsExactly(
            "ah-tk-20232024-902.metadata.xml",
            "ah-tk-20232024-902.xml",
            "kv-tk-2024Z00102.metadata.xml",
            "kv-tk-2024Z00102.xml");
    assertThat(server.requests()).noneMatch(q -> q.path().equals("/sru"));
  }

  @Test
  void aBrokenSearchPageIsAFailureNamingItsUrl() {
    server.fault("/sru", new Truncated());

    HarvestReport r = harvest();

    assertThat(r.downloaded()).isZero();
    assertThat(r.failures()).hasSize(1);
    assertThat(r.failures().get(0).url().toString()).startsWith(server.sru() + "?version=1.2");
    assertThat(r.failures().get(0).message()).contains("malformed XML");
  }

  @Test
  void theListenerHearsOfEveryFile() {
    Recorder rec = new Recorder();
    new Harvester(options(server, out, Duration.ZERO, Duration.ofSeconds(5), List.of())).run(rec);
    assertThat(rec.planned).isEqualTo(10);
    assertThat(rec.done).hasSize(10).allMatch(s -> s.startsWith("DOWNLOADED "));
  }

  private static String message(HarvestReport r, String path) {
    return r.failures().stream()
        .filter(f -> f.url().getPath().equals(path))
        .findFirst()
        .orElseThrow()
        .message();
  }

  private static Path fixture(String name) {
    return FixtureServer.fixtures().resolve("documents").resolve(name);
  }

  static List<String> files(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Remembers what it was told. */
  static final class Recorder implements HarvestListener {
    int planned;
    final List<String> done = new ArrayList<>();

    @Override
    public void planned(int files) {
      planned += files;
    }

    @Override
    public void done(Path file, Outcome outcome, String detail) {
      done.add(outcome + " " + file.getFileName());
    }
  }
}
