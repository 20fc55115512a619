package org.w3id.kamergraph.reference;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.kamergraph.model.EntityKind;

/**
 * The known programmes, reports and organisations, read from tab-separated data files (key,
 * preferred label, aliases separated by {@code |}; lines starting with {@code #} are comments).
 * Immutable and thread-safe once built.
 */
public final class Gazetteer {
  private final List<GazetteerEntry> entries;
  private final Map<String, GazetteerEntry> byName = new HashMap<>();

  public Gazetteer(List<GazetteerEntry> entries) {
    this.entries = List.copyOf(entries);
    for (GazetteerEntry e : this.entries) {
      for (String n : e.names()) {
        byName.putIfAbsent(squash(n), e);
      }
    }
  }

  /** The gazetteer of the data files shipped with kamergraph. */
  public static Gazetteer load() {
    List<GazetteerEntry> all = new ArrayList<>();
    all.addAll(DataFiles.load("organisations.tsv", in -> parse(EntityKind.ORGANISATION, in)));
    all.addAll(DataFiles.load("programmes.tsv", in -> parse(EntityKind.PROGRAMME, in)));
    all.addAll(DataFiles.load("reports.tsv", in -> parse(EntityKind.REPORT, in)));
    return new Gazetteer(all);
  }

  /** Parses one data file; every entry gets {@code kind}. */
  public static List<GazetteerEntry> parse(EntityKind kind, Reader in) throws IOException {
    List<GazetteerEntry> out = new ArrayList<>();
    for (String[] cols : DataFiles.rows(in)) {
      if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new IOException("bad gazetteer line: " + String.join("\t", cols));
      }
      List<String> aliases =
          cols.length > 2 && !cols[2].isBlank()
              ? Arrays.stream(cols[2].split("\\|"))
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .toList()
              : List.of();
      out.add(new GazetteerEntry(kind, cols[0].strip(), cols[1].strip(), aliases));
    }
    return out;
  }

  public List<GazetteerEntry> entries() {
    return entries;
  }

  /** The entry one of whose names is {@code written}, ignoring case and spacing. */
  public Optional<GazetteerEntry> find(String written) {
    return Optional.ofNullable(byName.get(squash(written)));
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
  }
}
