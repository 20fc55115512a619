package org.w3id.kamergraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes the bytes of a text file explicitly, never with the platform default.
 *
 * <p>Order: a byte order mark names the charset (and is dropped from the text); else a charset the
 * document declares (HTML {@code meta}), if it decodes without error; else strict UTF-8; else
 * Windows-1252, which decodes every byte, so decoding never fails. Stateless and thread-safe.
 */
public final class CharsetDetector {
  /** Windows-1252: what Dutch office documents saved as "ANSI" use; a superset of Latin-1. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Decoded text and the charset that decoded it. */
  public record Decoded(String text, Charset charset) {}

  private CharsetDetector() {}

  /** Decodes {@code bytes}: BOM, else strict UTF-8, else Windows-1252. */
  public static Decoded decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /**
   * Decodes {@code bytes}, preferring {@code declared} (may be null) over guessing when the bytes
   * are valid in it. A BOM still wins: it is a stronger statement than a meta tag.
   */
  public static Decoded decode(byte[] bytes, Charset declared) {
    Optional<Decoded> bom = decodeWithBom(bytes);
    if (bom.isPresent()) {
      return bom.get();
    }
    if (declared != null) {
      Optional<String> text = strict(bytes, 0, declared);
      if (text.isPresent()) {
        return new Decoded(text.get(), declared);
      }
    }
    return strict(bytes, 0, StandardCharsets.UTF_8)
        .map(t -> new Decoded(t, StandardCharsets.UTF_8))
        .orElseGet(() -> new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252));
  }

  private static Optional<Decoded> decodeWithBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(lenient(b, 3, StandardCharsets.UTF_8));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(lenient(b, 2, StandardCharsets.UTF_16BE));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(lenient(b, 2, StandardCharsets.UTF_16LE));
    }
    return Optional.empty();
  }

  // after a BOM the charset is settled; a stray bad byte becomes U+FFFD rather than a failure
  private static Decoded lenient(byte[] bytes, int skip, Charset charset) {
    return new Decoded(new String(bytes, skip, bytes.length - skip, charset), charset);
  }

  private static Optional<String> strict(byte[] bytes, int skip, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
