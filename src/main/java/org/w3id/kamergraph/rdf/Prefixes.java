package org.w3id.kamergraph.rdf;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes kamergraph writes, so output files read like the graph contract. */
public final class Prefixes {
  private Prefixes() {}

  public static PrefixMap standard() {
    PrefixMap p = PrefixMapFactory.create();
    p.add("kg", KG.NS);
    p.add("doc", KG.ID + "document/");
    p.add("rdf", RDF.getURI());
    p.add("rdfs", RDFS.getURI());
    p.add("owl", OWL.getURI());
    p.add("xsd", XSD.getURI());
    p.add("dcterms", DCTerms.getURI());
    p.add("skos", SKOS.getURI());
    p.add("foaf", FOAF.NS);
    p.add("org", ORG.NS);
    p.add("cito", CITO.NS);
    p.add("nif", NIF.NS);
    p.add("prov", PROV.NS);
    return p;
  }
}
