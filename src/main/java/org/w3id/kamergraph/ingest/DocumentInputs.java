package org.w3id.kamergraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.kamergraph.model.InputException;

/**
 * One file per document id. A document id is a file name without its extension, so {@code x.xml}
 * and {@code x.pdf} are one document in two formats: the format that keeps the most structure wins
 * (official XML, then HTML, Markdown, plain text, PDF — PDF text is the most damaged), and the file
 * it shadows is reported. Two files of the same rank with one id ({@code a/x.txt} and {@code
 * b/x.txt}, or {@code x.htm} and {@code x.html}) cannot be told apart: both are a conflict and
 * neither is used.
 *
 * @param chosen the file for each document id, in the order the ids were first seen
 * @param shadowed each file left out for a better format of the same document, with the file used
 * @param conflicts files with an id another file of the same rank also has; their ids are not built
 */
public record DocumentInputs(
    Map<String, Path> chosen, Map<Path, Path> shadowed, List<InputException> conflicts) {

  /** The formats in order of precedence; a lower index wins. */
  private static final List<List<String>> RANKS =
      List.of(
          List.of("xml"), List.of("html", "htm"), List.of("md"), List.of("txt"), List.of("pdf"));

  /** The extensions of every document format, in order of precedence, lower case. */
  public static List<String> extensions() {
    return RANKS.stream().flatMap(List::stream).toList();
  }

  /** Groups collected files (see {@link Ingestor#collect}) by document id and picks one each. */
  public static DocumentInputs select(List<Path> files) {
    Map<String, List<Path>> byId = new LinkedHashMap<>();
    for (Path f : files) {
      byId.computeIfAbsent(Ingestor.documentId(f), k -> new ArrayList<>()).add(f);
    }
    Map<String, Path> chosen = new LinkedHashMap<>();
    Map<Path, Path> shadowed = new LinkedHashMap<>();
    List<InputException> conflicts = new ArrayList<>();
    for (var e : byId.entrySet()) {
      List<Path> group = e.getValue();
      if (group.size() == 1) { // the usual case, tens of thousands of times on a large corpus
        chosen.put(e.getKey(), group.get(0));
        continue;
      }
      int best = group.stream().mapToInt(DocumentInputs::rank).min().orElseThrow();
      List<Path> top = group.stream().filter(f -> rank(f) == best).toList();
      if (top.size() > 1) {
        for (Path f : top) {
          Path other = top.get(top.get(0).equals(f) ? 1 : 0);
          conflicts.add(
              new InputException(
                  f,
                  "the same document id ("
                      + e.getKey()
                      + ") as "
                      + other
                      + "; neither is built until one is renamed or removed"));
        }
        continue;
      }
      Path winner = top.get(0);
      chosen.put(e.getKey(), winner);
      group.stream().filter(f -> !f.equals(winner)).forEach(f -> shadowed.put(f, winner));
    }
    return new DocumentInputs(chosen, shadowed, conflicts);
  }

  /** The ids of documents in conflict: neither built nor removed from a store. */
  public List<String> conflictingIds() {
    return conflicts.stream().map(c -> Ingestor.documentId(c.file())).distinct().toList();
  }

  private static int rank(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String ext = name.substring(name.lastIndexOf('.') + 1);
    for (int i = 0; i < RANKS.size(); i++) {
      if (RANKS.get(i).contains(ext)) {
        return i;
      }
    }
    return RANKS.size();
  }
}
