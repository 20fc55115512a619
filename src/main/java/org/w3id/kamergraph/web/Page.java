package org.w3id.kamergraph.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One workbench page: the shared head (style sheet), the navigation bar and a {@code main} element
 * to fill. Built as a jsoup tree, so every text and attribute from the graph is escaped when the
 * page is written; sent with headers that keep the browser to this server alone.
 */
final class Page {
  /**
   * Scripts, styles, images and requests from this server only; no inline script, no framing. The
   * editor's and the charts' code sets inline styles, which is why styles may be inline.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
          + " data:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri"
          + " 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final String[][] NAV = {
    {"/", "Search"}, {"/sparql", "SPARQL"}, {"/network", "Network"}, {"/charts", "Charts"}
  };

  private final Document doc;
  private final Element main;

  /**
   * @param title the page title (also its first heading unless {@code heading} is false)
   * @param active the navigation entry's path this page belongs to, or null
   */
  Page(String title, String active) {
    doc = Document.createShell("");
    doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(title + " · kamergraph");
    head.appendElement("link").attr("rel", "stylesheet").attr("href", "/assets/workbench.css");
    head.appendElement("link")
        .attr("rel", "icon")
        .attr("type", "image/svg+xml")
        .attr("href", "/assets/favicon.svg");
    Element nav = doc.body().appendElement("header").addClass("bar").appendElement("nav");
    nav.appendElement("a").addClass("brand").attr("href", "/").text("kamergraph");
    for (String[] n : NAV) {
      Element a = nav.appendElement("a").attr("href", n[0]).text(n[1]);
      if (n[0].equals(active)) {
        a.addClass("active");
      }
    }
    Element form =
        nav.appendElement("form").addClass("quick").attr("action", "/search").attr("method", "get");
    form.appendElement("input")
        .attr("type", "search")
        .attr("name", "q")
        .attr("placeholder", "Search text and names")
        .attr("aria-label", "Search");
    main = doc.body().appendElement("main");
  }

  /** The page's main element, to fill. */
  Element main() {
    return main;
  }

  /** Adds a style sheet to the head. */
  Page style(String href) {
    doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", href);
    return this;
  }

  /** Adds a script (from this server) at the end of the body, run after the page is parsed. */
  Page script(String src) {
    doc.body().appendElement("script").attr("src", src).attr("defer", "");
    return this;
  }

  /**
   * Data for the page's scripts as JSON in a non-executable script element ({@code id}): scripts
   * read it with {@code JSON.parse}, so no inline code is needed.
   */
  Page data(String id, String json) {
    // "</" cannot end the element early once escaped; JSON stays valid with "<\/"
    doc.body()
        .appendElement("script")
        .attr("type", "application/json")
        .id(id)
        .appendChild(new org.jsoup.nodes.DataNode(json.replace("</", "<\\/")));
    return this;
  }

  /** Sends the page with {@code status}. */
  void send(HttpServletResponse resp, int status) throws IOException {
    resp.setStatus(status);
    headers(resp);
    resp.setContentType("text/html; charset=utf-8");
    byte[] body = ("<!doctype html>" + doc.html()).getBytes(StandardCharsets.UTF_8);
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }

  /** The headers every workbench response carries. */
  static void headers(HttpServletResponse resp) {
    resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Referrer-Policy", "same-origin");
  }

  /** A page saying what went wrong and what to do, with {@code status}. */
  static void error(HttpServletResponse resp, int status, String title, String what)
      throws IOException {
    Page p = new Page(title, null);
    p.main().appendElement("h1").text(title);
    p.main().appendElement("p").text(what);
    p.send(resp, status);
  }
}
