package org.w3id.kamergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.SourceFormat;

class TextReadersTest {
  private static final Path FILE = Path.of("vragen.txt");

  @Test
  void plainTextIsKeptAsIs() {
    String text = "Vraag 1\r\nBent u bekend met het bericht?\n";
    ReadText read = new PlainTextReader().read(FILE, text.getBytes(StandardCharsets.UTF_8));
    assertThat(read.text()).isEqualTo(text);
    assertThat(read.format()).isEqualTo(SourceFormat.TEXT);
    assertThat(read.metadata()).isEmpty();
  }

  @Test
  void plainTextInWindows1252() {
    byte[] bytes = "geïnformeerd over café’s".getBytes(CharsetDetector.WINDOWS_1252);
    assertThat(new PlainTextReader().read(FILE, bytes).text())
        .isEqualTo("geïnformeerd over café’s");
  }

  @Test
  void markdownKeepsItsMarkupSoOffsetsAreTheFiles() {
    String md = "# 2\n\n**Vragen**\n\nbeleidsstukken<sup>1</sup> is\n";
    ReadText read = new MarkdownReader().read(Path.of("a.md"), md.getBytes(StandardCharsets.UTF_8));
    assertThat(read.text()).isEqualTo(md);
    assertThat(read.format()).isEqualTo(SourceFormat.MARKDOWN);
  }
}
