package org.w3id.kamergraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.TextPosition;
import org.w3id.kamergraph.model.InputException;
import org.w3id.kamergraph.model.SourceFormat;

/**
 * Reads {@code .pdf} files with PDFBox: the text of all pages, sorted by position so two-column
 * furniture does not interleave with the body. A page set in two columns is read column by column,
 * or row by row where questions stand beside their answers ({@link ColumnReadingOrder}); a page in
 * one column comes out exactly as PDFBox sorts it. Page footers and hyphenation remain; {@link
 * TextNormaliser} deals with them.
 *
 * <p>A PDF that needs a password to open raises {@link InputException}; one that is only
 * owner-protected (opens with the empty password) is read, since its text is public. A damaged file
 * raises {@link InputException} with PDFBox's reason, and so does a file beyond {@link PdfLimits}:
 * its page tree is walked and its streams are inflated (counting, not keeping) before PDFBox
 * renders any text, so neither its stack nor its memory depend on what the file claims.
 */
public final class PdfReader implements DocumentReader {
  private final PdfLimits limits;

  /** A reader with {@link PdfLimits#defaults()}. */
  public PdfReader() {
    this(PdfLimits.defaults());
  }

  /** A reader that refuses files beyond {@code limits}. */
  public PdfReader(PdfLimits limits) {
    this.limits = limits;
  }

  @Override
  public Set<String> extensions() {
    return Set.of("pdf");
  }

  @Override
  public ReadText read(Path file, byte[] bytes) {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      checkPageTree(file, doc);
      checkInflatedSize(file, doc);
      BoundedStripper stripper = new BoundedStripper(file, limits);
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

  /**
   * Walks the page tree without recursion (PDFBox's own walk recurses, so a tree nested thousands
   * deep overflows the stack), counting pages and levels; a node reached twice is a cycle.
   */
  private void checkPageTree(Path file, PDDocument doc) {
    COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
    if (root == null) {
      throw new InputException(file, "the PDF has no page tree; it holds no text to read");
    }
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Map.Entry<COSDictionary, Integer>> todo = new ArrayDeque<>();
    todo.push(Map.entry(root, 1));
    long pages = 0;
    while (!todo.isEmpty()) {
      Map.Entry<COSDictionary, Integer> next = todo.pop();
      COSDictionary node = next.getKey();
      int depth = next.getValue();
      if (!seen.add(node)) {
        throw new InputException(file, "the PDF's page tree contains a cycle; the file is damaged");
      }
      if (depth > limits.maxTreeDepth()) {
        throw tooLarge(
            file, "its page tree is nested more than " + limits.maxTreeDepth() + " deep");
      }
      COSArray kids = node.getCOSArray(COSName.KIDS);
      if (kids == null) {
        if (++pages > limits.maxPages()) {
          throw tooLarge(file, "it has more than " + limits.maxPages() + " pages");
        }
        continue;
      }
      for (int i = 0; i < kids.size(); i++) {
        if (kids.getObject(i) instanceof COSDictionary kid) {
          todo.push(Map.entry(kid, depth + 1));
        }
      }
    }
  }

  /**
   * Inflates every stream text extraction may decode (content streams, forms, fonts; images are
   * never decoded for text) into nothing, stopping at the limit: a compressed stream's size says
   * nothing about what it holds.
   */
  private void checkInflatedSize(Path file, PDDocument doc) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    List<COSObjectKey> keys = List.copyOf(doc.getDocument().getXrefTable().keySet());
    for (COSObjectKey key : keys) {
      COSObject object = doc.getDocument().getObjectFromPool(key);
      COSBase base = object == null ? null : object.getObject();
      if (!(base instanceof COSStream stream)
          || COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
        continue;
      }
      try (InputStream in = decoded(stream)) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          total += n;
          if (total > limits.maxInflatedBytes()) {
            throw tooLarge(
                file,
                "its compressed streams inflate to more than "
                    + (limits.maxInflatedBytes() >> 20)
                    + " MiB");
          }
        }
      } catch (IOException e) {
        // A stream that does not decode is left to the text extraction, which skips what it
        // cannot read and reports what it must; it cannot have inflated past the limit.
      }
    }
  }

  /**
   * The stream's content as it decodes. PDFBox decodes a whole stream into memory before handing
   * out its first byte, which is exactly what a Flate bomb exploits; a stream compressed with Flate
   * alone (nearly all of them) is therefore inflated here as it is read. Predictors are not undone:
   * they shrink the output, so the count stays an upper bound.
   */
  private static InputStream decoded(COSStream stream) throws IOException {
    COSBase filter = stream.getFilters();
    boolean flateOnly =
        filter instanceof COSName name
            ? isFlate(name)
            : filter instanceof COSArray array
                && array.size() == 1
                && array.getObject(0) instanceof COSName only
                && isFlate(only);
    return flateOnly
        ? new InflaterInputStream(stream.createRawInputStream())
        : stream.createInputStream();
  }

  private static boolean isFlate(COSName name) {
    return COSName.FLATE_DECODE.equals(name) || COSName.FLATE_DECODE_ABBREVIATION.equals(name);
  }

  private static InputException tooLarge(Path file, String why) {
    return new InputException(
        file,
        "the PDF was not read because "
            + why
            + ", far beyond any written question; if it is a genuine document, split it");
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

  /**
   * The column-aware text stripper keeping count: sorting by position holds every glyph of a page
   * at once, so one page of millions of glyphs would take gigabytes before a single line is
   * written.
   */
  private static final class BoundedStripper extends ColumnTextStripper {
    private final Path file;
    private final PdfLimits limits;
    private int glyphsOnPage;
    private long characters;

    BoundedStripper(Path file, PdfLimits limits) {
      this.file = file;
      this.limits = limits;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
      glyphsOnPage = 0;
      super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      if (++glyphsOnPage > limits.maxGlyphsPerPage()) {
        throw tooLarge(
            file, "a page carries more than " + limits.maxGlyphsPerPage() + " characters");
      }
      characters += text.getUnicode() == null ? 0 : text.getUnicode().length();
      if (characters > limits.maxCharacters()) {
        throw tooLarge(file, "its text is longer than " + limits.maxCharacters() + " characters");
      }
      super.processTextPosition(text);
    }
  }
}
