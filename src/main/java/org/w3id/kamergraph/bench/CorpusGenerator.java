package org.w3id.kamergraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.kamergraph.bench.SyntheticDocument.Asker;
import org.w3id.kamergraph.bench.SyntheticDocument.Kind;
import org.w3id.kamergraph.bench.SyntheticDocument.Layout;

/**
 * A deterministic synthetic corpus for the scale benchmark: the same {@code n} and {@code seed}
 * give the same files, byte for byte. Documents come in zaken spread evenly over 2010–2025: the
 * written questions ({@code kv-tk-…}, plain text or HTML) and, for most, the answer weeks later
 * ({@code ah-tk-…}, plain text, Markdown or official XML), which names its zaak only half the time
 * (so linking has to find it), sometimes preceded by a postponement notice; some questions stay
 * unanswered. Members, ministers and their posts are fictional; parties and ministries are those of
 * the document's date. Each document comes with a {@code <id>.gold.json} of what it says.
 */
public final class CorpusGenerator {
  private static final LocalDate FIRST = LocalDate.of(2010, 1, 4);
  private static final LocalDate LAST = LocalDate.of(2025, 12, 19);

  private final WordLists words = WordLists.load();
  private final DocumentWriter writer = new DocumentWriter();

  /** What a generation wrote. */
  public record Summary(int documents, int zaken, Map<SyntheticDocument.Kind, Integer> kinds) {}

