package org.w3id.kamergraph.export;

import java.util.List;
import java.util.Optional;

/** The networks kamergraph exports, by name. */
public final class NetworkQueries {
  private static final List<NetworkQuery> ALL =
      List.of(new CoAskerNetwork(), new MemberMinistryNetwork(), new CitationNetwork());

  private NetworkQueries() {}

  /** Every network, in the order help texts list them. */
  public static List<NetworkQuery> all() {
    return ALL;
  }

  /** The network of this name. */
  public static Optional<NetworkQuery> named(String name) {
    return ALL.stream().filter(q -> q.name().equals(name)).findFirst();
  }

  /** The names, joined for a message. */
  public static String names() {
    return String.join(", ", ALL.stream().map(NetworkQuery::name).toList());
  }
}
