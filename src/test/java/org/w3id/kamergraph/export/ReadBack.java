package org.w3id.kamergraph.export;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Reads an exported network back without JGraphT: GraphML and GEXF validated against their XML
 * Schemas (the copies the JGraphT jar carries) and read with the JDK's DOM; DOT with a small parser
 * of its node and edge statements; CSV with Commons CSV.
 *
 * @param nodes node ids (for CSV: the edges' endpoints, as an edge table has no isolated nodes)
 * @param weights edge → weight; an edge is [source, target], in IRI order when undirected
 * @param values node id → attribute name → value as written
 */
record ReadBack(
    Set<String> nodes, Map<List<String>, Double> weights, Map<String, Map<String, String>> values) {

  static ReadBack read(String format, String text, boolean directed) throws Exception {
    return switch (format) {
      case "graphml" -> graphml(text, directed);
      case "gexf" -> gexf(text, directed);
      case "dot" -> dot(text, directed);
      case "csv" -> csv(text, directed);
      default -> throw new IllegalArgumentException(format);
    };
  }

  /** Validates {@code xml} against the schema at {@code xsd} (a classpath resource). */
  static void validate(String xml, String xsd) throws Exception {
    URL schema = ReadBack.class.getResource(xsd);
    if (schema == null) {
      throw new AssertionError(xsd + " is not on the classpath");
    }
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.newSchema(schema).newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  private static Document dom(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static ReadBack graphml(String xml, boolean directed) throws Exception {
    validate(xml, "/graphml.xsd");
    String ns = "http://graphml.graphdrawing.org/xmlns";
    Document d = dom(xml);
    Map<String, String> keyNames = new HashMap<>();
    Map<String, String> defaults = new HashMap<>(); // attr.name → <default>, for absent <data>
    NodeList keys = d.getElementsByTagNameNS(ns, "key");
    for (int i = 0; i < keys.getLength(); i++) {
      Element k = (Element) keys.item(i);
      keyNames.put(k.getAttribute("id"), k.getAttribute("attr.name"));
      NodeList def = k.getElementsByTagNameNS(ns, "default");
      if (def.getLength() > 0) {
        defaults.put(k.getAttribute("attr.name"), def.item(0).getTextContent());
      }
    }
    Element graph = (Element) d.getElementsByTagNameNS(ns, "graph").item(0);
    if (!graph.getAttribute("edgedefault").equals(directed ? "directed" : "undirected")) {
      throw new AssertionError("edgedefault " + graph.getAttribute("edgedefault"));
    }
    // a GraphML id is an XML name token, not an IRI: the node's "iri" data holds the IRI
    Set<String> nodes = new TreeSet<>();
    Map<String, String> iris = new HashMap<>();
    Map<String, Map<String, String>> values = new HashMap<>();
    NodeList ns1 = d.getElementsByTagNameNS(ns, "node");
    for (int i = 0; i < ns1.getLength(); i++) {
      Element n = (Element) ns1.item(i);
      Map<String, String> v = data(n, ns, keyNames);
      String iri = v.get("iri");
      if (iri == null || iris.put(n.getAttribute("id"), iri) != null) {
        throw new AssertionError("node " + n.getAttribute("id") + " without an iri, or twice");
      }
      nodes.add(iri);
      values.put(iri, v);
    }
    Map<List<String>, Double> weights = new HashMap<>();
    NodeList es = d.getElementsByTagNameNS(ns, "edge");
    for (int i = 0; i < es.getLength(); i++) {
      Element e = (Element) es.item(i);
      String w = data(e, ns, keyNames).getOrDefault("weight", defaults.get("weight"));
      weights.put(
          edge(iris.get(e.getAttribute("source")), iris.get(e.getAttribute("target")), directed),
          Double.valueOf(w));
    }
    return new ReadBack(nodes, weights, values);
  }

  private static Map<String, String> data(Element owner, String ns, Map<String, String> keyNames) {
    Map<String, String> out = new HashMap<>();
    NodeList data = owner.getElementsByTagNameNS(ns, "data");
    for (int j = 0; j < data.getLength(); j++) {
      Element v = (Element) data.item(j);
      out.put(keyNames.get(v.getAttribute("key")), v.getTextContent());
    }
    return out;
  }

  private static ReadBack gexf(String xml, boolean directed) throws Exception {
    validate(xml, "/gexf.xsd");
    String ns = "http://www.gexf.net/1.2draft";
    Document d = dom(xml);
    Element graph = (Element) d.getElementsByTagNameNS(ns, "graph").item(0);
    if (!graph.getAttribute("defaultedgetype").equals(directed ? "directed" : "undirected")) {
      throw new AssertionError("defaultedgetype " + graph.getAttribute("defaultedgetype"));
    }
    Map<String, String> nodeTitles = new HashMap<>();
    NodeList classes = d.getElementsByTagNameNS(ns, "attributes");
    for (int i = 0; i < classes.getLength(); i++) {
      Element c = (Element) classes.item(i);
      if (c.getAttribute("class").equals("node")) {
        NodeList as = c.getElementsByTagNameNS(ns, "attribute");
        for (int j = 0; j < as.getLength(); j++) {
          Element a = (Element) as.item(j);
          nodeTitles.put(a.getAttribute("id"), a.getAttribute("title"));
        }
      }
    }
    Set<String> nodes = new TreeSet<>();
    Map<String, Map<String, String>> values = new HashMap<>();
    NodeList ns1 = d.getElementsByTagNameNS(ns, "node");
    for (int i = 0; i < ns1.getLength(); i++) {
      Element n = (Element) ns1.item(i);
      nodes.add(n.getAttribute("id"));
      Map<String, String> v = new HashMap<>();
      v.put("label", n.getAttribute("label"));
      NodeList av = n.getElementsByTagNameNS(ns, "attvalue");
      for (int j = 0; j < av.getLength(); j++) {
        Element a = (Element) av.item(j);
        v.put(nodeTitles.get(a.getAttribute("for")), a.getAttribute("value"));
      }
      values.put(n.getAttribute("id"), v);
    }
    Map<List<String>, Double> weights = new HashMap<>();
    NodeList es = d.getElementsByTagNameNS(ns, "edge");
    for (int i = 0; i < es.getLength(); i++) {
      Element e = (Element) es.item(i);
      weights.put(
          edge(e.getAttribute("source"), e.getAttribute("target"), directed),
          Double.valueOf(e.getAttribute("weight")));
    }
    return new ReadBack(nodes, weights, values);
  }

  private static final String QUOTED = "\"((?:[^\"\\\\]|\\\\.)*)\"";
  private static final Pattern EDGE =
      Pattern.compile("^\\s*" + QUOTED + "\\s*(--|->)\\s*" + QUOTED + "\\s*\\[(.*)\\];\\s*$");
  private static final Pattern NODE = Pattern.compile("^\\s*" + QUOTED + "\\s*\\[(.*)\\];\\s*$");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=" + QUOTED);
  private static final Pattern HEADER =
      Pattern.compile("^\\s*(strict\\s+)?(di)?graph\\s+" + QUOTED + "\\s*\\{\\s*$");

  private static ReadBack dot(String text, boolean directed) {
    List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
    Matcher h = HEADER.matcher(lines.get(0));
    if (!h.matches()
        || (h.group(2) != null) != directed
        || !lines.get(lines.size() - 1).equals("}")) {
      throw new AssertionError("not a " + (directed ? "digraph" : "graph") + ": " + lines.get(0));
    }
    Set<String> nodes = new TreeSet<>();
    Map<String, Map<String, String>> values = new HashMap<>();
    Map<List<String>, Double> weights = new HashMap<>();
    for (String line : lines.subList(1, lines.size() - 1)) {
      Matcher e = EDGE.matcher(line);
      Matcher n = NODE.matcher(line);
      if (e.matches()) {
        if (e.group(2).equals("->") != directed) {
          throw new AssertionError("edge operator " + e.group(2) + " in " + line);
        }
        weights.put(
            edge(unescape(e.group(1)), unescape(e.group(3)), directed),
            Double.valueOf(attributes(e.group(4)).get("weight")));
      } else if (n.matches()) {
        nodes.add(unescape(n.group(1)));
        values.put(unescape(n.group(1)), attributes(n.group(2)));
      } else {
        throw new AssertionError("not a node or edge statement: " + line);
      }
    }
    return new ReadBack(nodes, weights, values);
  }

  private static Map<String, String> attributes(String list) {
    Map<String, String> out = new HashMap<>();
    Matcher m = ATTRIBUTE.matcher(list);
    while (m.find()) {
      out.put(m.group(1), unescape(m.group(2)));
    }
    return out;
  }

  private static String unescape(String s) {
    return s.replaceAll("\\\\(.)", "$1");
  }

  private static ReadBack csv(String text, boolean directed) throws IOException {
    Set<String> nodes = new TreeSet<>();
    Map<String, Map<String, String>> values = new HashMap<>();
    Map<List<String>, Double> weights = new HashMap<>();
    for (CSVRecord r :
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text))) {
      if (!r.get("Type").equals(directed ? "Directed" : "Undirected")) {
        throw new AssertionError("Type " + r.get("Type"));
      }
      weights.put(
          edge(r.get("Source"), r.get("Target"), directed), Double.valueOf(r.get("Weight")));
      for (String end : List.of("source", "target")) {
        String id = r.get(end.equals("source") ? "Source" : "Target");
        nodes.add(id);
        Map<String, String> v = new HashMap<>();
        r.toMap()
            .forEach(
                (k, val) -> {
                  if (k.startsWith(end + "_") && !val.isEmpty()) {
                    v.put(k.substring(end.length() + 1), val);
                  }
                });
        values.put(id, v);
      }
    }
    return new ReadBack(nodes, weights, values);
  }

  private static List<String> edge(String source, String target, boolean directed) {
    return directed || source.compareTo(target) < 0
        ? List.of(source, target)
        : List.of(target, source);
  }
}
