package org.w3id.kamergraph;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.w3id.kamergraph.ingest.FileListing;
import org.w3id.kamergraph.ingest.Ingestor;

/**
 * Remembers the fingerprint of each file with its size and modification time, so a rebuild of tens
 * of thousands of unchanged files reads their attributes instead of their bytes (as git's index
 * does). A file whose size or time differs, or whose time is within {@link #RACY_NANOS} of when its
 * entry was recorded (it may have changed again within the clock's resolution), is read again. The
 * cache only ever saves work: a lost or damaged cache file means every file is read.
 *
 * <p>Thread-safe. The file is a TSV ({@code path, size, mtime ns, sidecar size, sidecar mtime ns,
 * fingerprint, recorded ns}) written next to the store and replaced atomically. A build that
 * learned or forgot a few files appends those entries to a journal beside it ({@code
 * <file>.journal}, the same columns, or {@code path, -} for a file forgotten) instead of writing
 * 60,000 entries again (a third of a second of a one-file rebuild); the journal is folded into the
 * file once it passes {@link #LONG_JOURNAL_BYTES}. A line of any other shape (a torn last line of a
 * killed build) is ignored, which again only costs reading that file.
 *
 * <p>It lives beside {@link Build}, not in {@code ingest}: it shapes no graph, so a change to it
 * must not change the extractor's fingerprint ({@link Version#extractor()}) and make every stored
 * document be extracted again.
 */
public final class FingerprintCache {
  /** Files modified this close to their entry's recording are never trusted to it. */
  static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

  /** Past this, the next save writes the whole file again and drops the journal. */
  static final long LONG_JOURNAL_BYTES = 1 << 20;

  private static final String FORGOTTEN = "-";

  /**
   * A file's attributes (and its sidecar's; -1 without one), its fingerprint, and when the entry
   * was recorded (0 while it is only learned: it gets its time when it is saved).
   */
  private record Entry(
      long size, long mtime, long sidecarSize, long sidecarMtime, String print, long recorded) {
    boolean sameAttributes(Entry o) {
      return size == o.size
          && mtime == o.mtime
          && sidecarSize == o.sidecarSize
          && sidecarMtime == o.sidecarMtime;
    }

    Entry withPrint(String p) {
      return new Entry(size, mtime, sidecarSize, sidecarMtime, p, recorded);
    }

    Entry recordedAt(long nanos) {
      return new Entry(size, mtime, sidecarSize, sidecarMtime, print, nanos);
    }

    String line(String key) {
      return String.join(
          "\t",
          key,
          Long.toString(size),
          Long.toString(mtime),
          Long.toString(sidecarSize),
          Long.toString(sidecarMtime),
          print,
          Long.toString(recorded));
    }
  }

  private final Path file;
  private final Path journal;

  /**
   * Whether the file (and journal) were read as they are: only then may a save append to the
   * journal. A cache that could not be read is written whole, or it would stay unreadable.
   */
  private boolean intact;

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Map<String, Entry> used = new ConcurrentHashMap<>();

  /** The files fingerprinted anew or remembered since the cache was read. */
  private final Set<String> learned = ConcurrentHashMap.newKeySet();

  private FingerprintCache(Path file) {
    this.file = file;
    this.journal = file.resolveSibling(file.getFileName() + ".journal");
  }

