package org.w3id.kamergraph.rdf;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.kamergraph.model.Span;
import org.w3id.kamergraph.resolve.Entity;
import org.w3id.kamergraph.resolve.IriMinter;
import org.w3id.kamergraph.resolve.ResolvedDocument;

/**
 * Writes one resolved document as the RDF of its named graph, in the terms of the graph contract:
 * the document, its questions and answers, footnotes, the entities it names and every mention with
 * its offsets. Deterministic: the same input gives the same graph.
 */
public final class DocumentGraphWriter {
  private static final Pattern OFFICIAL_ID = Pattern.compile("^(kv|ah)-(tk|ek)-[0-9A-Za-z-]+$");
  private static final String OB_PAGE = "https://zoek.officielebekendmakingen.nl/";
  private final String extractorVersion;
  private final EntityWriter entities = new EntityWriter();
  private final IriMinter iris = new IriMinter(KG.ID);

  /**
   * @param extractorVersion recorded with each document, and part of its content hash
   */
  public DocumentGraphWriter(String extractorVersion) {
    this.extractorVersion = extractorVersion;
  }

  public Graph write(ResolvedDocument d) {
    Model m = ModelFactory.createDefaultModel();
    CodePoints cp = new CodePoints(d.source().text());
    Resource doc = m.createResource(d.iri());
    doc.addProperty(RDF.type, KG.Document);
    doc.addProperty(
        RDF.type,
        switch (d.kind()) {
          case WRITTEN_QUESTIONS -> KG.WrittenQuestions;
          case ANSWERS -> KG.AnswerDocument;
          case POSTPONEMENT -> KG.PostponementNotice;
        });
    doc.addProperty(DCTerms.identifier, d.source().id());
    doc.addProperty(KG.sourceFile, d.source().fileName());
    doc.addProperty(KG.sourceFormat, d.source().format().name().toLowerCase().replace('_', '-'));
    doc.addProperty(KG.contentHash, contentHash(d.source().contentHash(), extractorVersion));
    doc.addProperty(KG.extractorVersion, extractorVersion);
    if (OFFICIAL_ID.matcher(d.source().id()).matches()) {
      doc.addProperty(RDFS.seeAlso, m.createResource(OB_PAGE + d.source().id() + ".html"));
    }
    if (d.title() != null) {
      doc.addProperty(DCTerms.title, d.title(), "nl");
    }
    if (d.submitted() != null) {
      doc.addProperty(DCTerms.dateSubmitted, d.submitted().toString(), XSDDatatype.XSDdate);
    }
    if (d.answered() != null) {
      doc.addProperty(KG.dateAnswered, d.answered().toString(), XSDDatatype.XSDdate);
    }
    // the text as read, so every offset below can be checked against the graph itself
    String text = d.source().text();
    Resource context = m.createResource(iris.documentText(d.iri()));
    context.addProperty(RDF.type, NIF.Context);
    context.addProperty(NIF.isString, text);
    context.addLiteral(
        NIF.beginIndex, m.createTypedLiteral("0", XSDDatatype.XSDnonNegativeInteger));
    context.addLiteral(
        NIF.endIndex,
        m.createTypedLiteral(
            String.valueOf(cp.of(text.length())), XSDDatatype.XSDnonNegativeInteger));
    doc.addProperty(KG.textContext, context);
    d.zaakNummers().forEach(z -> doc.addProperty(KG.zaakNummer, z));
    if (d.zaak() != null) {
      doc.addProperty(KG.zaak, m.createResource(d.zaak().iri()));
    }
    link(doc, KG.answerDocument, d.answerDocuments());
    link(doc, KG.askedBy, d.askedBy());
    link(doc, KG.addressedTo, d.addressedTo());
    link(doc, KG.answeredBy, d.answeredBy());
    link(doc, CITO.cites, d.cites());
    link(doc, DCTerms.references, d.references());
    d.entities().forEach(e -> entities.write(m, e));
    // Kamerstukken are cited (cito:cites), posts addressed, zaken referred to, and memberships and
    // tenures are what the document attests about a person: not "mentioned"
    Set<String> mentionable =
        d.entities().stream()
            .filter(
                e ->
                    !(e instanceof Entity.Kamerstuk
                        || e instanceof Entity.Post
                        || e instanceof Entity.Zaak
                        || e instanceof Entity.Reference
                        || e instanceof Entity.Membership
                        || e instanceof Entity.PostTenure))
            .map(Entity::iri)
            .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    mentionable.forEach(e -> doc.addProperty(KG.mentions, m.createResource(e)));
    for (var q : d.questions()) {
      Resource r = block(m, q, KG.Question, cp, d, mentionable, context);
      doc.addProperty(KG.hasQuestion, r);
      d.answers().stream()
          .filter(a -> a.number() == q.number())
          .findFirst()
          .ifPresent(a -> r.addProperty(KG.hasAnswer, m.createResource(a.iri())));
    }
    d.answers().forEach(a -> block(m, a, KG.Answer, cp, d, mentionable, context));
    for (var f : d.footnotes()) {
      doc.addProperty(KG.hasFootnote, block(m, f, KG.Footnote, cp, d, mentionable, context));
    }
    for (var mention : d.mentions()) {
      Span s = mention.span();
      Resource r = m.createResource(iris.mention(d.iri(), s, mention.entityIri()));
      r.addProperty(RDF.type, KG.Mention);
      r.addProperty(KG.inDocument, doc);
      r.addProperty(KG.refersTo, m.createResource(mention.entityIri()));
      offsets(r, s, cp, text);
      r.addProperty(NIF.referenceContext, context);
    }
    // last: the digest covers everything above
    doc.addProperty(KG.graphDigest, GraphDigest.of(m.getGraph()));
    return m.getGraph();
  }

