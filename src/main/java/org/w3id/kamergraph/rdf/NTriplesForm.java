package org.w3id.kamergraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * A node's N-Triples form, exactly as {@link NodeFmtLib#strNT} writes it, without its cost in the
 * common case. Jena writes through an indented writer one character at a time into a synchronised
 * buffer; for digests over millions of triples that was half of a build's extraction time. IRIs and
 * literals made only of characters Jena writes as they are, are written here directly; any other
 * node (a blank node, a character Jena escapes, a literal with a base direction) goes to Jena, so
 * the form never differs from Jena's.
 */
final class NTriplesForm {
  private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

  private NTriplesForm() {}

  /** Appends {@code node}'s N-Triples form to {@code out}. */
  static void append(StringBuilder out, Node node) {
    if (node.isURI() && plainIri(node.getURI())) {
      out.append('<').append(node.getURI()).append('>');
      return;
    }
    if (node.isLiteral() && plainLiteral(node)) {
      out.append('"').append(node.getLiteralLexicalForm()).append('"');
      String lang = node.getLiteralLanguage();
      if (!lang.isEmpty()) {
        out.append('@').append(lang);
      } else if (!node.getLiteralDatatypeURI().equals(XSD_STRING)) {
        out.append("^^<").append(node.getLiteralDatatypeURI()).append('>');
      }
      return;
    }
    out.append(NodeFmtLib.strNT(node));
  }

  /** The characters below U+00A0 that Jena writes in an IRI as they are. */
  private static final boolean[] IRI_ASCII = new boolean[0xa0];

  static {
    for (char c = 0x21; c < 0x7f; c++) {
      IRI_ASCII[c] = "<>\"{}|^`\\".indexOf(c) < 0;
    }
  }

  private static boolean plainIri(String iri) {
    for (int i = 0; i < iri.length(); i++) {
      char c = iri.charAt(i);
      if (c < 0xa0 && !IRI_ASCII[c]) {
        return false;
      }
    }
    return true;
  }

  private static boolean plainLiteral(Node node) {
    if (node.getLiteralBaseDirection() != null) {
      return false;
    }
    String lang = node.getLiteralLanguage();
    if (lang.isEmpty() && !plainIri(node.getLiteralDatatypeURI())) {
      return false;
    }
    String lex = node.getLiteralLexicalForm();
    for (int i = 0; i < lex.length(); i++) {
      char c = lex.charAt(i);
      if (c == '"' || c == '\\' || c < 0x20 || (c >= 0x7f && c < 0xa0)) {
        return false;
      }
    }
    return true;
  }
}
