package org.w3id.kamergraph.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.w3id.kamergraph.model.InputException;

/**
 * Which document file a gold file scores: {@code <id>.gold.json} is about {@code <id>} in any
 * format kamergraph reads ({@code .txt}, {@code .md}, {@code .html}, {@code .htm}, {@code .xml},
 * {@code .pdf}), so a gold set can hold PDFs and official XML next to text. Pure functions;
 * thread-safe.
 */
public final class GoldDocuments {
  /**
   * The extensions of the input formats (README, "Inputs"). Kept here rather than taken from the
   * readers because a gold folder decides what is scored: a README.md without a gold file is not.
   */
  static final List<String> EXTENSIONS = List.of(".txt", ".md", ".html", ".htm", ".xml", ".pdf");

  private GoldDocuments() {}

  /**
   * The document id of a source file name ({@code ah-tk-20232024-1031.pdf} → {@code
   * ah-tk-20232024-1031}), or empty when the name has none of the input extensions. A {@code
   * <id>.metadata.xml} sidecar gives {@code <id>.metadata}, which no gold file names.
   */
  public static Optional<String> idOf(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (String ext : EXTENSIONS) {
      if (lower.endsWith(ext) && fileName.length() > ext.length()) {
        return Optional.of(fileName.substring(0, fileName.length() - ext.length()));
      }
    }
    return Optional.empty();
  }

  /**
   * The document files of {@code goldDir} that a gold file in it scores, by file name: every file
   * with an input extension whose id has an {@code <id>.gold.json} beside it. Two files of one id
   * are both listed; {@link Evaluator} then reports them.
   *
   * @throws InputException if the folder cannot be listed
   */
  public static List<Path> inputs(Path goldDir) {
    try (Stream<Path> files = Files.list(goldDir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              p ->
                  idOf(p.getFileName().toString())
                      .map(id -> Files.isRegularFile(goldDir.resolve(id + GoldReader.SUFFIX)))
                      .orElse(false))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new InputException(goldDir, "cannot list document files: " + e.getMessage(), e);
    }
  }
}
