package org.w3id.kamergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kamergraph.model.InputException;
import org.w3id.kamergraph.model.SourceFormat;

class PdfReaderTest {
  @TempDir Path dir;

  private Path writePdf(String name, String userPassword, String... lines) throws IOException {
    Path file = dir.resolve(name);
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.setLeading(16);
        content.newLineAtOffset(72, 700);
        for (String line : lines) {
          content.showText(line);
          content.newLine();
        }
        content.endText();
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("eigenaar", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.getDocumentInformation().setTitle("Aanhangsel 1234");
      doc.save(file.toFile());
    }
    return file;
  }

  @Test
  void readsTextOfAGeneratedPdf() throws IOException {
    Path file = writePdf("a.pdf", null, "Vraag 1", "Bent u bekend met het bericht?");
    ReadText read = new PdfReader().read(file, Files.readAllBytes(file));
    assertThat(read.text()).contains("Vraag 1\nBent u bekend met het bericht?");
    assertThat(read.format()).isEqualTo(SourceFormat.PDF);
    assertThat(read.metadata())
        .containsEntry("pdf.title", "Aanhangsel 1234")
        .containsEntry("pdf.pages", "1");
  }

  @Test
  void passwordProtectedPdfIsAnInputExceptionNamingTheFile() throws IOException {
    Path file = writePdf("geheim.pdf", "wachtwoord", "Vraag 1");
    assertThatThrownBy(() -> new PdfReader().read(file, Files.readAllBytes(file)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("geheim.pdf")
        .hasMessageContaining("encrypted");
  }

  @Test
  void brokenPdfIsAnInputExceptionNamingTheFile() {
    Path file = dir.resolve("kapot.pdf");
    byte[] bytes =
        "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> new PdfReader().read(file, bytes))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("kapot.pdf")
        .hasMessageContaining("not a readable PDF");
  }
}
