package org.w3id.kamergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.SourceFormat;

class HtmlReaderTest {
  private static final Path FILE = Path.of("kv.html");

  private static ReadText read(String html, java.nio.charset.Charset charset) {
    return new HtmlReader().read(FILE, html.getBytes(charset));
  }

  @Test
  void blocksBecomeLinesAndScriptsGo() {
    String html =
        "<html><head><title>Kamervragen</title><style>p{}</style>"
            + "<meta name=\"DC.identifier\" content=\"kv-tk-2099Z00001\"></head><body>"
            + "<nav>Menu Home</nav><script>var x = 1;</script>"
            + "<h1>Vragen van het lid   Jansen</h1><p>Vraag 1<br>Bent u\n  bekend?</p>"
            + "<ul><li>een</li><li>twee</li></ul><table><tr><td>a</td><td>b</td></tr></table></body></html>";
    ReadText read = read(html, StandardCharsets.UTF_8);
    assertThat(read.text())
        .isEqualTo("Vragen van het lid Jansen\n\nVraag 1\nBent u bekend?\n\neen\ntwee\na b\n");
    assertThat(read.format()).isEqualTo(SourceFormat.HTML);
    assertThat(read.metadata())
        .containsEntry("DC.identifier", "kv-tk-2099Z00001")
        .containsEntry("html.title", "Kamervragen");
  }

  @Test
  void officialPageKeepsOnlyTheDocumentContent() {
    String html =
        "<html><body><header>Officiële bekendmakingen</header>"
            + "<div id=\"broodtekst\"><p>Vragen van het lid De Wit (SP).</p></div>"
            + "<footer>Over deze site</footer></body></html>";
    assertThat(read(html, StandardCharsets.UTF_8).text())
        .isEqualTo("Vragen van het lid De Wit (SP).\n");
  }

  @Test
  void metaCharsetIsHonoured() {
    String html =
        "<html><head><meta charset=\"windows-1252\"></head><body><p>café’s</p></body></html>";
    assertThat(read(html, CharsetDetector.WINDOWS_1252).text()).isEqualTo("café’s\n");
    String latin1 =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html;"
            + " charset=ISO-8859-1\"></head><body><p>ideeën</p></body></html>";
    assertThat(read(latin1, StandardCharsets.ISO_8859_1).text()).isEqualTo("ideeën\n");
  }

  @Test
  void unknownMetaCharsetFallsBackToDetection() {
    String html = "<meta charset=\"no-such-charset\"><p>geïnformeerd</p>";
    assertThat(read(html, StandardCharsets.UTF_8).text()).isEqualTo("geïnformeerd\n");
  }
}
