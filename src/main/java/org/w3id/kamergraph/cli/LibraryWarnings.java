package org.w3id.kamergraph.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;
import org.w3id.kamergraph.ingest.DocumentReader;

/**
 * Holds back what the PDF and font libraries log about a damaged file (thousands of lines for some
 * files, none naming the file) and keeps, per file, how many there were and the first, for one
 * summary line each. The file comes from the logging context the readers set while they read
 * ({@link DocumentReader#FILE_CONTEXT}). With {@code --verbose} every line is let through.
 *
 * <p>Thread-safe: documents are read on several threads at once.
 */
final class LibraryWarnings extends TurboFilter {
  private static final List<String> LIBRARIES = List.of("org.apache.pdfbox", "org.apache.fontbox");

  /**
   * What the libraries say about every PDF that names one of the standard fonts without embedding
   * it (most PDFs): a substitute is used to draw it, which does not touch the text read. Not a
   * problem of the file, so not counted; {@code --verbose} still shows it.
   */
  private static final List<String> NOT_PROBLEMS = List.of("Using fallback font");

  /** What one library said about one file. */
  record Summary(String file, long count, String first) {}

  private record Tally(AtomicLong count, String first) {}

  private final Map<String, Tally> byFile = new ConcurrentHashMap<>();
  private volatile boolean passThrough;

  /** The filter of this logging context, installed on first use. */
  static LibraryWarnings installed() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    synchronized (context) {
      for (TurboFilter f : context.getTurboFilterList()) {
        if (f instanceof LibraryWarnings w) {
          return w;
        }
      }
      LibraryWarnings w = new LibraryWarnings();
      w.setContext(context);
      w.start();
      context.addTurboFilter(w);
      return w;
    }
  }

  /** Whether every line is let through (verbose) rather than summarised. */
  void passThrough(boolean all) {
    passThrough = all;
  }

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (passThrough
        || format == null
        || !level.isGreaterOrEqual(Level.WARN)
        || LIBRARIES.stream().noneMatch(logger.getName()::startsWith)) {
      return FilterReply.NEUTRAL;
    }
    if (NOT_PROBLEMS.stream().anyMatch(format::startsWith)) {
      return FilterReply.DENY;
    }
    String file = MDC.get(DocumentReader.FILE_CONTEXT);
    byFile
        .computeIfAbsent(
            file == null ? "" : file,
            f ->
                new Tally(
                    new AtomicLong(), MessageFormatter.arrayFormat(format, params).getMessage()))
        .count()
        .incrementAndGet();
    return FilterReply.DENY;
  }

  /** The summaries so far, by file, and forgets them. */
  List<Summary> drain() {
    List<Summary> out = new ArrayList<>();
    for (String file : new java.util.TreeSet<>(byFile.keySet())) {
      Tally t = byFile.remove(file);
      if (t != null) {
        out.add(new Summary(file, t.count().get(), t.first()));
      }
    }
    return out;
  }

  /** One line for a summary, as the command prints it. */
  static String describe(Summary s) {
    return (s.file().isEmpty() ? "a document" : s.file())
        + ": the PDF library reported "
        + s.count()
        + (s.count() == 1 ? " problem" : " problems")
        + " while reading it (first: "
        + s.first()
        + "); its text was read as far as it could be, --verbose shows every line";
  }
}
