package org.w3id.kamergraph.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3id.kamergraph.model.InputException;
import org.w3id.kamergraph.model.SourceFormat;

/**
 * Reads {@code .pdf} files with PDFBox: the text of all pages, sorted by position so two-column
 * furniture does not interleave with the body. Page footers and hyphenation remain; {@link
 * TextNormaliser} deals with them.
 *
 * <p>A PDF that needs a password to open raises {@link InputException}; one that is only
 * owner-protected (opens with the empty password) is read, since its text is public. A damaged file
 * raises {@link InputException} with PDFBox's reason.
 */
public final class PdfReader implements DocumentReader {
  @Override
  public Set<String> extensions() {
    return Set.of("pdf");
  }

  @Override
  public ReadText read(Path file, byte[] bytes) {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      stripper.setPageEnd("\n");
      return new ReadText(stripper.getText(doc), SourceFormat.PDF, metadata(doc));
    } catch (InvalidPasswordException e) {
      throw new InputException(
          file,
          "the PDF is encrypted and needs a password to open; provide an unencrypted copy",
          e);
    } catch (IOException e) {
      throw new InputException(
          file,
          "not a readable PDF (" + e.getMessage() + "); check that the download is complete",
          e);
    }
  }

  private static Map<String, String> metadata(PDDocument doc) {
    Map<String, String> meta = new TreeMap<>();
    PDDocumentInformation info = doc.getDocumentInformation();
    putIfPresent(meta, "pdf.title", info.getTitle());
    putIfPresent(meta, "pdf.subject", info.getSubject());
    putIfPresent(meta, "pdf.author", info.getAuthor());
    meta.put("pdf.pages", Integer.toString(doc.getNumberOfPages()));
    return meta;
  }

  private static void putIfPresent(Map<String, String> meta, String key, String value) {
    if (value != null && !value.isBlank()) {
      meta.put(key, value.strip());
    }
  }
}