  /**
   * The hash that decides whether a rebuild must replace a document's graph: SHA-256 over the
   * file's hash and the extractor version, so a new kamergraph version re-extracts everything.
   */
  public static String contentHash(String fileHash, String extractorVersion) {
    try {
      byte[] d =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(
                  (fileHash + "\n" + extractorVersion)
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static Resource block(
      Model m,
      ResolvedDocument.Block b,
      Resource type,
      CodePoints cp,
      ResolvedDocument d,
      Set<String> mentionable,
      Resource context) {
    Resource r = m.createResource(b.iri());
    r.addProperty(RDF.type, type);
    r.addLiteral(
        KG.number, m.createTypedLiteral(String.valueOf(b.number()), XSDDatatype.XSDinteger));
    r.addProperty(KG.text, b.text());
    r.addLiteral(
        NIF.beginIndex,
        m.createTypedLiteral(
            String.valueOf(cp.of(b.span().begin())), XSDDatatype.XSDnonNegativeInteger));
    r.addLiteral(
        NIF.endIndex,
        m.createTypedLiteral(
            String.valueOf(cp.of(b.span().end())), XSDDatatype.XSDnonNegativeInteger));
    r.addProperty(NIF.referenceContext, context);
    b.footnotes().forEach(f -> r.addProperty(KG.refersToFootnote, m.createResource(f)));
    b.links().stream()
        .filter(DocumentGraphWriter::webIri)
        .forEach(l -> r.addProperty(DCTerms.source, m.createResource(l)));
    for (var mention : d.mentions()) {
      if (mention.span().begin() >= b.span().begin()
          && mention.span().end() <= b.span().end()
          && mentionable.contains(mention.entityIri())) {
        r.addProperty(KG.mentions, m.createResource(mention.entityIri()));
      }
    }
    return r;
  }

  /** Whether Jena takes {@code s} as an absolute http(s) IRI (extraction checked it already). */
  private static boolean webIri(String s) {
    try {
      org.apache.jena.irix.IRIx iri = org.apache.jena.irix.IRIx.create(s);
      return iri.isAbsolute() && (s.startsWith("http://") || s.startsWith("https://"));
    } catch (org.apache.jena.irix.IRIException e) {
      return false;
    }
  }

  private static void offsets(Resource r, Span s, CodePoints cp, String text) {
    Model m = r.getModel();
    r.addLiteral(
        NIF.beginIndex,
        m.createTypedLiteral(String.valueOf(cp.of(s.begin())), XSDDatatype.XSDnonNegativeInteger));
    r.addLiteral(
        NIF.endIndex,
        m.createTypedLiteral(String.valueOf(cp.of(s.end())), XSDDatatype.XSDnonNegativeInteger));
    r.addProperty(NIF.anchorOf, text.substring(s.begin(), s.end()));
  }

  private static void link(Resource doc, org.apache.jena.rdf.model.Property p, List<String> iris) {
    iris.forEach(i -> doc.addProperty(p, doc.getModel().createResource(i)));
  }
}
