package org.w3id.kamergraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import org.webjars.WebJarVersionLocator;

/**
 * The workbench's static files from the class path: its own under {@code /assets/} (from {@code
 * kamergraph/web/}) and the WebJars' under {@code /webjars/NAME/PATH}, the version found by the
 * WebJars locator so pages need not name it. Nothing else on the class path is reachable: a path
 * with {@code ..}, a backslash or an unknown extension answers 404.
 */
final class Assets extends HttpServlet {
  private static final Map<String, String> TYPES =
      Map.of(
          "js", "text/javascript; charset=utf-8",
          "mjs", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "woff2", "font/woff2",
          "json", "application/json");

  private final transient WebJarVersionLocator locator = new WebJarVersionLocator();

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getRequestURI();
    String resource = resource(path);
    String type = resource == null ? null : TYPES.get(extension(resource));
    InputStream in =
        type == null ? null : Assets.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such file: " + path);
      return;
    }
    try (in) {
      Page.headers(resp);
      resp.setContentType(type);
      // WebJars carry their version in the class path, ours change with the jar: a day is safe
      resp.setHeader("Cache-Control", "public, max-age=86400");
      in.transferTo(resp.getOutputStream());
    }
  }

  /** The class path resource for a request path, or null. */
  String resource(String path) {
    if (path.contains("..") || path.contains("\\") || path.contains("//")) {
      return null;
    }
    if (path.startsWith("/assets/") && path.length() > "/assets/".length()) {
      return "kamergraph/web/" + path.substring("/assets/".length());
    }
    if (path.startsWith("/webjars/")) {
      String rest = path.substring("/webjars/".length());
      int slash = rest.indexOf('/');
      if (slash <= 0) {
        return null;
      }
      String full = locator.path(rest.substring(0, slash), rest.substring(slash + 1));
      return full == null ? null : "META-INF/resources/webjars/" + full;
    }
    return null;
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
