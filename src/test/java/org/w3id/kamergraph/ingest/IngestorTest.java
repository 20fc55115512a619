package org.w3id.kamergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.model.InputException;
import org.w3id.kamergraph.model.SourceDocument;
import org.w3id.kamergraph.model.SourceFormat;

class IngestorTest {
  @TempDir Path dir;

  private Path write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  @Test
  void collectExpandsFoldersSortedAndSkipsGoldHiddenAndUnsupported() throws IOException {
    write("b/z.txt", "z");
    write("b/a.md", "a");
    write("a.html", "<p>a</p>");
    write("a.gold.json", "{}");
    write("notes.docx", "x");
    write(".hidden.txt", "x");
    write(".git/config.txt", "x");
    List<Path> files = new Ingestor().collect(List.of(dir));
    assertThat(files)
        .containsExactly(dir.resolve("a.html"), dir.resolve("b/a.md"), dir.resolve("b/z.txt"));
  }

  @Test
  void listStampsEveryRegularFileOnceAndFollowsLinksToFiles() throws IOException {
    Path doc = write("b/kv-1.txt", "vraag");
    Path sidecar = write("b/kv-1.metadata.xml", "<metadata/>");
    write(".git/x.txt", "x");
    Path target = write("elsewhere/y.txt", "yy");
    Path link = Files.createSymbolicLink(dir.resolve("b/link.txt"), target);
    Files.createSymbolicLink(dir.resolve("b/broken.txt"), dir.resolve("no-such-file"));
    Path inside = dir.resolve("b");

    FileListing listing = new Ingestor().list(List.of(inside));

    assertThat(listing.files()).containsExactly(doc, link);
    assertThat(listing.stamp(doc)).contains(new FileListing.Stamp(5, mtime(doc)));
    assertThat(listing.stamp(sidecar)).contains(new FileListing.Stamp(11, mtime(sidecar)));
    assertThat(listing.stamp(link)).contains(new FileListing.Stamp(2, mtime(target)));
    assertThat(listing.covers(inside.resolve("kv-2.metadata.xml"))).isTrue();
    assertThat(listing.stamp(inside.resolve("kv-2.metadata.xml"))).isEmpty();
    assertThat(listing.covers(dir.resolve(".git/x.txt"))).isFalse();
    assertThat(listing.covers(target)).isFalse();
  }

  @Test
  void listDescendsIntoFoldersNamedLikeDocumentsButNotIntoLinksToFolders(@TempDir Path elsewhere)
      throws IOException {
    Path nested = write("2024.txt/kv-3.txt", "drie"); // a folder with a document's name
    write("README.md", "what this folder holds");
    write("sub/readme.txt", "notes");
    write("sub/kv-4.gold.json", "{}");
    Path four = write("sub/kv-4.txt", "vier");
    Path other = Files.writeString(elsewhere.resolve("kv-5.txt"), "vijf");
    Files.createSymbolicLink(dir.resolve("linked"), other.getParent());
    Files.createSymbolicLink(dir.resolve("linked.txt"), other.getParent());

    FileListing listing = new Ingestor().list(List.of(dir));

    assertThat(listing.files()).containsExactly(nested, four);
    assertThat(listing.walked()).contains(dir, dir.resolve("2024.txt"), dir.resolve("sub"));
    assertThat(listing.walked()).doesNotContain(dir.resolve("linked"), dir.resolve("linked.txt"));
  }

  private static long mtime(Path p) throws IOException {
    return Files.getLastModifiedTime(p).to(java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  @Test
  void collectKeepsExplicitFilesAndDropsDuplicates() throws IOException {
    Path txt = write("x.txt", "x");
    assertThat(new Ingestor().collect(List.of(txt, dir))).containsExactly(txt);
  }

  @Test
  void missingInputIsAnInputException() {
    Path missing = dir.resolve("nergens");
    assertThatThrownBy(() -> new Ingestor().collect(List.of(missing)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("nergens")
        .hasMessageContaining("no such file");
  }

  @Test
  void ingestReadsHashesAndNormalises() throws IOException {
    Path file = write("sub/ah-tk-20232024-1031.txt", "het onderne-mingsklimaat\r\nworden12.");
    SourceDocument doc = new Ingestor().ingest(file);
    assertThat(doc.id()).isEqualTo("ah-tk-20232024-1031");
    assertThat(doc.fileName()).isEqualTo("ah-tk-20232024-1031.txt");
    assertThat(doc.format()).isEqualTo(SourceFormat.TEXT);
    assertThat(doc.text()).isEqualTo("het onderne-mingsklimaat\r\nworden12.");
    assertThat(doc.normalised().text()).isEqualTo("het ondernemingsklimaat\nworden 12.");
    // sha256 of the bytes, computed independently
    assertThat(doc.contentHash())
        .hasSize(64)
        .isEqualTo(java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(file))));
    OffsetMapAssert.assertExact(doc.text(), doc.normalised());
  }

  @Test
  void ingestPicksTheReaderByExtension() throws IOException {
    Path file = write("p.HTML", "<html><body><p>Vraag 1</p></body></html>");
    SourceDocument doc = new Ingestor().ingest(file);
    assertThat(doc.format()).isEqualTo(SourceFormat.HTML);
    assertThat(doc.id()).isEqualTo("p");
    assertThat(doc.text()).isEqualTo("Vraag 1\n");
  }

  @Test
  void tooLargeFileSaysTheLimitAndHowToRaiseIt() throws IOException {
    Path file = write("groot.txt", "x".repeat(101));
    assertThatThrownBy(() -> new Ingestor(100).ingest(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("groot.txt")
        .hasMessageContaining("100 bytes")
        .hasMessageContaining("raise the limit");
    assertThat(new Ingestor(101).ingest(file).text()).hasSize(101);
  }

  @Test
  void unknownExtensionListsTheSupportedOnes() throws IOException {
    Path file = write("brief.docx", "x");
    assertThatThrownBy(() -> new Ingestor().ingest(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("brief.docx")
        .hasMessageContaining("htm, html, markdown, md, pdf, txt, xml");
  }

  @Test
  void missingFileIsAnInputException() {
    assertThatThrownBy(() -> new Ingestor().ingest(dir.resolve("weg.txt")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("weg.txt");
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
