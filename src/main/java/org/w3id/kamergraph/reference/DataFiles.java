package org.w3id.kamergraph.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tab-separated data files on the class path (the gazetteer's under {@code
 * kamergraph/gazetteer/}, the reference data's under {@code kamergraph/reference/}): one row per
 * line, columns split by tabs, blank lines and {@code #} comments skipped. Every loader of those
 * files reads them here.
 */
public final class DataFiles {
  private static final String BASE = "/kamergraph/gazetteer/";
  private static final String REFERENCE = "/kamergraph/reference/";

  /** A data row and the line of its file it stands on (counting from 1). */
  public record Row(int line, String[] cols) {}

  /**
   * A line of a data file that does not say what its loader needs; {@link #load} reports it as
   * {@code file:line: message}.
   */
  public static final class MalformedLine extends IOException {
    private final int line;

    public MalformedLine(int line, String message) {
      super(message);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  /** Turns a data file's rows into what a loader needs. */
  public interface Parser<T> {
    T parse(Reader in) throws IOException;
  }

  private DataFiles() {}

  /**
   * Parses the shipped file {@code name}; a missing or unreadable file is a packaging error, and so
   * is a malformed line, reported as {@code file:line: message}.
   */
  public static <T> T load(String name, Parser<T> parser) {
    return loadResource(BASE + name, parser);
  }

  /** Parses the shipped reference data file {@code name} ({@code staatssecretaris-tasks.tsv}). */
  public static <T> T loadReference(String name, Parser<T> parser) {
    return loadResource(REFERENCE + name, parser);
  }

  /** The rows of the shipped reference data file {@code name} ({@code persons.tsv}, …). */
  public static List<String[]> referenceRows(String name) {
    return loadResource(REFERENCE + name, DataFiles::rows);
  }

  private static <T> T loadResource(String resource, Parser<T> parser) {
    InputStream in = DataFiles.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource + "; rebuild the jar");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parser.parse(r);
    } catch (MalformedLine e) {
      throw new IllegalStateException(resource + ":" + e.line() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /** The data rows of a file, each split at tabs (empty trailing columns kept). */
  public static List<String[]> rows(Reader in) throws IOException {
    return numberedRows(in).stream().map(Row::cols).toList();
  }

  /** As {@link #rows}, each with its line number. */
  public static List<Row> numberedRows(Reader in) throws IOException {
    List<Row> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(in);
    String line;
    int number = 0;
    while ((line = r.readLine()) != null) {
      number++;
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(new Row(number, line.split("\t", -1)));
      }
    }
    return out;
  }
}
