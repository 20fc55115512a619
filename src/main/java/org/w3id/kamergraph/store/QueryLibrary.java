package org.w3id.kamergraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.w3id.kamergraph.model.InputException;
import org.w3id.kamergraph.model.KamergraphException;
import org.w3id.kamergraph.model.UsageException;

/**
 * The analysts' SPARQL queries shipped in {@code queries/} (packaged at {@code
 * kamergraph/queries/}), by name, and any query file.
 */
public final class QueryLibrary {
  private static final String BASE = "kamergraph/queries/";

  /**
   * A query with what it answers (its opening comment up to its parameters and columns), the
   * parameters and result columns that comment declares, and its text.
   */
  public record Entry(
      String name,
      String summary,
      List<QueryParameter> parameters,
      List<String> columns,
      String text) {
    public Entry {
      parameters = List.copyOf(parameters);
      columns = List.copyOf(columns);
    }

    /** The summary's first sentence: up to the first full stop or colon outside brackets. */
    public String title() {
      return QueryHeader.firstSentence(summary);
    }

    /** The declared parameter called {@code name}, if there is one. */
    public Optional<QueryParameter> parameter(String name) {
      return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
  }

  /** The query named {@code name} ({@code most-cited-kamerstukken}) or in the file {@code name}. */
  public Entry get(String name) {
    Path file = Path.of(name);
    if (name.endsWith(".rq") && Files.isRegularFile(file)) {
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return entry(name, text);
      } catch (IOException e) {
        throw new InputException(file, "cannot read the query: " + e.getMessage(), e);
      }
    }
    String bare = name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name;
    return read(bare)
        .orElseThrow(
            () ->
                new UsageException(
                    "no query named '"
                        + name
                        + "': give a .rq file or one of "
                        + names()
                        + " (kamergraph query --list)"));
  }

  /** Every shipped query, by name. */
  public List<Entry> all() {
    List<Entry> out = new ArrayList<>();
    for (String n : names()) {
      read(n).ifPresent(out::add);
    }
    return out;
  }

  /** The names of the packaged queries, listed from the class path folder or the jar. */
  private List<String> names() {
    URL url = QueryLibrary.class.getClassLoader().getResource(BASE);
    if (url == null) {
      throw new KamergraphException(
          "the query library is missing from the class path; rebuild the jar");
    }
    List<String> names = new ArrayList<>();
    try {
      if (url.getProtocol().equals("jar")) {
        JarURLConnection c = (JarURLConnection) url.openConnection();
        c.setUseCaches(false);
        try (JarFile jar = c.getJarFile()) {
          jar.stream()
              .map(JarEntry::getName)
              .filter(
                  n -> n.startsWith(BASE) && n.endsWith(".rq") && n.indexOf('/', BASE.length()) < 0)
              .forEach(n -> names.add(n.substring(BASE.length(), n.length() - 3)));
        }
      } else {
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.endsWith(".rq"))
              .forEach(n -> names.add(n.substring(0, n.length() - 3)));
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new KamergraphException("cannot list the query library: " + e.getMessage(), e);
    }
    names.sort(null);
    return names;
  }

  private Optional<Entry> read(String name) {
    if (!name.matches("[a-z0-9-]+")) {
      return Optional.empty();
    }
    return resource(BASE + name + ".rq").map(text -> entry(name, text));
  }

  private static Entry entry(String name, String text) {
    QueryHeader header = QueryHeader.read(text);
    return new Entry(name, header.summary(), header.parameters(), header.columns(), text);
  }

  private static Optional<String> resource(String path) {
    try (InputStream in = QueryLibrary.class.getClassLoader().getResourceAsStream(path)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
