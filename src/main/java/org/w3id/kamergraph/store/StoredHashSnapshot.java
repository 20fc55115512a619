package org.w3id.kamergraph.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The content hash of every document graph in a TDB2 store, as the last build left it, kept in a
 * file beside the store's own files: reading 60,000 hashes from the store's indexes took 4–6 s, the
 * file about a tenth of a second.
 *
 * <p>The file is trusted only for the exact state of the store it was written for. TDB2 is
 * copy-on-write: every commit that changes a quad writes new roots for the quad indexes, and the
 * index state files ({@code GSPO.bpt} and its five siblings, in the newest {@code Data-NNNN}
 * folder) record them. The file carries those bytes and the folder's name; when any differ (a write
 * by the server, by another tool, a compaction, a restored backup) or cannot be read (a store laid
 * out otherwise), the store is read instead. So the snapshot only ever saves work, as {@code
 * ingest.FingerprintCache} does for input files.
 */
public final class StoredHashSnapshot {
  static final String FILE = "kamergraph-stored-hashes.tsv";

  private static final List<String> QUAD_INDEXES =
      List.of("GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG");
  private static final Pattern DATA_DIR = Pattern.compile("Data-\\d+");

  private StoredHashSnapshot() {}

  /**
   * The hashes the snapshot of the store at {@code location} holds, when it was written for the
   * store's present state; empty otherwise (no snapshot, another state, anything unreadable).
   */
  public static Optional<Map<String, String>> read(Path location) {
    Optional<String> state = state(location);
    Path file = location.resolve(FILE);
    if (state.isEmpty() || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      if (!state.get().equals(r.readLine())) {
        return Optional.empty();
      }
      Map<String, String> hashes = new HashMap<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int tab = line.indexOf('\t');
        if (tab <= 0 || tab != line.lastIndexOf('\t') || tab == line.length() - 1) {
          return Optional.empty(); // damaged: read the store
        }
        hashes.put(line.substring(0, tab), line.substring(tab + 1));
      }
      return Optional.of(hashes);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes {@code hashes} as the snapshot of the store's present state; call it after the commit
   * that left the store holding exactly them (or, inside a write transaction, before its first
   * write). Without a readable state the old snapshot is removed.
   */
  public static void write(Path location, Map<String, String> hashes) throws IOException {
    Path file = location.resolve(FILE);
    Optional<String> state = state(location);
    if (state.isEmpty()) {
      Files.deleteIfExists(file);
      return;
    }
    Path tmp = file.resolveSibling(FILE + ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      w.write(state.get());
      w.newLine();
      for (var e : new TreeMap<>(hashes).entrySet()) {
        w.write(e.getKey());
        w.write('\t');
        w.write(e.getValue());
        w.newLine();
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * The committed state of the store's quad indexes: the newest data folder's name and the bytes of
   * the index state files in it; empty when the layout is not the one described above.
   */
  static Optional<String> state(Path location) {
    try {
      Path newest = null;
      try (DirectoryStream<Path> dirs = Files.newDirectoryStream(location)) {
        for (Path d : dirs) {
          String name = d.getFileName().toString();
          if (DATA_DIR.matcher(name).matches()
              && Files.isDirectory(d)
              && (newest == null || number(name) > number(newest.getFileName().toString()))) {
            newest = d;
          }
        }
      }
      if (newest == null) {
        return Optional.empty();
      }
      StringBuilder s = new StringBuilder(newest.getFileName().toString());
      for (String index : QUAD_INDEXES) {
        Path bpt = newest.resolve(index + ".bpt");
        if (!Files.isRegularFile(bpt)) {
          return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(bpt);
        if (bytes.length == 0) {
          return Optional.empty();
        }
        s.append(' ').append(index).append('=').append(HexFormat.of().formatHex(bytes));
      }
      return Optional.of(s.toString());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static long number(String dataDir) {
    return Long.parseLong(dataDir.substring(dataDir.indexOf('-') + 1));
  }
}
