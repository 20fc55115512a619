package org.w3id.kamergraph.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The network formats, by name and by file extension. */
public final class NetworkWriters {
  private static final List<NetworkWriter> ALL =
      List.of(new GraphmlWriter(), new GexfWriter(), new DotWriter(), new CsvWriter());

  private NetworkWriters() {}

  public static List<NetworkWriter> all() {
    return ALL;
  }

  /** The writer of this format name (any case). */
  public static Optional<NetworkWriter> named(String format) {
    String f = format.toLowerCase(Locale.ROOT);
    return ALL.stream().filter(w -> w.format().equals(f)).findFirst();
  }

  /** The writer a file's extension asks for. */
  public static Optional<NetworkWriter> forFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return ALL.stream().filter(w -> name.endsWith("." + w.extension())).findFirst();
  }

  /** The format names, joined for a message. */
  public static String names() {
    return String.join(", ", ALL.stream().map(NetworkWriter::format).toList());
  }
}
