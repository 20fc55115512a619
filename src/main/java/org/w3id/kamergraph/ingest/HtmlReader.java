package org.w3id.kamergraph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3id.kamergraph.model.SourceFormat;

/**
 * Reads {@code .html}/{@code .htm} pages with jsoup: the text of the document content with block
 * elements (paragraphs, headings, list items, table rows, {@code br}) as line breaks. Scripts,
 * styles and navigation are dropped. On officielebekendmakingen.nl and similar pages the element
 * holding the publication is used instead of the whole body, so menus and footers stay out.
 *
 * <p>Decoding: BOM, else a {@code meta} charset the page declares (if valid and the bytes decode in
 * it), else {@link CharsetDetector}. jsoup's parser is lenient, so any bytes give some text; this
 * reader does not throw for malformed HTML.
 */
public final class HtmlReader implements DocumentReader {
  // the meta declaration must be in the first bytes of a page (HTML spec: 1024); 4096 is generous
  private static final int PRESCAN_BYTES = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})",
          Pattern.CASE_INSENSITIVE);
  // the content element of the publication, most specific first; body when none matches
  private static final List<String> CONTENT_SELECTORS =
      List.of("#broodtekst", "div.stuk", "#main-column", "article", "main", "div#content");

  @Override
  public Set<String> extensions() {
    return Set.of("html", "htm");
  }

  @Override
  public ReadText read(Path file, byte[] bytes) {
    Charset declared = declaredCharset(bytes);
    String html = CharsetDetector.decode(bytes, declared).text();
    Document doc = Jsoup.parse(html);
    doc.select("script, style, noscript, nav, template, iframe, object, svg").remove();
    Element content = contentElement(doc);
    String text = new HtmlTextRenderer().render(content);
    return new ReadText(text, SourceFormat.HTML, metadata(doc));
  }

  /** The charset a {@code meta} element declares, or null when none or not supported here. */
  static Charset declaredCharset(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.isSupported(m.group(1)) ? Charset.forName(m.group(1)) : null;
    } catch (IllegalArgumentException e) {
      return null; // an illegal name is the page's mistake; fall back to detection
    }
  }

  private static Element contentElement(Document doc) {
    for (String selector : CONTENT_SELECTORS) {
      Element e = doc.selectFirst(selector);
      if (e != null && !e.text().isBlank()) {
        return e;
      }
    }
    return doc.body();
  }

  // facts the page states about itself: identifiers and titles in the head's meta elements
  private static Map<String, String> metadata(Document doc) {
    Map<String, String> meta = new TreeMap<>();
    for (Element e : doc.select("head meta[name][content]")) {
      String name = e.attr("name");
      if (name.startsWith("DC.") || name.startsWith("dcterms.") || name.startsWith("OVERHEID")) {
        meta.merge(name, e.attr("content"), (a, b) -> a + "|" + b);
      }
    }
    String title = doc.title();
    if (!title.isBlank()) {
      meta.put("html.title", title);
    }
    return meta;
  }
}
