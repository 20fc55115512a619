package org.w3id.kamergraph.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.w3id.kamergraph.ingest.DocumentInputs;
import org.w3id.kamergraph.ingest.Ingestor;
import org.w3id.kamergraph.model.InputException;

/**
 * Which document file a gold file scores: {@code <id>.gold.json} is about {@code <id>} in any
 * format kamergraph reads ({@code .txt}, {@code .md}, {@code .html}, {@code .htm}, {@code .xml},
 * {@code .pdf}), so a gold set can hold PDFs and official XML next to text. Pure functions;
 * thread-safe.
 */
public final class GoldDocuments {
  private GoldDocuments() {}

  /**
   * The document id of a source file name ({@code ah-tk-20232024-1031.pdf} → {@code
   * ah-tk-20232024-1031}), as a build gives it, or empty when the name has no document format's
   * extension. A {@code <id>.metadata.xml} sidecar gives {@code <id>.metadata}, which no gold file
   * names.
   */
  public static Optional<String> idOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot <= 0
        || !DocumentInputs.extensions()
            .contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(Ingestor.documentId(fileName));
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
