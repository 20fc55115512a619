package org.w3id.kamergraph.resolve;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.w3id.kamergraph.model.Span;

/**
 * The entities, links and mentions of one document while it is being resolved, each kept once in
 * the order first found. A named entity found under several names keeps the first as its label and
 * the others as alternative labels. Used by one thread for one document.
 */
final class Collected {
  final Map<String, Entity> entities = new LinkedHashMap<>();
  final Set<String> askedBy = new LinkedHashSet<>();
  final Set<String> addressedTo = new LinkedHashSet<>();
  final Set<String> answeredBy = new LinkedHashSet<>();
  final Set<String> cites = new LinkedHashSet<>();
  final Set<String> references = new LinkedHashSet<>();
  final Set<ResolvedDocument.Mention> mentions = new LinkedHashSet<>();

  void entity(Entity e) {
    Entity known = entities.get(e.iri());
    if (known instanceof Entity.Named n && e instanceof Entity.Named m) {
      Set<String> alts = new LinkedHashSet<>(n.altLabels());
      alts.addAll(m.altLabels());
      if (!n.label().equals(m.label())) {
        alts.add(m.label());
      }
      alts.remove(n.label());
      // the identifiers of both (a TOOI id found under one spelling holds for the other)
      Set<String> same = new LinkedHashSet<>(n.sameAs());
      same.addAll(m.sameAs());
      entities.put(e.iri(), new Entity.Named(n.iri(), n.kind(), n.label(), alts, same));
    } else if (known == null) {
      entities.put(e.iri(), e);
    }
  }

  void mention(String iri, Span span) {
    mentions.add(new ResolvedDocument.Mention(iri, span));
  }
}
