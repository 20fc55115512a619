package org.w3id.kamergraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.w3id.kamergraph.model.UsageException;

/**
 * A command's {@code -o FILE}: written beside the target and moved into place when complete, so a
 * failed or interrupted command never leaves half a file; {@code null} means stdout. A folder that
 * is not there is a usage error (it is not created on a guess).
 */
final class OutputFile {
  /** What writes the output; given the stream, it need not flush or close it. */
  interface Body {
    void write(OutputStream out) throws IOException;
  }

  private OutputFile() {}

  /** Writes {@code body} to {@code target}, or to {@code stdout} when there is no target. */
  static void write(Path target, PrintStream stdout, Body body) throws IOException {
    if (target == null) {
      body.write(stdout);
      stdout.flush();
      return;
    }
    Path folder = target.toAbsolutePath().getParent();
    if (!Files.isDirectory(folder)) {
      throw new UsageException(
          target + ": the folder " + folder + " does not exist; create it or choose another path");
    }
    Path tmp = Files.createTempFile(folder, ".kamergraph-", ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        body.write(out);
      }
      Files.move(
          tmp,
          target.toAbsolutePath(),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
