package org.w3id.kamergraph.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a seed document into a hostile one, deterministically for a given random source: byte
 * flips, cuts, repeated runs, splices from another seed, and the phrases and characters the
 * extractors and parsers key on, inserted where they do most harm. Mutations stack (one to eight
 * per input), and the result is cut to a given size.
 */
final class Mutator {

  /**
   * Tokens that open or close something: header phrases, question and answer labels, party
   * brackets, dates, Kamerstuk numbers, markup, XML constructs, PDF operators, control and
   * combining characters, and long runs of whitespace.
   */
  private static final List<String> TOKENS =
      List.of(
          "Vragen van het lid ",
          "Vragen van de leden ",
          " aan de minister van ",
          " aan de staatssecretaris van ",
          "(ingezonden 3 maart 2023)",
          "(ontvangen ",
          "Vraag 1\n",
          "Antwoord 1\n",
          "Vraag 1 en 2\n",
          "Antwoord op vraag ",
          "Mededeling\n",
          "(VVD)",
          "(GroenLinks-PvdA)",
          "Kamerstuk 36 410, nr. 12",
          "2024Z01234",
          "ah-tk-20232024-1031",
          "\n\n\n",
          " ".repeat(1_000),
          "\n".repeat(500),
          "\t\u00a0\u2009",
          "\u0301\u0308\u0327",
          "\u202e\u200b\ufeff",
          "\u001b[2J\u0000\u0007",
          "\ud83d\ude00",
          "\ud800",
          "<al>",
          "</al>",
          "<![CDATA[",
          "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
          "&e;",
          "<vraag><al>",
          "</antwoord>",
          "<meta name=\"OVERHEIDop.datumIndiening\" content=\"-0001-01-01\"/>",
          "<table><tr><td>",
          "# ",
          "**",
          "[^1]",
          "1) ",
          "<script>",
          "stream\n",
          "endobj\n",
          "/Kids [",
          "/FlateDecode",
          "BT (x) Tj ET",
          "https://zoek.officielebekendmakingen.nl/",
          "ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
          "De Minister van Volksgezondheid, Welzijn en Sport,\n",
          "\"",
          "'",
          "\\",
          "%",
          "-",
          "—");

  private final SplittableRandom random;
  private final List<byte[]> seeds;
  private final int maxBytes;

  /**
   * @param maxBytes the largest input made: big enough for super-linear work to show, small enough
   *     for many inputs
   */
  Mutator(SplittableRandom random, List<byte[]> seeds, int maxBytes) {
    this.random = random;
    this.seeds = seeds;
    this.maxBytes = maxBytes;
  }

  /** A mutated copy of {@code seed}. */
  byte[] mutate(byte[] seed) {
    byte[] data = seed;
    int steps = 1 + random.nextInt(8);
    for (int i = 0; i < steps && data.length <= maxBytes; i++) {
      data = step(data);
    }
    return data.length > maxBytes ? java.util.Arrays.copyOf(data, maxBytes) : data;
  }

  private byte[] step(byte[] data) {
    int at = data.length == 0 ? 0 : random.nextInt(data.length + 1);
    return switch (random.nextInt(9)) {
      case 0 -> flip(data);
      case 1 -> cut(data, at);
      case 2 -> insert(data, at, token());
      case 3 -> insert(data, at, token().repeat(1 + random.nextInt(2_000)));
      case 4 -> repeatRun(data, at);
      case 5 -> splice(data, at);
      case 6 -> insert(data, at, randomBytes());
      case 7 -> truncate(data, at);
      default -> insert(data, at, token() + " ".repeat(random.nextInt(3_000)) + token());
    };
  }

  private String token() {
    return TOKENS.get(random.nextInt(TOKENS.size()));
  }

  private byte[] flip(byte[] data) {
    if (data.length == 0) {
      return data;
    }
    byte[] out = data.clone();
    for (int n = 1 + random.nextInt(16); n > 0; n--) {
      out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
    }
    return out;
  }

  private byte[] cut(byte[] data, int at) {
    int length = Math.min(data.length - at, random.nextInt(256));
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
    out.write(data, 0, at);
    out.write(data, at + length, data.length - at - length);
    return out.toByteArray();
  }

  private byte[] truncate(byte[] data, int at) {
    return java.util.Arrays.copyOf(data, at);
  }

  private byte[] insert(byte[] data, int at, String text) {
    return insert(data, at, text.getBytes(StandardCharsets.UTF_8));
  }

  private byte[] insert(byte[] data, int at, byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + bytes.length);
    out.write(data, 0, at);
    out.write(bytes, 0, bytes.length);
    out.write(data, at, data.length - at);
    return out.toByteArray();
  }

  /** A run of the input repeated many times: the shape behind most super-linear work. */
  private byte[] repeatRun(byte[] data, int at) {
    int length = Math.min(data.length - at, 1 + random.nextInt(64));
    if (length <= 0) {
      return data;
    }
    int times = Math.min(1 + random.nextInt(20_000), maxBytes / length);
    ByteArrayOutputStream run = new ByteArrayOutputStream(length * times);
    for (int i = 0; i < times; i++) {
      run.write(data, at, length);
    }
    return insert(data, at, run.toByteArray());
  }

  private byte[] splice(byte[] data, int at) {
    byte[] other = seeds.get(random.nextInt(seeds.size()));
    if (other.length == 0) {
      return data;
    }
    int from = random.nextInt(other.length);
    int length = Math.min(other.length - from, random.nextInt(4_096));
    return insert(data, at, java.util.Arrays.copyOfRange(other, from, from + length));
  }

  private byte[] randomBytes() {
    byte[] bytes = new byte[1 + random.nextInt(64)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }
}