  /**
   * The cache kept in {@code file} (and its journal); empty when there is none or it is unreadable.
   */
  public static FingerprintCache load(Path file) {
    FingerprintCache cache = new FingerprintCache(file);
    try {
      long written = Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        // six columns: a cache written before entries carried their time, trusted as of the file's
        if (f.length == 6 || f.length == 7) {
          cache.entries.put(f[0], entry(f, f.length == 7 ? Long.parseLong(f[6]) : written));
        }
      }
      if (Files.isRegularFile(cache.journal)) {
        for (String line : Files.readAllLines(cache.journal, StandardCharsets.UTF_8)) {
          String[] f = line.split("\t");
          if (f.length == 7) {
            cache.entries.put(f[0], entry(f, Long.parseLong(f[6])));
          } else if (f.length == 2 && f[1].equals(FORGOTTEN)) {
            cache.entries.remove(f[0]);
          }
        }
      }
      cache.intact = true;
      return cache;
    } catch (IOException | RuntimeException e) {
      return new FingerprintCache(file);
    }
  }

  private static Entry entry(String[] f, long recorded) {
    return new Entry(
        Long.parseLong(f[1]),
        Long.parseLong(f[2]),
        Long.parseLong(f[3]),
        Long.parseLong(f[4]),
        f[5],
        recorded);
  }

  /**
   * The file's fingerprint from the cache when its attributes (and its sidecar's) are unchanged,
   * else from {@link Ingestor#fingerprint}, remembered for {@link #save()}.
   */
  public String fingerprint(Ingestor ingestor, Path doc) {
    return fingerprint(ingestor, doc, new FileListing(List.of(), Map.of(), Set.of()));
  }

  /**
   * {@link #fingerprint(Ingestor, Path)}, taking the attributes of the file and its sidecar from
   * {@code listing} where it covers them (asking the file system only about the others).
   */
  public String fingerprint(Ingestor ingestor, Path doc, FileListing listing) {
    String key = key(doc);
    Entry now = stamped(doc, listing, null);
    Entry e = entries.get(key);
    if (e != null
        && now != null
        && e.sameAttributes(now)
        && Math.max(now.mtime(), now.sidecarMtime()) < e.recorded() - RACY_NANOS) {
      used.put(key, e);
      return e.print();
    }
    String print = ingestor.fingerprint(doc);
    if (now != null) {
      used.put(key, now.withPrint(print));
      learned.add(key);
    }
    return print;
  }

  /**
   * Remembers {@code print} as the fingerprint of {@code doc} with its attributes (and its
   * sidecar's) as {@code listing} has them: for a file whose fingerprint was computed elsewhere, by
   * ingesting it. Had the file changed since it was listed, the attributes differ at the next build
   * and it is read again.
   */
  public void remember(Path doc, FileListing listing, String print) {
    Entry now = stamped(doc, listing, print);
    if (now != null) {
      String key = key(doc);
      used.put(key, now);
      learned.add(key);
    }
  }

  private static String key(Path doc) {
    return doc.toAbsolutePath().normalize().toString();
  }

  /** The attributes of the file and its sidecar (-1 when it has none); null when it is gone. */
  private static Entry stamped(Path doc, FileListing listing, String print) {
    long[] own = attributes(doc, listing);
    if (own == null) {
      return null;
    }
    Path sidecar = Ingestor.sidecarPath(doc);
    long[] side = attributes(sidecar, listing);
    return side == null
        ? new Entry(own[0], own[1], -1, -1, print, 0)
        : new Entry(own[0], own[1], side[0], side[1], print, 0);
  }

  /** Writes the entries used by this build (files no longer given are forgotten). */
  public void save() throws IOException {
    save(false);
  }

  /**
   * Writes the entries used by this build and, with {@code keepUnused}, those of the files it was
   * not given (a build of some files of a corpus must not make the next build of all of it read
   * every other file again). Writes nothing when that is what the cache already holds: no file was
   * fingerprinted anew or remembered, and none is to be forgotten. A few changes go to the journal.
   */
  public void save(boolean keepUnused) throws IOException {
    if (learned.isEmpty() && (keepUnused || used.size() == entries.size())) {
      return; // the usual unchanged rebuild: every entry used, none learned
    }
    List<String> forgotten =
        keepUnused
            ? List.of()
            : entries.keySet().stream().filter(k -> !used.containsKey(k)).sorted().toList();
    if (learned.isEmpty() && forgotten.isEmpty()) {
      // every file given was trusted to the cache as it stands: writing the same entries again
      // (8 MB at 60,000 documents) would only cost time
      return;
    }
    long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
    Map<String, Entry> fresh = new TreeMap<>();
    learned.forEach(key -> fresh.put(key, used.get(key).recordedAt(now))); // learned: in used
    StringBuilder changes = new StringBuilder();
    fresh.forEach((k, e) -> changes.append(e.line(k)).append('\n'));
    forgotten.forEach(k -> changes.append(k).append('\t').append(FORGOTTEN).append('\n'));
    if (intact && journalRoomFor(changes.length())) {
      appendToJournal(changes);
    } else {
      Map<String, Entry> out = new TreeMap<>(used);
      out.putAll(fresh);
      if (keepUnused) {
        entries.forEach(out::putIfAbsent);
      }
      writeWhole(out);
    }
    fresh.forEach(entries::put);
    forgotten.forEach(entries::remove);
    learned.clear();
  }

  private boolean journalRoomFor(long chars) throws IOException {
    long size = Files.isRegularFile(journal) ? Files.size(journal) : 0;
    return size + chars <= LONG_JOURNAL_BYTES;
  }

  private void appendToJournal(CharSequence changes) throws IOException {
    StringBuilder out = new StringBuilder();
    if (endsMidLine(journal)) {
      // a build killed while appending left half a line: end it, so it is ignored instead of
      // running into the first entry appended now
      out.append('\n');
    }
    out.append(changes);
    Files.writeString(
        journal, out, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  private static boolean endsMidLine(Path p) throws IOException {
    if (!Files.isRegularFile(p)) {
      return false;
    }
    try (SeekableByteChannel ch = Files.newByteChannel(p)) {
      long size = ch.size();
      if (size == 0) {
        return false;
      }
      ByteBuffer last = ByteBuffer.allocate(1);
      ch.position(size - 1).read(last);
      return last.get(0) != '\n';
    }
  }

  private void writeWhole(Map<String, Entry> out) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (var e : out.entrySet()) {
        w.write(e.getValue().line(e.getKey()));
        w.newLine();
      }
    }
    // the journal goes first: a crash in between leaves the older file alone, whose entries only
    // make the next build read the files changed since
    Files.deleteIfExists(journal);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static long[] attributes(Path p, FileListing listing) {
    if (listing.covers(p)) {
      return listing.stamp(p).map(s -> new long[] {s.size(), s.mtimeNanos()}).orElse(null);
    }
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      return new long[] {a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS)};
    } catch (IOException gone) { // or unreadable: either way, nothing to trust
      return null;
    }
  }

  /** Where the cache lives. */
  public Path file() {
    return file;
  }

  /** For tests: whether an entry for the file would be trusted. */
  Optional<String> cached(Path doc) {
    return Optional.ofNullable(entries.get(key(doc))).map(Entry::print);
  }
}
