package org.w3id.kamergraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.w3id.kamergraph.store.QueryLibrary;

/**
 * {@code /library.json}: the analysts' queries of {@code queries/} with their titles (the first
 * sentence of the opening comment), the whole comment and the text, for the editor's list and the
 * charts.
 */
final class LibraryServlet extends HttpServlet {
  private final transient String json;

  LibraryServlet(QueryLibrary library) {
    JsonArray all = new JsonArray();
    for (QueryLibrary.Entry e : library.all()) {
      all.add(
          JsonValues.object(
              "name",
              e.name(),
              "title",
              e.title(),
              "comment",
              comment(e.text()),
              "query",
              e.text()));
    }
    this.json = JSON.toStringFlat(all);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Page.headers(resp);
    resp.setContentType("application/json; charset=utf-8");
    resp.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
  }

  /** The opening comment block, without its {@code #} marks. */
  static String comment(String text) {
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\n")) {
      if (!line.startsWith("#")) {
        break;
      }
      sb.append(line.replaceFirst("^# ?", "")).append('\n');
    }
    return sb.toString().trim();
  }
}
