package org.w3id.kamergraph.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting and syncing the folders a store keeps beside TDB2's own files. */
final class Folders {
  private Folders() {}

  /** Deletes {@code folder} and everything in it; nothing happens when it is not there. */
  static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Forces {@code folder}'s entries (files created, moved or renamed in it) to disk, so that a
   * rename that follows cannot reach the disk before them. Best effort: not every file system lets
   * a folder be opened for this, and then nothing happens.
   *
   * @return whether the folder was synced
   */
  static boolean sync(Path folder) {
    try (FileChannel c = FileChannel.open(folder, StandardOpenOption.READ)) {
      c.force(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
