package org.w3id.kamergraph.reference;

import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The task titles staatssecretarissen are named by ({@code Jeugd, Preventie en Sport}) and the
 * ministry each belongs to, read from {@code kamergraph/reference/staatssecretaris-tasks.tsv}. A
 * malformed file is a packaging error reported with its file and line ({@link DataFiles}).
 */
public final class StaatssecretarisTasks {
  static final String FILE = "staatssecretaris-tasks.tsv";

  private StaatssecretarisTasks() {}

  /** The shipped titles: task title as written to the ministry's department name, in file order. */
  public static Map<String, String> load() {
    return DataFiles.loadReference(FILE, StaatssecretarisTasks::parse);
  }

  /**
   * The titles in {@code in}: three tab-separated columns per row (title, ministry, cabinets).
   *
   * @throws DataFiles.MalformedLine for a row with the wrong number of columns, an empty title or
   *     ministry, or a title listed twice
   */
  static Map<String, String> parse(Reader in) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (DataFiles.Row row : DataFiles.numberedRows(in)) {
      String[] cols = row.cols();
      if (cols.length != 3 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new DataFiles.MalformedLine(
            row.line(), "expected a task title, a ministry and cabinets separated by tabs");
      }
      if (out.put(cols[0].strip(), cols[1].strip()) != null) {
        throw new DataFiles.MalformedLine(
            row.line(), "task title listed twice: " + cols[0].strip());
      }
    }
    return out;
  }
}
