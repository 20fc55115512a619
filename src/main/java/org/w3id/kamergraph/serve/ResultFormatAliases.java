package org.w3id.kamergraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Names for result formats that clients send in {@code output=} or {@code format=} and Fuseki does
 * not know, mapped to ones it does: SPARQLWrapper asks for a CONSTRUCT as {@code n3} (Turtle is N3)
 * or {@code rdf+xml}, and Fuseki answered 400. Values Fuseki knows pass unchanged.
 */
final class ResultFormatAliases implements Filter {
  private static final Map<String, String> ALIASES =
      Map.of("n3", "turtle", "text/n3", "turtle", "rdf+xml", "xml", "rdfxml", "xml");

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    if (!aliased(req, "output") && !aliased(req, "format")) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(new Renamed(req), response);
  }

  private static boolean aliased(HttpServletRequest req, String name) {
    String v = req.getParameter(name);
    return v != null && ALIASES.containsKey(v.toLowerCase(Locale.ROOT));
  }

  /** The request with its format parameters renamed. */
  private static final class Renamed extends HttpServletRequestWrapper {
    Renamed(HttpServletRequest req) {
      super(req);
    }

    @Override
    public String getParameter(String name) {
      String[] v = getParameterValues(name);
      return v == null || v.length == 0 ? null : v[0];
    }

    @Override
    public String[] getParameterValues(String name) {
      String[] v = super.getParameterValues(name);
      if (v == null || !(name.equals("output") || name.equals("format"))) {
        return v;
      }
      String[] out = v.clone();
      for (int i = 0; i < out.length; i++) {
        out[i] = ALIASES.getOrDefault(out[i].toLowerCase(Locale.ROOT), out[i]);
      }
      return out;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> out = new HashMap<>(super.getParameterMap());
      for (String n : new String[] {"output", "format"}) {
        if (out.containsKey(n)) {
          out.put(n, getParameterValues(n));
        }
      }
      return out;
    }
  }
}
