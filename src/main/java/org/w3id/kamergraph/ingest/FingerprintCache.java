package org.w3id.kamergraph.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Remembers the fingerprint of each file with its size and modification time, so a rebuild of tens
 * of thousands of unchanged files reads their attributes instead of their bytes (as git's index
 * does). A file whose size or time differs, or whose time is within {@link #RACY_NANOS} of when the
 * cache was written (it may have changed again within the clock's resolution), is read again. The
 * cache only ever saves work: a lost or damaged cache file means every file is read.
 *
 * <p>Thread-safe. The file is a TSV ({@code path, size, mtime ns, sidecar size, sidecar mtime ns,
 * fingerprint}) written next to the store and replaced atomically.
 */
public final class FingerprintCache {
  /** Files modified this close to the cache's writing are never trusted to it. */
  static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

  private record Entry(long size, long mtime, long sidecarSize, long sidecarMtime, String print) {
    boolean sameAttributes(Entry o) {
      return size == o.size
          && mtime == o.mtime
          && sidecarSize == o.sidecarSize
          && sidecarMtime == o.sidecarMtime;
    }

    Entry withPrint(String p) {
      return new Entry(size, mtime, sidecarSize, sidecarMtime, p);
    }
  }

  private final Path file;
  private final long writtenAt;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Map<String, Entry> used = new ConcurrentHashMap<>();

  /** Whether a file was fingerprinted anew or remembered since the cache was read. */
  private volatile boolean learned;

  private FingerprintCache(Path file, long writtenAt) {
    this.file = file;
    this.writtenAt = writtenAt;
  }

  /** The cache kept in {@code file}; empty when there is none or it cannot be read. */
  public static FingerprintCache load(Path file) {
    try {
      long written = Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
      FingerprintCache cache = new FingerprintCache(file, written);
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        if (f.length == 6) {
          cache.entries.put(
              f[0],
              new Entry(
                  Long.parseLong(f[1]),
                  Long.parseLong(f[2]),
                  Long.parseLong(f[3]),
                  Long.parseLong(f[4]),
                  f[5]));
        }
      }
      return cache;
    } catch (IOException | RuntimeException e) {
      return new FingerprintCache(file, 0);
    }
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
        && Math.max(now.mtime(), now.sidecarMtime()) < writtenAt - RACY_NANOS) {
      used.put(key, e);
      return e.print();
    }
    String print = ingestor.fingerprint(doc);
    if (now != null) {
      used.put(key, now.withPrint(print));
      learned = true;
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
      used.put(key(doc), now);
      learned = true;
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
    Path sidecar = doc.resolveSibling(Ingestor.documentId(doc) + SidecarMetadata.SUFFIX);
    long[] side = attributes(sidecar, listing);
    return side == null
        ? new Entry(own[0], own[1], -1, -1, print)
        : new Entry(own[0], own[1], side[0], side[1], print);
  }

  /** Writes the entries used by this build (files no longer given are forgotten). */
  public void save() throws IOException {
    save(false);
  }

  /**
   * Writes the entries used by this build and, with {@code keepUnused}, those of the files it was
   * not given (a build of some files of a corpus must not make the next build of all of it read
   * every other file again). Writes nothing when that is what the file already holds: no file was
   * fingerprinted anew or remembered, and none is to be forgotten.
   */
  public void save(boolean keepUnused) throws IOException {
    if (!learned && (keepUnused || used.size() == entries.size())) {
      // every file given was trusted to the cache as it stands: writing the same entries again
      // (8 MB at 60,000 documents) would only cost time
      return;
    }
    Map<String, Entry> out = new TreeMap<>(used);
    if (keepUnused) {
      entries.forEach(out::putIfAbsent);
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (var e : out.entrySet()) {
        Entry v = e.getValue();
        w.write(
            String.join(
                "\t",
                e.getKey(),
                Long.toString(v.size()),
                Long.toString(v.mtime()),
                Long.toString(v.sidecarSize()),
                Long.toString(v.sidecarMtime()),
                v.print()));
        w.newLine();
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static long[] attributes(Path p, FileListing listing) {
    if (listing.covers(p)) {
      return listing.stamp(p).map(s -> new long[] {s.size(), s.mtimeNanos()}).orElse(null);
    }
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      return new long[] {a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS)};
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
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
