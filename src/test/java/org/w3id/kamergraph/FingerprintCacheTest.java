package org.w3id.kamergraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.ingest.FileListing;
import org.w3id.kamergraph.ingest.Ingestor;

/** The fingerprint cache trusts a file's attributes, except when they changed or are racy. */
class FingerprintCacheTest {
  @TempDir Path tmp;
  final Ingestor ingestor = new Ingestor();

  @Test
  void anUnchangedFileIsNotReadAgainAndAChangedOneIs() throws IOException {
    Path doc = write("a.txt", "Vraag 1\nEen vraag.\n", Instant.parse("2024-01-01T00:00:00Z"));
    Path other = write("b.txt", "Vraag 1\nNog een.\n", Instant.parse("2024-01-01T00:00:00Z"));
    Path file = tmp.resolve("cache.tsv");
    FingerprintCache first = FingerprintCache.load(file);
    String a = first.fingerprint(ingestor, doc);
    assertThat(a).isEqualTo(ingestor.fingerprint(doc));
    first.fingerprint(ingestor, other);
    first.save();

    // same size and time, other bytes: trusted to the cache (that is the point, as in git)
    Files.writeString(doc, "Vraag 1\nEen vrang.\n", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(doc, FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
    FingerprintCache second = FingerprintCache.load(file);
    assertThat(second.fingerprint(ingestor, doc)).isEqualTo(a);

    // a new time: read again
    Files.setLastModifiedTime(doc, FileTime.from(Instant.parse("2024-01-02T00:00:00Z")));
    assertThat(second.fingerprint(ingestor, doc))
        .isNotEqualTo(a)
        .isEqualTo(ingestor.fingerprint(doc));
  }

  @Test
  void aCacheThatLearnedNothingIsNotWrittenAgainButOneThatForgotAFileIs() throws IOException {
    Path file = cachedBoth();
    Path a = tmp.resolve("a.txt");
    Path b = tmp.resolve("b.txt");
    FileTime written = FileTime.from(Instant.parse("2025-01-01T00:00:00Z"));
    Files.setLastModifiedTime(file, written);

    FingerprintCache same = FingerprintCache.load(file);
    same.fingerprint(ingestor, a);
    same.fingerprint(ingestor, b);
    same.save();
    assertThat(Files.getLastModifiedTime(file)).as("nothing new: not rewritten").isEqualTo(written);

    FingerprintCache fewer = FingerprintCache.load(file);
    fewer.fingerprint(ingestor, a);
    fewer.save(true);
    assertThat(Files.getLastModifiedTime(file)).as("b kept as asked").isEqualTo(written);
    fewer.save();
    assertThat(FingerprintCache.load(file).cached(b)).as("b forgotten").isEmpty();
    assertThat(FingerprintCache.load(file).cached(a)).isPresent();

    Files.setLastModifiedTime(a, FileTime.from(Instant.parse("2024-06-01T00:00:00Z")));
    Files.setLastModifiedTime(file, written);
    FingerprintCache changed = FingerprintCache.load(file);
    changed.fingerprint(ingestor, a);
    changed.save();
    assertThat(Files.getLastModifiedTime(file))
        .as("a read anew goes to the journal, the file stays as it is")
        .isEqualTo(written);
    assertThat(Files.readAllLines(journalOf(file))).anyMatch(l -> l.startsWith(a + "\t"));
  }

  @Test
  void aFewChangesAreJournalledAndReadBackOverTheFile() throws IOException {
    Path file = cachedBoth();
    Path a = tmp.resolve("a.txt");
    Path b = tmp.resolve("b.txt");
    byte[] whole = Files.readAllBytes(file);

    Instant later = Instant.parse("2024-02-01T00:00:00Z");
    write("a.txt", "Vraag 1\nEen vraag, anders.\n", later);
    FingerprintCache one = FingerprintCache.load(file);
    String changed = one.fingerprint(ingestor, a);
    one.fingerprint(ingestor, b);
    one.save();
    assertThat(Files.readAllBytes(file)).as("not written again").isEqualTo(whole);
    assertThat(Files.readAllLines(journalOf(file))).hasSize(1);

    // the journalled entry is trusted as the file's was: same size and time, other bytes
    write("a.txt", "Vraag 1\nEen vraag, andeRS.\n", later);
    assertThat(FingerprintCache.load(file).fingerprint(ingestor, a)).isEqualTo(changed);

    FingerprintCache mirror = FingerprintCache.load(file);
    mirror.fingerprint(ingestor, a);
    mirror.save(); // b is no longer given: forgotten through the journal too
    assertThat(Files.readAllBytes(file)).isEqualTo(whole);
    assertThat(Files.readAllLines(journalOf(file))).last().isEqualTo(b + "\t-");
    assertThat(FingerprintCache.load(file).cached(b)).isEmpty();
    assertThat(FingerprintCache.load(file).cached(a)).contains(changed);
  }

  @Test
  void aLongJournalIsFoldedIntoTheFileAndLinesOfOtherShapesAreIgnored() throws IOException {
    Path file = cachedBoth();
    Path a = tmp.resolve("a.txt");
    Path b = tmp.resolve("b.txt");
    String junk = "not\tan\tentry\n";
    StringBuilder longJournal = new StringBuilder();
    while (longJournal.length() <= FingerprintCache.LONG_JOURNAL_BYTES) {
      longJournal.append(junk);
    }
    Files.writeString(journalOf(file), longJournal);
    FingerprintCache loaded = FingerprintCache.load(file);
    assertThat(loaded.cached(a)).isPresent();
    assertThat(loaded.cached(b)).isPresent();

    write("a.txt", "Vraag 1\nEen vraag, anders.\n", Instant.parse("2024-02-01T00:00:00Z"));
    String changed = loaded.fingerprint(ingestor, a);
    loaded.fingerprint(ingestor, b);
    loaded.save();
    assertThat(journalOf(file)).as("folded").doesNotExist();
    assertThat(Files.readAllLines(file)).hasSize(2);
    assertThat(FingerprintCache.load(file).cached(a)).contains(changed);
  }

  @Test
  void aTornLastLineOfTheJournalIsIgnoredAndEndedBeforeTheNextEntry() throws IOException {
    Path file = cachedBoth();
    Path a = tmp.resolve("a.txt");
    Path b = tmp.resolve("b.txt");
    String whole = Files.readAllLines(file).get(0);
    // a build killed half-way through appending a's entry: the line lacks its last columns
    Files.writeString(journalOf(file), whole.substring(0, whole.lastIndexOf('\t') - 3));
    assertThat(FingerprintCache.load(file).cached(a)).isPresent();

    write("b.txt", "Vraag 1\nNog een, anders.\n", Instant.parse("2024-02-01T00:00:00Z"));
    FingerprintCache next = FingerprintCache.load(file);
    next.fingerprint(ingestor, a);
    String changed = next.fingerprint(ingestor, b);
    next.save();
    List<String> lines = Files.readAllLines(journalOf(file));
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith(b + "\t");
    assertThat(FingerprintCache.load(file).cached(b)).contains(changed);
  }

  @Test
  void anEntryKeptThroughARewriteIsTrustedOnlyAsOfWhenItWasRecorded() throws IOException {
    Path racy = write("a.txt", "Vraag 1\nEen vraag.\n", Instant.now());
    Path b = write("b.txt", "Vraag 1\nNog een.\n", Instant.parse("2024-01-01T00:00:00Z"));
    Path file = tmp.resolve("cache.tsv");
    FingerprintCache first = FingerprintCache.load(file);
    String print = first.fingerprint(ingestor, racy);
    first.save();
    // a later build of b alone, keeping a's entry, writes the whole file (its journal is full)
    Files.writeString(journalOf(file), "x\n".repeat((int) FingerprintCache.LONG_JOURNAL_BYTES));
    FingerprintCache some = FingerprintCache.load(file);
    some.fingerprint(ingestor, b);
    some.save(true);
    assertThat(journalOf(file)).doesNotExist();
    // a changed within the clock's resolution of its recording: its entry must still not be
    // trusted, though the file it sits in is newer
    assertReadAgainWhenChangedInPlace(file, racy, print);
  }

  @Test
  void aCacheWrittenWithoutEntryTimesIsTrustedAsOfItsFile() throws IOException {
    Instant old = Instant.parse("2024-01-01T00:00:00Z");
    Path a = write("a.txt", "Vraag 1\nEen vraag.\n", old);
    Path file = tmp.resolve("cache.tsv");
    FingerprintCache first = FingerprintCache.load(file);
    String print = first.fingerprint(ingestor, a);
    first.save();
    String line = Files.readAllLines(file).get(0);
    Files.writeString(file, line.substring(0, line.lastIndexOf('\t')) + "\n");
    write("a.txt", "Vraag 1\nEen vrang.\n", old); // same size and time
    assertThat(FingerprintCache.load(file).fingerprint(ingestor, a)).isEqualTo(print);
  }

  @Test
  void aCacheThatCannotBeReadIsWrittenWholeNotJournalled() throws IOException {
    Path file = cachedBoth();
    Path a = tmp.resolve("a.txt");
    Files.writeString(file, Files.readString(file).replaceFirst("\t\\d+\t", "\tten\t"));
    FingerprintCache damaged = FingerprintCache.load(file);
    assertThat(damaged.cached(a)).isEmpty();
    String print = damaged.fingerprint(ingestor, a);
    damaged.save();
    assertThat(journalOf(file)).doesNotExist();
    assertThat(FingerprintCache.load(file).cached(a)).contains(print);
  }

  private static Path journalOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".journal");
  }

