package org.w3id.kamergraph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link Ingestor#list} found: the files to ingest, in order, and the size and modification
 * time of every document and sidecar file seen in the folders it walked, as the walk read them. A
 * rebuild of tens of thousands of files decides from these which files to read again, without
 * asking the file system about each file a second time.
 *
 * @param files the files to ingest, as {@link Ingestor#collect} gives them
 * @param stamps attributes of the documents and sidecars seen in walked folders (other files, such
 *     as gold annotations, are not kept), keyed by path as listed
 * @param walked the folders walked (recursively): a file absent from {@code stamps} but inside one
 *     of them did not exist when it was listed
 */
public record FileListing(List<Path> files, Map<Path, Stamp> stamps, Set<Path> walked) {
  /** A file's size in bytes and modification time in nanoseconds since the epoch. */
  public record Stamp(long size, long mtimeNanos) {}

  /**
   * The listing takes {@code stamps} and {@code walked} as given, unmodifiable but not copied (a
   * copy of 120,000 attributes costs a noticeable part of a one-file rebuild): hand over maps no
   * one changes afterwards.
   */
  public FileListing {
    files = List.copyOf(files);
    stamps = java.util.Collections.unmodifiableMap(stamps);
    walked = java.util.Collections.unmodifiableSet(walked);
  }

  /** Whether the listing saw {@code file}'s folder, so {@link #stamp} can answer for it. */
  public boolean covers(Path file) {
    Path parent = file.getParent();
    return stamps.containsKey(file) || (parent != null && walked.contains(parent));
  }

  /** The attributes of {@code file} as listed; empty when it was not there (or not covered). */
  public Optional<Stamp> stamp(Path file) {
    return Optional.ofNullable(stamps.get(file));
  }
}
