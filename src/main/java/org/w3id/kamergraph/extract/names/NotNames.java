package org.w3id.kamergraph.extract.names;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.w3id.kamergraph.reference.DataFiles;

/**
 * Names pattern rules must not report: news outlets cited as sources, the houses of parliament, the
 * government itself. Read from {@code not-names.txt}; immutable.
 */
public final class NotNames {
  private final Set<String> names;

  public NotNames(Set<String> names) {
    Set<String> keys = new HashSet<>();
    names.forEach(n -> keys.add(key(n)));
    this.names = Set.copyOf(keys);
  }

  public static NotNames load() {
    Set<String> names = new HashSet<>();
    DataFiles.load("not-names.txt", DataFiles::rows).forEach(row -> names.add(row[0].strip()));
    return new NotNames(names);
  }

  /** Whether {@code name} (or it without a leading article) is one that must not be reported. */
  public boolean contains(String name) {
    String k = key(name);
    return names.contains(k) || names.contains(k.replaceFirst("^(de|het|the)", ""));
  }

  private static String key(String s) {
    return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }
}
