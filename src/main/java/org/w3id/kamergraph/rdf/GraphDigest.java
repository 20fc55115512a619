package org.w3id.kamergraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;

/**
 * A digest of a graph's content ({@code kg:graphDigest}), so a build can tell a stored document
 * graph that was changed behind its back (through a write API, by another tool) from the one it
 * wrote, though both still carry the input's {@code kg:contentHash}.
 *
 * <p>The digest is the sum, modulo 2<sup>128</sup> in two halves, of the first 128 bits of SHA-256
 * of each triple's N-Triples form: independent of the order a store returns triples in, and cheap
 * to keep while triples stream by. Literals are taken in their canonical form (a store such as TDB2
 * keeps numbers and dates as values, and may hand back {@code "1"} for {@code "01"}). The triple
 * stating the digest itself is left out. Blank nodes would make it depend on labels; document
 * graphs have none, and the reference graphs label theirs the same on every run (their digests are
 * compared with those of earlier runs, never with a store's copy).
 */
public final class GraphDigest {
  private long high;
  private long low;
  private final MessageDigest sha;
  private final StringBuilder line = new StringBuilder(128);

  public GraphDigest() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The digest of {@code graph}'s triples, without any {@code kg:graphDigest} triple. */
  public static String of(Graph graph) {
    GraphDigest d = new GraphDigest();
    graph.find().forEachRemaining(d::add);
    return d.value();
  }

  /** Adds a triple (a {@code kg:graphDigest} triple is ignored). */
  public void add(Triple t) {
    if (t.getPredicate().equals(KG.graphDigest.asNode())) {
      return;
    }
    line.setLength(0);
    NTriplesForm.append(line, t.getSubject());
    line.append(' ');
    NTriplesForm.append(line, t.getPredicate());
    line.append(' ');
    NTriplesForm.append(line, canonical(t.getObject()));
    byte[] h = sha.digest(line.toString().getBytes(StandardCharsets.UTF_8));
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 8; i++) {
      hi = (hi << 8) | (h[i] & 0xff);
      lo = (lo << 8) | (h[8 + i] & 0xff);
    }
    long sum = low + lo;
    high += hi + (Long.compareUnsigned(sum, low) < 0 ? 1 : 0);
    low = sum;
  }

  /** The digest so far: 32 hexadecimal digits. */
  public String value() {
    return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
  }

  private static Node canonical(Node o) {
    return o.isLiteral() ? CanonicalizeLiteral.get().apply(o) : o;
  }
}
