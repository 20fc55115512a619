package org.w3id.kamergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.InputException;

/**
 * PDFs built to exhaust a reader: each is refused with a message naming the file and the bound,
 * before PDFBox walks or decodes what the file claims.
 */
class HostilePdfTest {
  private static final Path FILE = Path.of("vijandig.pdf");
  private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

  /** One page under {@code parent} showing {@code content}, with its font. */
  private static int page(RawPdf pdf, int parent, byte[] content, String filter) {
    int font = pdf.add(FONT);
    int stream = pdf.stream(filter, content);
    return pdf.add(
        "<< /Type /Page /Parent "
            + parent
            + " 0 R /MediaBox [0 0 612 792] /Contents "
            + stream
            + " 0 R /Resources << /Font << /F1 "
            + font
            + " 0 R >> >> >>");
  }

  private static byte[] text(String line) {
    return ("BT /F1 12 Tf 72 712 Td (" + line + ") Tj ET").getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] deflated(byte[] repeated, int times) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflate =
        new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
      for (int i = 0; i < times; i++) {
        deflate.write(repeated);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A catalogue over a single page tree node holding {@code pages} pages of {@code content}. */
  private static byte[] flatPdf(int pages, byte[] content, String filter) {
    RawPdf pdf = new RawPdf();
    int catalog = pdf.reserve();
    int tree = pdf.reserve();
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < pages; i++) {
      kids.append(page(pdf, tree, content, filter)).append(" 0 R ");
    }
    pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");
    pdf.set(tree, "<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>");
    return pdf.bytes();
  }

  @Test
  void aPlainHandWrittenPdfIsReadSoTheBuilderMakesValidFiles() {
    ReadText read = new PdfReader().read(FILE, flatPdf(2, text("Vraag 1"), ""));
    assertThat(read.text()).contains("Vraag 1");
    assertThat(read.metadata()).containsEntry("pdf.pages", "2");
  }

  @Test
  void aPageTreeNestedSixtyThousandDeepIsRefusedNotAStackOverflow() {
    RawPdf pdf = new RawPdf();
    int catalog = pdf.reserve();
    int depth = 60_000;
    int[] nodes = new int[depth];
    for (int i = 0; i < depth; i++) {
      nodes[i] = pdf.reserve();
    }
    int leaf = page(pdf, nodes[depth - 1], text("Diep"), "");
    pdf.set(catalog, "<< /Type /Catalog /Pages " + nodes[0] + " 0 R >>");
    for (int i = 0; i < depth; i++) {
      String parent = i == 0 ? "" : "/Parent " + nodes[i - 1] + " 0 R ";
      int kid = i == depth - 1 ? leaf : nodes[i + 1];
      pdf.set(nodes[i], "<< /Type /Pages " + parent + "/Kids [" + kid + " 0 R] /Count 1 >>");
    }
    byte[] bytes = pdf.bytes();
    assertThatThrownBy(() -> new PdfReader().read(FILE, bytes))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("vijandig.pdf")
        .hasMessageContaining("nested more than 64 deep");
  }

  @Test
  void aPageTreeThatContainsItselfIsRefused() {
    RawPdf pdf = new RawPdf();
    int catalog = pdf.reserve();
    int tree = pdf.reserve();
    int inner = pdf.reserve();
    pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");
    pdf.set(tree, "<< /Type /Pages /Kids [" + inner + " 0 R] /Count 1 >>");
    pdf.set(inner, "<< /Type /Pages /Parent " + tree + " 0 R /Kids [" + tree + " 0 R] /Count 1 >>");
    byte[] bytes = pdf.bytes();
    assertThatThrownBy(() -> new PdfReader().read(FILE, bytes))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("vijandig.pdf");
  }

  @Test
  void aFlateBombIsRefusedAtTheInflatedLimitWithoutHoldingIt() {
    byte[] spaces = new byte[1 << 20];
    java.util.Arrays.fill(spaces, (byte) ' ');
    // 300 MiB of spaces in about 300 KB: PDFBox would decode all of it into memory first.
    byte[] bomb = deflated(spaces, 300);
    assertThat(bomb.length).isLessThan(1 << 20);
    byte[] bytes = flatPdf(1, bomb, "/Filter /FlateDecode");
    assertThatThrownBy(() -> new PdfReader().read(FILE, bytes))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("vijandig.pdf")
        .hasMessageContaining("inflate to more than 256 MiB");
  }

  @Test
  void tooManyPagesAreRefused() {
    PdfLimits limits = new PdfLimits(5, 64, 1L << 20, 1_000, 100_000);
    byte[] bytes = flatPdf(6, text("Pagina"), "");
    assertThatThrownBy(() -> new PdfReader(limits).read(FILE, bytes))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("more than 5 pages");
    assertThat(new PdfReader(limits).read(FILE, flatPdf(5, text("Pagina"), "")).text())
        .contains("Pagina");
  }

  @Test
  void aPageOfTooManyGlyphsIsRefusedBeforeItIsSorted() {
    PdfLimits limits = new PdfLimits(5, 64, 16L << 20, 1_000, 100_000);
    byte[] crowded =
        ("BT /F1 12 Tf 72 712 Td " + "(Vragen van het lid) Tj ".repeat(100) + "ET")
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] bytes = flatPdf(1, crowded, "");
    assertThatThrownBy(() -> new PdfReader(limits).read(FILE, bytes))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("more than 1000 characters");
  }

  @Test
  void textLongerThanTheDocumentLimitIsRefused() {
    PdfLimits limits = new PdfLimits(50, 64, 16L << 20, 1_000, 200);
    byte[] bytes = flatPdf(20, text("Vragen van het lid Jansen"), "");
    assertThatThrownBy(() -> new PdfReader(limits).read(FILE, bytes))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("longer than 200 characters");
  }
}
