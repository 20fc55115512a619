package org.w3id.kamergraph.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a PDF object by object, with its cross-reference table, so tests can build the shapes no
 * PDF library would produce (page trees thousands deep, cycles, compressed bombs). Object 1 is the
 * catalogue.
 */
final class RawPdf {
  private final List<byte[]> objects = new ArrayList<>();

  /** Adds an object and returns its number. */
  int add(String body) {
    return add(body.getBytes(StandardCharsets.ISO_8859_1));
  }

  int add(byte[] body) {
    objects.add(body);
    return objects.size();
  }

  /** A stream object with the given dictionary entries (besides /Length) and raw content. */
  int stream(String entries, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("<< /Length " + content.length + " " + entries + " >>\nstream\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(content);
    out.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
    return add(out.toByteArray());
  }

  /** Reserves a number for an object written later with {@link #set}. */
  int reserve() {
    return add(new byte[0]);
  }

  void set(int number, String body) {
    objects.set(number - 1, body.getBytes(StandardCharsets.ISO_8859_1));
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "%PDF-1.7\n");
    long[] offsets = new long[objects.size()];
    for (int i = 0; i < objects.size(); i++) {
      offsets[i] = out.size();
      write(out, (i + 1) + " 0 obj\n");
      out.writeBytes(objects.get(i));
      write(out, "\nendobj\n");
    }
    int xref = out.size();
    write(out, "xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (long offset : offsets) {
      write(out, String.format("%010d 00000 n \n", offset));
    }
    write(
        out,
        "trailer\n<< /Size "
            + (objects.size() + 1)
            + " /Root 1 0 R >>\nstartxref\n"
            + xref
            + "\n%%EOF\n");
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
