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
 * FingerprintCache} (beside the build) does for input files.
 *
 * <p>A build of a few named files changes a few hashes; writing all 60,000 again would cost it more
 * than the build itself. It appends its changes to a journal beside the snapshot instead, each
 * entry naming the state it starts from and the state its commit left. The snapshot holds while the
 * entries chain from its state to the store's present one; an entry that does not follow on (a
 * write outside a build came between), or a torn last entry (a build killed while appending), ends
 * the chain, and unless that end is the present state the store is read. Writing the snapshot anew
 * removes the journal.
 */
public final class StoredHashSnapshot {
  static final String FILE = "kamergraph-stored-hashes.tsv";
  static final String JOURNAL = "kamergraph-stored-hashes.journal";

  /** A journal longer than this is folded into the snapshot by the next build that reads it. */
  static final long LONG_JOURNAL_BYTES = 1 << 20;

  // the journal's line kinds: an entry is FROM, TO, any PUT and DELETE lines, END
  private static final String FROM = "from\t";
  private static final String TO = "to\t";
  private static final String PUT = "put\t";
  private static final String DELETE = "delete\t";
  private static final String END = "end";

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
      String base = r.readLine();
      if (base == null) {
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
      String reached = base.equals(state.get()) ? base : replay(location, base, hashes);
      return reached.equals(state.get()) ? Optional.of(hashes) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Applies the journal's entries to {@code hashes} while each starts from the state the one before
   * reached (the first from {@code base}); returns the state reached.
   */
  private static String replay(Path location, String base, Map<String, String> hashes)
      throws IOException {
    Path journal = location.resolve(JOURNAL);
    if (!Files.isRegularFile(journal)) {
      return base;
    }
    String reached = base;
    try (BufferedReader r = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.equals(FROM + reached)) {
          return reached; // not this chain (or damaged): the state reached so far decides
        }
        String to = r.readLine();
        if (to == null || !to.startsWith(TO)) {
          return reached;
        }
        Map<String, String> put = new HashMap<>();
        List<String> deleted = new java.util.ArrayList<>();
        boolean ended = false;
        for (String change = r.readLine(); change != null; change = r.readLine()) {
          if (change.equals(END)) {
            ended = true;
            break;
          }
          String[] parts = change.split("\t", -1);
          if (change.startsWith(PUT) && parts.length == 3 && !parts[1].isEmpty()) {
            put.put(parts[1], parts[2]);
          } else if (change.startsWith(DELETE) && parts.length == 2 && !parts[1].isEmpty()) {
            deleted.add(parts[1]);
          } else {
            return reached; // damaged
          }
        }
        if (!ended) {
          return reached; // torn: a build killed while appending
        }
        deleted.forEach(hashes::remove);
        hashes.putAll(put);
        reached = to.substring(TO.length());
      }
    }
    return reached;
  }

  /** Whether the journal has grown long enough to be folded into the snapshot. */
  public static boolean journalIsLong(Path location) {
    try {
      Path journal = location.resolve(JOURNAL);
      return Files.isRegularFile(journal) && Files.size(journal) > LONG_JOURNAL_BYTES;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Appends to the journal what one commit changed: the store went from state {@code from} to state
   * {@code to}, the graphs in {@code changes} now have the hashes given (a null hash: the graph is
   * gone). Nothing is appended without a snapshot to follow on from.
   */
  public static void append(Path location, String from, String to, Map<String, String> changes)
      throws IOException {
    if (!Files.isRegularFile(location.resolve(FILE)) || from.equals(to)) {
      return;
    }
    StringBuilder entry = new StringBuilder();
    entry.append(FROM).append(from).append('\n').append(TO).append(to).append('\n');
    for (var e : new TreeMap<>(changes).entrySet()) {
      if (e.getKey().indexOf('\t') >= 0 || e.getKey().indexOf('\n') >= 0) {
        throw new IOException(e.getKey() + ": a graph name with a tab or a line break");
      }
      if (e.getValue() == null) {
        entry.append(DELETE).append(e.getKey()).append('\n');
      } else {
        entry.append(PUT).append(e.getKey()).append('\t').append(e.getValue()).append('\n');
      }
    }
    entry.append(END).append('\n');
    Files.writeString(
        location.resolve(JOURNAL),
        entry,
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  /**
   * Writes {@code hashes} as the snapshot of the store's present state; call it after the commit
   * that left the store holding exactly them (or, inside a write transaction, before its first
   * write). Without a readable state the old snapshot is removed.
   */
  public static void write(Path location, Map<String, String> hashes) throws IOException {
    Path file = location.resolve(FILE);
    Optional<String> state = state(location);
    // the journal goes first: a crash in between leaves the old snapshot alone, which the state
    // check then trusts or not as before
    Files.deleteIfExists(location.resolve(JOURNAL));
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