  /** The documents of a corpus of {@code n} documents, in the order they are generated. */
  List<SyntheticDocument> documents(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Member> members = members(r);
    int zaken = Math.max(1, (int) Math.ceil(n / 1.9));
    long days = ChronoUnit.DAYS.between(FIRST, LAST);
    List<SyntheticDocument> out = new ArrayList<>(n + 3);
    int answerSeq = 0;
    for (int z = 0; out.size() < n; z++) {
      LocalDate submitted = FIRST.plusDays(days * Math.min(z, zaken - 1) / zaken + r.nextInt(3));
      String zaak = String.format("%dZ%05d", submitted.getYear(), 1 + z % 99_999);
      List<Asker> askers = askers(r, members, submitted);
      WordLists.Dated ministry = pick(r, WordLists.on(words.ministries(), submitted));
      boolean staatssecretaris = r.nextInt(5) == 0;
      String post = staatssecretaris ? "Staatssecretaris" : "Minister";
      String addressee = post + " van " + ministry.name();
      String answerer = post + " " + pick(r, words.surnames()) + " (" + ministry.alt() + ")";
      String subject = pick(r, words.topics());
      int count = 1 + r.nextInt(r.nextInt(4) == 0 ? 12 : 6);
      List<String> questions = new ArrayList<>();
      List<String> answers = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        questions.add(fill(r, pick(r, words.questions()), subject, submitted));
        answers.add(fill(r, pick(r, words.answers()), subject, submitted));
      }
      List<String> notes =
          r.nextInt(3) == 0
              ? List.of("NOS, " + DocumentWriter.date(submitted.minusDays(2)) + ".")
              : List.of();
      out.add(
          new SyntheticDocument(
              "kv-tk-" + zaak,
              Kind.QUESTIONS,
              r.nextInt(4) == 0 ? Layout.HTML : Layout.TEXT,
              zaak,
              true,
              submitted,
              null,
              askers,
              addressee,
              null,
              subject,
              questions,
              List.of(),
              notes));
      int fate = r.nextInt(10); // 0-1: unanswered, 2: postponed then answered, else answered
      LocalDate received = submitted.plusDays(21 + r.nextInt(50));
      if (fate == 2 && out.size() < n) {
        LocalDate notice = submitted.plusDays(20);
        out.add(
            new SyntheticDocument(
                "ah-tk-" + year(notice) + "-" + (++answerSeq),
                Kind.POSTPONEMENT,
                Layout.TEXT,
                zaak,
                false,
                submitted,
                notice,
                askers,
                addressee,
                answerer,
                subject,
                questions,
                List.of(),
                notes));
        received = received.plusDays(21);
      }
      if (fate >= 2 && out.size() < n) {
        int layout = r.nextInt(6);
        out.add(
            new SyntheticDocument(
                "ah-tk-" + year(received) + "-" + (++answerSeq),
                Kind.ANSWER,
                layout < 4 ? Layout.TEXT : layout == 4 ? Layout.MARKDOWN : Layout.XML,
                zaak,
                r.nextBoolean(),
                submitted,
                received,
                askers,
                addressee,
                answerer,
                subject,
                questions,
                answers,
                layout == 5 ? List.of() : notes));
      }
    }
    return out;
  }

  /**
   * The text of the first answer in plain-text layout that a corpus of this seed holds: a realistic
   * document for benchmarks that need one without reading files.
   */
  public String answerText(long seed) {
    for (int n = 8; ; n *= 2) {
      for (SyntheticDocument d : documents(n, seed)) {
        if (d.kind() == Kind.ANSWER && d.layout() == Layout.TEXT) {
          return writer.write(d);
        }
      }
    }
  }

  /** Writes a corpus of {@code n} documents into {@code dir} (created if needed). */
  public Summary generate(int n, long seed, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<SyntheticDocument> docs = documents(n, seed);
    Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
    java.util.Set<String> zaken = new java.util.HashSet<>();
    for (SyntheticDocument d : docs) {
      Files.writeString(
          dir.resolve(d.id() + "." + d.layout().extension),
          writer.write(d),
          StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(d.id() + ".gold.json"), gold(d).toString() + "\n");
      kinds.merge(d.kind(), 1, Integer::sum);
      zaken.add(d.zaak());
    }
    return new Summary(docs.size(), zaken.size(), kinds);
  }

  /** The gold annotation of a document, in the fields the corpus' gold files use. */
  static JsonObject gold(SyntheticDocument d) {
    JsonObject o = new JsonObject();
    o.put("id", d.id());
    o.put("source_url", "synthetic");
    o.put("partial", false);
    JsonArray zaak = new JsonArray();
    zaak.add(d.zaak());
    o.put("zaak", zaak);
    o.put("submitted", d.submitted().toString());
    if (d.received() != null) {
      o.put("answered", d.received().toString());
    }
    JsonArray askers = new JsonArray();
    for (Asker a : d.askers()) {
      JsonObject j = new JsonObject();
      j.put("name", a.name());
      j.put("party", a.party());
      askers.add(j);
    }
    o.put("askers", askers);
    JsonArray addressees = new JsonArray();
    addressees.add(d.addressee());
    o.put("addressees", addressees);
    o.put("question_count", d.questions().size());
    o.put("answer_count", d.answers().size());
    o.put("notes", "Synthetic (fictional members and ministers), " + d.kind() + ", " + d.layout());
    return o;
  }

  /** A member: a fictional surname and the party they sit for from {@code from} on. */
  private record Member(String name, List<WordLists.Dated> parties) {}

  private List<Member> members(SplittableRandom r) {
    List<Member> out = new ArrayList<>();
    for (String s : words.surnames()) {
      List<WordLists.Dated> parties = new ArrayList<>(words.parties());
      // each surname stands for a few members over the years, in different parties
      for (int k = 0; k < 4; k++) {
        out.add(new Member(s, List.of(parties.get(r.nextInt(parties.size())))));
      }
    }
    return out;
  }

  private List<Asker> askers(SplittableRandom r, List<Member> members, LocalDate d) {
    int n = r.nextInt(5) == 0 ? 2 : 1;
    List<Asker> out = new ArrayList<>();
    while (out.size() < n) {
      Member m = members.get(r.nextInt(members.size()));
      WordLists.Dated party = m.parties().get(0);
      if (!party.validOn(d) || out.stream().anyMatch(a -> a.name().equals(m.name()))) {
        continue;
      }
      out.add(new Asker(m.name(), party.name()));
    }
    return out;
  }

  private String fill(SplittableRandom r, String template, String subject, LocalDate d) {
    int dossier = 21_000 + r.nextInt(15_600);
    String kst =
        String.format("%d %03d, nr. %d", dossier / 1000, dossier % 1000, 1 + r.nextInt(1500));
    return template
        .replace("{topic}", subject)
        .replace("{year}", String.valueOf(d.getYear() - 1 - r.nextInt(4)))
        .replace("{org}", pick(r, words.organisations()))
        .replace("{kst}", kst)
        .replace("{place}", pick(r, words.places()))
        .replace("{amount}", String.valueOf(5 + r.nextInt(400)));
  }

  private static String year(LocalDate d) {
    return SyntheticDocument.vergaderjaar(d).replace("\u2013", "");
  }

  private static <T> T pick(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}
