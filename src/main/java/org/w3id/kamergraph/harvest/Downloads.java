package org.w3id.kamergraph.harvest;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.w3id.kamergraph.model.KamergraphException;

/**
 * The output folder. A file appears under its final name only when complete: it is written to a
 * hidden {@code .{name}.part} next to it and then moved into place atomically, so a file that
 * exists is never fetched again and an interrupted run leaves at most a stale part file (which
 * {@code build} ignores, being hidden, and the next run overwrites).
 */
final class Downloads {
  private final Path folder;

  Downloads(Path folder) {
    this.folder = folder;
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new KamergraphException(folder + ": cannot create the output folder: " + e, e);
    }
  }

  /** Where the document {@code id} is saved. */
  Path document(String id) {
    return folder.resolve(id + ".xml");
  }

  /** Where the metadata of {@code id} is saved: the sidecar {@code build} reads. */
  Path metadata(String id) {
    return folder.resolve(id + ".metadata.xml");
  }

  boolean complete(Path file) {
    return Files.isRegularFile(file);
  }

  byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new KamergraphException(file + ": cannot read: " + e, e);
    }
  }

  /** Saves {@code bytes} as {@code file}, atomically where the file system allows. */
  void save(Path file, byte[] bytes) {
    Path part = file.resolveSibling("." + file.getFileName() + ".part");
    try {
      Files.write(part, bytes);
      try {
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new KamergraphException(file + ": cannot save: " + e, e);
    }
  }
}
