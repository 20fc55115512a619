package org.w3id.kamergraph.opendata;

import java.util.regex.Pattern;
import org.w3id.kamergraph.rdf.KG;

/**
 * The IRIs of the TK reference graph, minted from the records' GUIDs (deterministic), and the
 * documented OData URL of each record ({@code …/OData/v4/2.0/Persoon(guid)}).
 */
public final class TkIris {
  /** The named graph holding everything imported from the TK open data. */
  public static final String GRAPH = KG.ID + "graph/tk";

  /** The base of the documented OData v4 resource URLs. */
  public static final String ODATA = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/";

  private static final Pattern GUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private TkIris() {}

  /** Whether {@code id} is a lowercase GUID, the only form used in an IRI. */
  public static boolean isGuid(String id) {
    return id != null && GUID.matcher(id).matches();
  }

  public static String person(String guid) {
    return KG.ID + "tk/persoon/" + guid;
  }

  public static String fractie(String guid) {
    return KG.ID + "tk/fractie/" + guid;
  }

  public static String membership(String guid) {
    return KG.ID + "tk/lidmaatschap/" + guid;
  }

  /** The period of a membership; its beginning and end are {@code …/begin} and {@code …/einde}. */
  public static String period(String membershipGuid) {
    return membership(membershipGuid) + "/periode";
  }

  /** The OData URL of a record, e.g. {@code odata("Persoon", guid)}. */
  public static String odata(String entitySet, String guid) {
    return ODATA + entitySet + "(" + guid + ")";
  }
}
