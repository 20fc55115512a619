package org.w3id.kamergraph.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The task titles staatssecretarissen are named by ({@code Jeugd, Preventie en Sport}) and the
 * ministry each belongs to, read from {@code kamergraph/reference/staatssecretaris-tasks.tsv}. A
 * malformed file is a packaging error reported with its file and line.
 */
public final class StaatssecretarisTasks {
  static final String FILE = "staatssecretaris-tasks.tsv";

  private StaatssecretarisTasks() {}

  /** The shipped titles: task title as written to the ministry's department name, in file order. */
  public static Map<String, String> load() {
    return DataFiles.loadReference(FILE, in -> parse(FILE, in));
  }

  /**
   * The titles in {@code in}: three tab-separated columns per line (title, ministry, cabinets).
   *
   * @throws IllegalStateException naming {@code source} and the line of a row with the wrong number
   *     of columns, an empty title or ministry, or a title listed twice
   */
  static Map<String, String> parse(String source, Reader in) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    BufferedReader r = new BufferedReader(in);
    String line;
    int number = 0;
    while ((line = r.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      String where = source + ":" + number + ": ";
      if (cols.length != 3 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new IllegalStateException(
            where + "expected a task title, a ministry and cabinets separated by tabs");
      }
      if (out.put(cols[0].strip(), cols[1].strip()) != null) {
        throw new IllegalStateException(where + "task title listed twice: " + cols[0].strip());
      }
    }
    return out;
  }
}