  @Test
  void aFileModifiedAsTheCacheWasWrittenIsReadAgain() throws IOException {
    Path doc = write("a.txt", "Vraag 1\nEen vraag.\n", Instant.now());
    Path file = tmp.resolve("cache.tsv");
    FingerprintCache first = FingerprintCache.load(file);
    String a = first.fingerprint(ingestor, doc);
    first.save();
    // changed within the clock's resolution of the cache's writing, size and time kept
    assertReadAgainWhenChangedInPlace(file, doc, a);
  }

  /**
   * Rewrites {@code doc} (as "Vraag 1 / Een vraag.") with other bytes of the same size, its time
   * kept.
   */
  private void assertReadAgainWhenChangedInPlace(Path file, Path doc, String print)
      throws IOException {
    FileTime t = Files.getLastModifiedTime(doc);
    Files.writeString(doc, "Vraag 1\nEen vrang.\n", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(doc, t);
    assertThat(FingerprintCache.load(file).fingerprint(ingestor, doc))
        .isNotEqualTo(print)
        .isEqualTo(ingestor.fingerprint(doc));
  }

  @Test
  void aChangedSidecarCountsAndADamagedCacheMeansReadingEverything() throws IOException {
    Instant old = Instant.parse("2024-01-01T00:00:00Z");
    Path doc = write("kv-tk-2024Z00001.txt", "Vraag 1\nEen vraag.\n", old);
    Path file = tmp.resolve("cache.tsv");
    FingerprintCache first = FingerprintCache.load(file);
    String a = first.fingerprint(ingestor, doc);
    first.save();
    write("kv-tk-2024Z00001.metadata.xml", "<metadata/>", old);
    assertThat(FingerprintCache.load(file).fingerprint(ingestor, doc)).isNotEqualTo(a);

    Files.writeString(file, "garbage\twithout\tenough\tcolumns\n\u0000");
    FingerprintCache damaged = FingerprintCache.load(file);
    assertThat(damaged.cached(doc)).isEmpty();
    assertThat(damaged.fingerprint(ingestor, doc)).isEqualTo(ingestor.fingerprint(doc));
  }

  @Test
  void aBuildOfSomeFilesKeepsTheOthersOnlyWhenAskedTo() throws IOException {
    Path file = cachedBoth();
    Path a = tmp.resolve("a.txt");
    Path b = tmp.resolve("b.txt");

    FingerprintCache some = FingerprintCache.load(file);
    some.fingerprint(ingestor, a);
    some.save(true);
    assertThat(FingerprintCache.load(file).cached(b)).isPresent();

    FingerprintCache mirror = FingerprintCache.load(file);
    mirror.fingerprint(ingestor, a);
    mirror.save(false);
    assertThat(FingerprintCache.load(file).cached(b)).isEmpty();
    assertThat(FingerprintCache.load(file).cached(a)).isPresent();
  }

  @Test
  void theListingsAttributesAreUsedWhereItCoversAFile() throws IOException {
    Instant old = Instant.parse("2024-01-01T00:00:00Z");
    Path doc = write("kv-tk-2024Z00002.txt", "Vraag 1\nEen vraag.\n", old);
    Path file = tmp.resolve("cache.tsv");
    FingerprintCache first = FingerprintCache.load(file);
    String a = first.fingerprint(ingestor, doc, ingestor.list(java.util.List.of(tmp)));
    first.save();
    // the file changes after it was listed: the listing's attributes decide, as a walk read them
    FileListing listed = ingestor.list(java.util.List.of(tmp));
    Files.writeString(doc, "Vraag 1\nTwee vragen.\n", StandardCharsets.UTF_8);
    assertThat(FingerprintCache.load(file).fingerprint(ingestor, doc, listed)).isEqualTo(a);
    // a sidecar the listing saw counts
    write("kv-tk-2024Z00002.metadata.xml", "<metadata/>", old);
    Files.setLastModifiedTime(doc, FileTime.from(old));
    assertThat(
            FingerprintCache.load(file)
                .fingerprint(ingestor, doc, ingestor.list(java.util.List.of(tmp))))
        .isNotEqualTo(a);
  }

  private Path write(String name, String text, Instant time) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(p, FileTime.from(time));
    return p;
  }

  /** A cache file that remembers both documents, as a build of both leaves it. */
  private Path cachedBoth(Path a, Path b) throws IOException {
    Path file = tmp.resolve("cache.tsv");
    FingerprintCache both = FingerprintCache.load(file);
    both.fingerprint(ingestor, a);
    both.fingerprint(ingestor, b);
    both.save();
    return file;
  }

  /** Two files of long ago, a.txt and b.txt, and a cache file that remembers both. */
  private Path cachedBoth() throws IOException {
    Instant old = Instant.parse("2024-01-01T00:00:00Z");
    return cachedBoth(
        write("a.txt", "Vraag 1\nEen vraag.\n", old), write("b.txt", "Vraag 1\nNog een.\n", old));
  }
}
