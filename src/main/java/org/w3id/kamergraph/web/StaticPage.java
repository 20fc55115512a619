package org.w3id.kamergraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;

/**
 * A page whose content the browser fills in from the endpoint (the editor, the network, the
 * charts): the same shell every time, with its scripts and style sheets.
 */
final class StaticPage extends HttpServlet {
  private final transient String title;
  private final transient String path;
  private final transient List<String> styles;
  private final transient List<String> scripts;
  private final transient Consumer<Element> body;

  StaticPage(
      String title,
      String path,
      List<String> styles,
      List<String> scripts,
      Consumer<Element> body) {
    this.title = title;
    this.path = path;
    this.styles = List.copyOf(styles);
    this.scripts = List.copyOf(scripts);
    this.body = body;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Page page = new Page(title, path);
    styles.forEach(page::style);
    body.accept(page.main());
    scripts.forEach(page::script);
    page.send(resp, 200);
  }
}
