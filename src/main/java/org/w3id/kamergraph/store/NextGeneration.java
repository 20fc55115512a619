package org.w3id.kamergraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.w3id.kamergraph.model.KamergraphException;

/**
 * A new data folder of a TDB2 store, written beside the live one and then put in its place, as
 * TDB2's own compaction does: a store holds its data in {@code Data-0001}, {@code Data-0002}, …,
 * the highest number is the live one, and a folder still named {@code Data-NNNN-tmp} is an
 * unfinished one that TDB2 deletes when it next opens the store. A build that rewrites most of a
 * store loads everything into the next folder with the bulk loader (as compact as a first build, in
 * about its time) instead of replacing graph after graph in place, which at 60,000 documents took
 * twice as long and left a store 2.7 times the bulk loader's size.
 *
 * <p>Until {@link #promote()} renames the folder (one atomic rename), the live data is untouched: a
 * process killed before it leaves the store as it was. Not thread-safe.
 */
final class NextGeneration {
  private final Path live;
  private final Path work;
  private final Path target;
  private final StoreConnection connection;

  private NextGeneration(Path live, Path work, Path target, StoreConnection connection) {
    this.live = live;
    this.work = work;
    this.target = target;
    this.connection = connection;
  }

  /** Creates the data folder after the live one of the store in {@code location}, empty. */
  static NextGeneration start(Path location) {
    Path live = DatabaseOps.findStorageLocation(location);
    if (live == null) {
      throw new KamergraphException(location + ": no TDB2 data folder found to write the next one");
    }
    String name = live.getFileName().toString();
    int dash = name.lastIndexOf('-');
    int number = Integer.parseInt(name.substring(dash + 1));
    String next = String.format("%s%04d", name.substring(0, dash + 1), number + 1);
    Path target = location.resolve(next);
    Path work = location.resolve(next + "-tmp");
    try {
      Folders.delete(work); // left by a process that was killed: TDB2 would delete it too
      Files.createDirectories(work);
    } catch (IOException e) {
      throw new KamergraphException(work + ": cannot prepare a new data folder: " + e.getMessage());
    }
    return new NextGeneration(
        live, work, target, StoreConnection.connectCreate(Location.create(work.toString())));
  }

  /** A bulk load into the new folder, its packed indexes left in {@link #packedDir()}. */
  PackedBulkLoad bulkLoad() {
    return new PackedBulkLoad(connection.getDatasetGraphTDB(), packedDir());
  }

  /** Where a bulk load leaves the indexes it packed, moved into the folder by {@link #promote}. */
  Path packedDir() {
    return work.resolve("kamergraph-packed");
  }

  /** The live data folder this one replaces. */
  Path live() {
    return live;
  }

  /**
   * Closes the new folder and gives it the next generation's name: from here on, opening the store
   * opens it. Call after the loader committed.
   */
  void promote() {
    StoreConnection.release(connection.getLocation());
    try {
      Path packed = packedDir();
      if (Files.isDirectory(packed)) {
        // the packed secondary indexes replace the empty ones the data phase committed
        try (var files = Files.list(packed)) {
          for (Path f : files.toList()) {
            Files.move(f, work.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
          }
        }
        Files.delete(packed);
        // the packed files were synced as they were written; their moves must be on disk before
        // the rename that makes the folder live can be
        Folders.sync(work);
      }
      Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
      Folders.sync(work.getParent());
    } catch (IOException e) {
      throw new KamergraphException(
          work + ": cannot put the new data folder in place: " + e.getMessage(), e);
    }
  }

  /** Abandons the new folder: closes and deletes it; the live data stays as it is. */
  void discard() {
    try {
      StoreConnection.release(connection.getLocation());
    } finally {
      try {
        Folders.delete(work);
      } catch (IOException e) {
        // TDB2 deletes a -tmp folder it finds when it next opens the store
      }
    }
  }
}
