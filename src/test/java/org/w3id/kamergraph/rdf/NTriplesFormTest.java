package org.w3id.kamergraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.riot.out.NodeFmtLib;
import org.junit.jupiter.api.Test;

class NTriplesFormTest {
  /** Characters Jena writes as they are and ones it escapes, ASCII and not, BMP and beyond. */
  private static final String ALPHABET =
      "aZ09 -_/#:?&=.%é\u00a0\u0085\u007f\u2028\u200b\"\\<>{}|^`\t\n\r\u0001\u0000";

  private static final String EMOJI = "\ud83d\ude00";

  private static String randomText(Random r, int max) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(max);
    for (int i = 0; i < n; i++) {
      if (r.nextInt(20) == 0) {
        b.append(EMOJI);
      } else {
        b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
    }
    return b.toString();
  }

  private static String form(Node n) {
    StringBuilder b = new StringBuilder();
    NTriplesForm.append(b, n);
    return b.toString();
  }

  @Test
  void writesWhatJenaWritesForEveryKindOfNode() {
    Random r = new Random(7);
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String text = randomText(r, 12);
      nodes.add(NodeFactory.createURI("https://w3id.org/kamergraph/id/" + text));
      nodes.add(NodeFactory.createLiteralString(text));
      nodes.add(NodeFactory.createLiteralLang(text, r.nextBoolean() ? "nl" : "en-GB"));
      nodes.add(NodeFactory.createLiteralDT(text, XSDDatatype.XSDdate));
      nodes.add(
          NodeFactory.createLiteralDT(text, NodeFactory.getType("http://example.org/" + text)));
    }
    nodes.add(NodeFactory.createBlankNode("b0"));
    nodes.add(NodeFactory.createLiteralDirLang("tekst", "nl", TextDirection.LTR));
    nodes.add(NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger));
    nodes.add(NodeFactory.createLiteralString(""));
    for (Node n : nodes) {
      assertThat(form(n)).as("%s", n).isEqualTo(NodeFmtLib.strNT(n));
    }
  }

  @Test
  void writesDutchTextAndOurIrisAsTheyAre() {
    assertThat(form(NodeFactory.createLiteralLang("Vragen van het lid Ünal", "nl")))
        .isEqualTo("\"Vragen van het lid Ünal\"@nl");
    assertThat(form(NodeFactory.createURI("https://w3id.org/kamergraph/id/persoon/a-b")))
        .isEqualTo("<https://w3id.org/kamergraph/id/persoon/a-b>");
  }
}
