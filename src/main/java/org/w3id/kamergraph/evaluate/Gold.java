package org.w3id.kamergraph.evaluate;

import java.util.List;

/**
 * One hand-made gold annotation ({@code <id>.gold.json}); see {@code shared/corpus/README.md} for
 * the conventions. Absent or {@code null} lists are empty, absent dates {@code null}.
 *
 * @param id the document id: the gold file's name without {@code .gold.json}
 * @param submitted ISO date or {@code null}
 * @param answered ISO date or {@code null}
 * @param notes free text, possibly {@code null}; see {@link GoldNotes}
 */
public record Gold(
    String id,
    List<String> zaak,
    String submitted,
    String answered,
    List<Asker> askers,
    List<String> parties,
    List<String> addressees,
    List<Answerer> answerers,
    List<String> ministries,
    List<String> kamerstukken,
    List<String> programmes,
    List<String> reports,
    List<String> organisations,
    int questionCount,
    int answerCount,
    String notes) {

  public Gold {
    zaak = List.copyOf(zaak);
    askers = List.copyOf(askers);
    parties = List.copyOf(parties);
    addressees = List.copyOf(addressees);
    answerers = List.copyOf(answerers);
    ministries = List.copyOf(ministries);
    kamerstukken = List.copyOf(kamerstukken);
    programmes = List.copyOf(programmes);
    reports = List.copyOf(reports);
    organisations = List.copyOf(organisations);
  }

  /** A member who asked; {@code party} {@code null} or empty when the gold gives none. */
  public record Asker(String name, String party) {
    @Override
    public String toString() {
      return party == null || party.isEmpty() ? name : name + " (" + party + ")";
    }
  }

  /** Who answered; only answerers with a non-empty name are scored. */
  public record Answerer(String name, String office) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Answerers with a name, the ones score.py counts. */
  public List<Answerer> namedAnswerers() {
    return answerers.stream().filter(a -> a.name() != null && !a.name().isEmpty()).toList();
  }

  /** Programmes, reports and organisations together, in that order: the typeless gold set. */
  public List<String> namedAnyType() {
    return java.util.stream.Stream.of(programmes, reports, organisations)
        .flatMap(List::stream)
        .toList();
  }
}
