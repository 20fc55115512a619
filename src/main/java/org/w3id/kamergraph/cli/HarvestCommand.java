package org.w3id.kamergraph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.kamergraph.Version;
import org.w3id.kamergraph.harvest.HarvestOptions;
import org.w3id.kamergraph.harvest.HarvestReport;
import org.w3id.kamergraph.harvest.Harvester;
import org.w3id.kamergraph.model.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kamergraph harvest [--from DATE] [--to DATE] [--zaak N...] --out DIR}. */
@Command(
    name = "harvest",
    mixinStandardHelpOptions = true,
    description = {
      "Download written questions (kv-tk-…) and answers (ah-tk-…) with their metadata.xml from"
          + " officielebekendmakingen.nl into a folder that build reads.",
      "Polite (one request at a time, a minimum interval, retries with backoff) and resumable"
          + " (files already in DIR are not fetched again)."
    })
final class HarvestCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--from", paramLabel = "DATE", description = "First date, like 2024-01-01.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last date (inclusive).")
  LocalDate to;

  @Option(
      names = "--zaak",
      arity = "1..*",
      paramLabel = "N",
      description =
          "Zaak numbers (2024Z10305): fetch kv-tk-N and its answers instead of searching.")
  List<String> zaken = List.of();

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Download folder.")
  Path out;

  @Option(
      names = "--interval",
      converter = DurationConverter.class,
      defaultValue = "1s",
      description = "Least time between requests (default: ${DEFAULT-VALUE}).")
  Duration interval;

  @Option(
      names = "--max-attempts",
      defaultValue = "5",
      description = "Attempts per URL on 429, 5xx or timeouts (default: ${DEFAULT-VALUE}).")
  int maxAttempts;

  @Option(
      names = "--backoff",
      converter = DurationConverter.class,
      defaultValue = "2s",
      description = "Wait before the first retry, doubled each time (default: ${DEFAULT-VALUE}).")
  Duration backoff;

  @Option(
      names = "--timeout",
      converter = DurationConverter.class,
      defaultValue = "60s",
      description = "Connect and response timeout (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = "--page-size", defaultValue = "100", description = "SRU records per page.")
  int pageSize;

  @Option(
      names = "--date-index",
      defaultValue = HarvestOptions.DATE_INDEX,
      description = "CQL index --from/--to filter on (default: ${DEFAULT-VALUE}).")
  String dateIndex;

  @Option(names = "--sru-url", description = "SRU endpoint (default: ${DEFAULT-VALUE}).")
  URI sru = HarvestOptions.SRU;

  @Option(names = "--repository-url", description = "Base of {id}/{id}.xml URLs.")
  URI repository = HarvestOptions.REPOSITORY;

  @Option(names = "--metadata-url", description = "Base of {id}/metadata.xml URLs.")
  URI metadata = HarvestOptions.METADATA;

  @Override
  public Integer call() {
    HarvestOptions options;
    try {
      options =
          new HarvestOptions(
              sru,
              repository,
              metadata,
              from,
              to,
              dateIndex,
              zaken,
              out,
              interval,
              maxAttempts,
              backoff,
              timeout,
              pageSize,
              "kamergraph/" + Version.get());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    HarvestReport r;
    if (System.console() != null && !common.verbose) {
      try (HarvestProgressBar bar = new HarvestProgressBar()) {
        r = new Harvester(options).run(bar);
      }
    } else {
      r = new Harvester(options).run(new HarvestLog(err));
    }
    return summary(err, r);
  }

  private int summary(PrintWriter err, HarvestReport r) {
    r.failures().forEach(f -> err.println(TerminalText.safe("kamergraph: failed: " + f.message())));
    err.printf(
        "%s: %d downloaded, %d skipped, %d failed%n", out, r.downloaded(), r.skipped(), r.failed());
    err.flush();
    return r.failed() == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
  }
}
