package org.w3id.kamergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDetectorTest {
  private static final String DUTCH = "Café’s en ideeën: «Vraag 1»";

  @Test
  void windows1252BytesDecodeRight() {
    byte[] bytes = DUTCH.getBytes(CharsetDetector.WINDOWS_1252);
    CharsetDetector.Decoded d = CharsetDetector.decode(bytes);
    assertThat(d.text()).isEqualTo(DUTCH);
    assertThat(d.charset()).isEqualTo(CharsetDetector.WINDOWS_1252);
  }

  @Test
  void utf8WithoutBomIsStrictUtf8() {
    CharsetDetector.Decoded d = CharsetDetector.decode(DUTCH.getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo(DUTCH);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void utf8BomIsDroppedAndNamesTheCharset() {
    byte[] body = DUTCH.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(CharsetDetector.decode(bytes).text()).isEqualTo(DUTCH);
  }

  @Test
  void utf16BomIsHonoured() {
    byte[] bytes = ("\uFEFF" + DUTCH).getBytes(StandardCharsets.UTF_16LE);
    CharsetDetector.Decoded d = CharsetDetector.decode(bytes);
    assertThat(d.text()).isEqualTo(DUTCH);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
  }

  @Test
  void declaredCharsetIsUsedWhenTheBytesFitIt() {
    byte[] bytes = "Ã©".getBytes(StandardCharsets.UTF_8); // valid UTF-8, but declared Latin-1
    assertThat(CharsetDetector.decode(bytes, StandardCharsets.ISO_8859_1).text())
        .isEqualTo("Ã\u0083Â©");
  }

  @Test
  void wrongDeclarationFallsBackToDetection() {
    byte[] bytes = DUTCH.getBytes(CharsetDetector.WINDOWS_1252);
    assertThat(CharsetDetector.decode(bytes, StandardCharsets.UTF_8).text()).isEqualTo(DUTCH);
  }
}
