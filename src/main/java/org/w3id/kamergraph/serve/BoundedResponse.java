package org.w3id.kamergraph.serve;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.io.QuietException;

/**
 * A response that sends at most {@code max} body bytes. The write that would pass the bound sends
 * nothing, cancels the request's query and fails with {@link TooLarge}; every later write, flush or
 * close is dropped, so that an error the server writes on its way out does not reach the client
 * either. What the client sees then is decided by {@link #finish()}, once the request is handled.
 */
final class BoundedResponse extends HttpServletResponseWrapper {
  private final long max;
  private final Cancellation cancellation;
  private ServletOutputStream stream;
  private PrintWriter writer;
  private long written;
  private boolean cut;

  BoundedResponse(HttpServletResponse response, long max, Cancellation cancellation) {
    super(response);
    this.max = max;
    this.cancellation = cancellation;
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (stream == null) {
      stream = new Counting(super.getOutputStream());
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (writer == null) {
      writer =
          new PrintWriter(
              new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
    }
    return writer;
  }

  @Override
  public void flushBuffer() throws IOException {
    if (!cut) {
      super.flushBuffer();
    }
  }

  /**
   * Ends the response once the request is handled. Within the bound, nothing changes. Past it, with
   * nothing sent yet, the response becomes a 507 saying what to do; with part of the body already
   * sent, there is no way left to say it but to break the connection, which this does by throwing:
   * Jetty then closes it without ending the body (no last chunk), so that no client takes the part
   * for the whole.
   *
   * @throws TooLarge when the body was cut after the response was committed
   */
  void finish() throws IOException {
    if (!cut) {
      if (writer != null) {
        writer.flush();
      }
      return;
    }
    HttpServletResponse response = (HttpServletResponse) getResponse();
    if (response.isCommitted()) {
      throw new TooLarge(max);
    }
    response.reset();
    response.setStatus(507);
    response.setContentType("text/plain;charset=utf-8");
    response
        .getOutputStream()
        .write((TooLarge.message(max) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** The body bytes, counted and passed on until the bound. */
  private final class Counting extends ServletOutputStream {
    private final ServletOutputStream out;

    Counting(ServletOutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      if (cut) {
        return;
      }
      if (written + 1 > max) {
        write(new byte[] {(byte) b}, 0, 1); // the bound's way out, in one place
        return;
      }
      out.write(b);
      written++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (cut) {
        return;
      }
      if (written + len > max) {
        cut = true;
        cancellation.cancel(Cancellation.Reason.RESULT_LIMIT);
        throw new TooLarge(max); // stops a writer that is not driven by a query
      }
      out.write(b, off, len);
      written += len;
    }

    /**
     * Does not pass the flush on. Some result writers flush after every value (Jena's CSV writer
     * does, after every cell), and each flush that reached Jetty became a network write of a few
     * bytes: a 4,600-row CSV result took three times as long as the same rows as TSV. Jetty sends
     * its buffer whenever it fills and when the response completes, so nothing waits on a flush;
     * and a response left uncommitted longer can still turn into a clean error ({@link #finish}).
     */
    @Override
    public void flush() {
      // deliberately empty: see above
    }

    @Override
    public void close() throws IOException {
      if (!cut) {
        out.close();
      }
    }

    @Override
    public boolean isReady() {
      return out.isReady();
    }

    @Override
    public void setWriteListener(WriteListener l) {
      out.setWriteListener(l);
    }
  }

  /** A response past the bound; quiet, as Jetty need not log what {@link ResponseGuard} does. */
  static final class TooLarge extends IOException implements QuietException {
    private static final long serialVersionUID = 1L;

    TooLarge(long max) {
      super(message(max));
    }

    static String message(long max) {
      return "the result is larger than "
          + max
          + " bytes, the most this server sends to a client without credentials: narrow the query"
          + " (LIMIT, fewer variables), or ask the server's operator for credentials or a larger"
          + " --max-result-bytes";
    }
  }
}
