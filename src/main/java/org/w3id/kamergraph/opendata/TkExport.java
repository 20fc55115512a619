package org.w3id.kamergraph.opendata;

import java.util.List;
import java.util.Map;
import org.w3id.kamergraph.model.InputException;

/**
 * What a set of export files holds after deletions: the entities by GUID (sorted), how many records
 * were read per entity set, the warnings (records skipped, entity sets not used) and the files that
 * could not be read.
 */
public record TkExport(
    Map<String, Persoon> persons,
    Map<String, Fractie> fracties,
    Map<String, FractieZetel> zetels,
    Map<String, FractieZetelPersoon> zetelPersonen,
    Map<String, Zaak> zaken,
    Map<String, Integer> readPerEntitySet,
    int deleted,
    List<String> warnings,
    List<InputException> failures) {
  public TkExport {
    persons = Map.copyOf(persons);
    fracties = Map.copyOf(fracties);
    zetels = Map.copyOf(zetels);
    zetelPersonen = Map.copyOf(zetelPersonen);
    zaken = Map.copyOf(zaken);
    readPerEntitySet = Map.copyOf(readPerEntitySet);
    warnings = List.copyOf(warnings);
    failures = List.copyOf(failures);
  }
}
