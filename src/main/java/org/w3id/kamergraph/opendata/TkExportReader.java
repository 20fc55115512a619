package org.w3id.kamergraph.opendata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.w3id.kamergraph.model.InputException;

/**
 * Reads export files and folders ({@code .json} OData pages, {@code .xml} SyncFeed pages) into one
 * {@link TkExport}. Files are read in path order and a later record of an entity replaces an
 * earlier one; a deleted record ({@code Verwijderd}) removes it. A file that cannot be read is
 * recorded as a failure and the others go on. Stateless and thread-safe.
 */
public final class TkExportReader {
  private final ODataJsonReader json = new ODataJsonReader();
  private final SyncFeedReader xml = new SyncFeedReader();

  /** Told of each file once it is read: {@code done} of {@code total}, and whether it failed. */
  public interface FileDone {
    void read(Path file, boolean failed, int done, int total);
  }

  /** Reads every export file in {@code inputs} (files, or folders searched recursively). */
  public TkExport read(List<Path> inputs) {
    return read(inputs, (file, failed, done, total) -> {});
  }

  /** {@link #read(List)}, telling {@code progress} of each file. */
  public TkExport read(List<Path> inputs, FileDone progress) {
    List<InputException> failures = new ArrayList<>();
    Map<String, Map<String, TkRecord>> bySet = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    int deleted = 0;
    List<Path> files = files(inputs, failures);
    int done = 0;
    for (Path file : files) {
      List<TkRecord> records;
      try {
        records =
            file.toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? json.read(file)
                : xml.read(file);
      } catch (InputException e) {
        failures.add(e);
        progress.read(file, true, ++done, files.size());
        continue;
      }
      progress.read(file, false, ++done, files.size());
      for (TkRecord r : records) {
        counts.merge(r.entitySet(), 1, Integer::sum);
        Map<String, TkRecord> set = bySet.computeIfAbsent(r.entitySet(), k -> new TreeMap<>());
        if (r.deleted()) {
          deleted++;
          set.remove(r.id());
        } else {
          set.put(r.id(), r);
        }
      }
    }
    List<String> warnings = new ArrayList<>();
    for (String set : bySet.keySet()) {
      if (!List.of("Persoon", "Fractie", "FractieZetel", "FractieZetelPersoon", "Zaak")
          .contains(set)) {
        warnings.add(bySet.get(set).size() + " " + set + " records not used");
      }
    }
    return new TkExport(
        typed(bySet.get(TkEntitySets.PERSOON), Persoon::from, warnings),
        typed(bySet.get(TkEntitySets.FRACTIE), Fractie::from, warnings),
        typed(bySet.get(TkEntitySets.FRACTIE_ZETEL), FractieZetel::from, warnings),
        typed(bySet.get(TkEntitySets.FRACTIE_ZETEL_PERSOON), FractieZetelPersoon::from, warnings),
        typed(bySet.get(TkEntitySets.ZAAK), Zaak::from, warnings),
        counts,
        deleted,
        warnings,
        failures);
  }

  private static <T> Map<String, T> typed(
      Map<String, TkRecord> records, Function<TkRecord, T> from, List<String> warnings) {
    Map<String, T> out = new TreeMap<>();
    if (records == null) {
      return out;
    }
    for (TkRecord r : records.values()) {
      if (!TkIris.isGuid(r.id())) {
        warnings.add(r.where() + ": skipped, the Id is not a GUID");
        continue;
      }
      try {
        out.put(r.id(), from.apply(r));
      } catch (IllegalArgumentException e) {
        warnings.add(r.where() + ": skipped, " + e.getMessage());
      }
    }
    return out;
  }

  private static List<Path> files(List<Path> inputs, List<InputException> failures) {
    Map<String, Path> out = new LinkedHashMap<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(Files::isRegularFile)
              .filter(TkExportReader::isExport)
              .forEach(p -> out.put(p.toString(), p));
        } catch (IOException e) {
          failures.add(new InputException(input, "cannot list: " + e.getMessage(), e));
        }
      } else if (Files.isRegularFile(input)) {
        out.put(input.toString(), input);
      } else {
        failures.add(new InputException(input, "no such file or folder"));
      }
    }
    return out.values().stream().sorted().toList();
  }

  private static boolean isExport(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || n.endsWith(".xml");
  }
}
