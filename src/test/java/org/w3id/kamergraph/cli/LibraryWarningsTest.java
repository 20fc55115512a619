package org.w3id.kamergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A damaged PDF makes the PDF library log line after line, none naming the file: without {@code
 * --verbose} the user gets one line per file with the count and the first, and no library line
 * reaches the log; with it, every line, each naming the file.
 */
class LibraryWarningsTest {
  @TempDir Path tmp;
  final ListAppender<ILoggingEvent> log = new ListAppender<>();
  final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

  @BeforeEach
  void listen() {
    log.start();
    root.addAppender(log);
  }

  @AfterEach
  void stop() {
    root.detachAppender(log);
    LibraryWarnings.installed().passThrough(false);
  }

  /** Two pages whose streams state wrong lengths and a font the machine does not have. */
  private Path damagedPdf() throws IOException {
    String content = "BT /F1 12 Tf 72 712 Td (Vragen van het lid Jansen) Tj ET";
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
          + " /Resources << /Font << /F1 6 0 R >> >> >>",
      "<< /Length " + (content.length() + 40) + " >>\nstream\n" + content + "\nendstream",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 7 0 R"
          + " /Resources << /Font << /F1 6 0 R >> >> >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      "<< /Length 99 >>\nstream\nBT (x) Tj ET\nendstream"
    };
    StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
    StringBuilder xref = new StringBuilder();
    for (int i = 0; i < objects.length; i++) {
      xref.append(String.format("%010d 00000 n \n", pdf.length()));
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int start = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    pdf.append(xref).append("trailer\n<< /Size ").append(objects.length + 1);
    pdf.append(" /Root 1 0 R >>\nstartxref\n").append(start).append("\n%%EOF\n");
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Path file = dir.resolve("ah-tk-20232024-0003.pdf");
    Files.writeString(file, pdf, StandardCharsets.ISO_8859_1);
    return file;
  }

  private long libraryLines() {
    return log.list.stream().filter(e -> e.getLoggerName().startsWith("org.apache.pdfbox")).count();
  }

  @Test
  void withoutVerboseOneLinePerFileAndNoLibraryLine() throws IOException {
    Path pdf = damagedPdf();
    CliTest.Run r =
        CliTest.run("extract", pdf.getParent().toString(), "-o", tmp.resolve("a.trig").toString());
    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(libraryLines()).isZero();
    assertThat(r.err().lines().filter(l -> l.contains("the PDF library reported")))
        .singleElement()
        .asString()
        .startsWith("kamergraph: " + pdf + ": the PDF library reported ")
        .contains("problems while reading it (first: ");
  }

  @Test
  void withVerboseEveryLibraryLineNamesTheFile() throws IOException {
    Path pdf = damagedPdf();
    CliTest.Run r =
        CliTest.run(
            "extract", "-v", pdf.getParent().toString(), "-o", tmp.resolve("b.trig").toString());
    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(libraryLines()).isPositive();
    assertThat(log.list)
        .filteredOn(e -> e.getLoggerName().startsWith("org.apache.pdfbox"))
        .allSatisfy(
            e ->
                assertThat(e.getMDCPropertyMap()).containsEntry("kamergraph.file", pdf.toString()));
    assertThat(r.err()).doesNotContain("the PDF library reported");
  }

  @Test
  void aSubstituteForAStandardFontIsNoProblemOfTheFile() {
    LibraryWarnings w = new LibraryWarnings();
    assertThat(fontWarning(w, "Using fallback font LiberationSans for Helvetica"))
        .isEqualTo(ch.qos.logback.core.spi.FilterReply.DENY);
    assertThat(w.drain()).as("not counted as a problem").isEmpty();
    assertThat(fontWarning(w, "No glyph for code 65 in font Foo"))
        .isEqualTo(ch.qos.logback.core.spi.FilterReply.DENY);
    assertThat(w.drain()).as("a problem of the file").hasSize(1);
  }

  /** What the filter decides for a warning of the PDF library's font mapper. */
  private static ch.qos.logback.core.spi.FilterReply fontWarning(
      LibraryWarnings w, String message) {
    ch.qos.logback.classic.Logger fonts =
        (ch.qos.logback.classic.Logger)
            LoggerFactory.getLogger("org.apache.pdfbox.pdmodel.font.FontMapperImpl");
    return w.decide(null, fonts, ch.qos.logback.classic.Level.WARN, message, null, null);
  }
}
