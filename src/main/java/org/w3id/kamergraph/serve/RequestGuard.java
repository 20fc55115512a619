package org.w3id.kamergraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.w3id.kamergraph.model.TerminalText;

/**
 * Checks every request before Fuseki sees it: its size (query string and body within the policy's
 * bound: 414 or 413 otherwise), where it comes from (a request that would change something, sent by
 * a page of another origin, is refused with 403: a cross-site form cannot write even when the
 * browser holds the user's password) and which origins' scripts may read the answers (CORS only for
 * the origins named; never with credentials).
 */
final class RequestGuard implements Filter {
  private final long maxBytes;
  private final List<String> corsOrigins;

  RequestGuard(ServerPolicy policy) {
    this.maxBytes = policy.maxRequestBytes();
    this.corsOrigins = policy.corsOrigins();
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse res = (HttpServletResponse) response;
    String query = req.getQueryString();
    if (query != null && query.length() > maxBytes) {
      refuse(res, 414, "the query string is longer than " + maxBytes + " bytes");
      return;
    }
    long length = req.getContentLengthLong();
    if (length > maxBytes) {
      refuse(res, 413, "the request body is larger than " + maxBytes + " bytes");
      return;
    }
    String method = req.getMethod().toUpperCase(Locale.ROOT);
    String origin = req.getHeader("Origin");
    boolean corsAllowed = origin != null && corsOrigins.contains(origin);
    if (origin != null && !corsAllowed && !sameOrigin(origin, req) && !safe(method)) {
      refuse(
          res,
          403,
          "requests from pages of "
              + "'"
              + TerminalText.safe(origin.length() > 200 ? origin.substring(0, 200) : origin)
              + "'"
              + " may not change or query this server (start it with --cors ORIGIN to allow"
              + " scripts of that origin to query it)");
      return;
    }
    if (corsAllowed) {
      res.setHeader("Access-Control-Allow-Origin", origin);
      res.setHeader("Vary", "Origin");
      if (method.equals("OPTIONS")) {
        res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        res.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
        res.setHeader("Access-Control-Max-Age", "600");
        res.setStatus(204);
        return;
      }
    }
    chain.doFilter(length < 0 && !safe(method) ? new Bounded(req, maxBytes) : req, response);
  }

  private static boolean safe(String method) {
    return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
  }

  private static boolean sameOrigin(String origin, HttpServletRequest req) {
    String host = req.getHeader("Host");
    try {
      URI o = URI.create(origin);
      return host != null && o.getRawAuthority() != null && o.getRawAuthority().equals(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void refuse(HttpServletResponse res, int status, String message)
      throws IOException {
    res.setStatus(status);
    res.setContentType("text/plain;charset=utf-8");
    res.getWriter().println(message);
  }

  /** A body of unstated length, cut off with an error past the bound. */
  private static final class Bounded extends HttpServletRequestWrapper {
    private final long max;
    private ServletInputStream stream;

    Bounded(HttpServletRequest req, long max) {
      super(req);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream =
            new ServletInputStream() {
              private long read;

              @Override
              public int read() throws IOException {
                int c = in.read();
                if (c >= 0 && ++read > max) {
                  throw new IOException("the request body is larger than " + max + " bytes");
                }
                return c;
              }

              @Override
              public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                if (n > 0 && (read += n) > max) {
                  throw new IOException("the request body is larger than " + max + " bytes");
                }
                return n;
              }

              @Override
              public boolean isFinished() {
                return in.isFinished();
              }

              @Override
              public boolean isReady() {
                return in.isReady();
              }

              @Override
              public void setReadListener(ReadListener l) {
                in.setReadListener(l);
              }
            };
      }
      return stream;
    }
  }
}
