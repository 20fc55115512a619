package org.w3id.kamergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.layout.Header;
import org.w3id.kamergraph.model.FactSink;
import org.w3id.kamergraph.model.Office;
import org.w3id.kamergraph.model.Role;

/**
 * The offices the questions were put to, from the header's {@code aan …} part. A shared role word
 * is expanded: {@code de Ministers van Financiën, van Sociale Zaken en Werkgelegenheid en voor
 * Klimaat en Energie} is three posts. Items are split where a new {@code van}/{@code voor} starts
 * after a comma or {@code en}, which keeps commas inside department names intact. A portfolio
 * written without {@code van}/{@code voor} ({@code de staatssecretaris Jeugd, Preventie en Sport})
 * counts only when it is a known department name or task title.
 */
public final class AddresseeExtractor implements Extractor {
  private static final Pattern ROLE =
      Pattern.compile(
          "(?i)\\b(minister-president|ministers?|staatssecretariss(?:en)?|staatssecretaris)\\b");
  private static final Pattern ITEM_START =
      Pattern.compile("(?:,\\s*|\\s+en\\s+)(?=(?:van|voor)\\s)");
  private static final Pattern ITEM = Pattern.compile("^\\s*(van|voor)\\s+(.+)$", Pattern.DOTALL);

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    Optional<Header> header = context.layout().header().filter(Header::hasAddressees);
    if (header.isEmpty()) {
      return;
    }
    Offices offices = new Offices(context.lexicon());
    int begin = header.get().addresseesBegin();
    int end = header.get().addresseesEnd();
    Matcher role = ROLE.matcher(text).region(begin, end);
    int roleStart = -1;
    String roleWord = null;
    // "de Minister en de Staatssecretaris van VWS": a role with no list of its own shares the next
    // one's
    List<Role> waiting = new ArrayList<>();
    while (true) {
      boolean found = role.find();
      if (roleWord != null) {
        int listEnd = found ? role.start() : end;
        Role r = Offices.role(roleWord).orElseThrow();
        List<Office> listed = items(context, offices, r, roleStart, listEnd);
        if (listed.isEmpty()
            && r != Role.MINISTER_PRESIDENT
            && text.substring(roleStart, listEnd).strip().matches("(?:,|en)?\\s*(?:de)?")) {
          waiting.add(r);
        } else {
          for (Role w : waiting) {
            listed.stream()
                .filter(o -> o.portfolio() != null)
                .map(o -> offices.office(w, o.preposition(), o.portfolio(), o.span()))
                .flatMap(java.util.Optional::stream)
                .forEach(sink::addressee);
          }
          waiting.clear();
          listed.forEach(sink::addressee);
        }
      }
      if (!found) {
        return;
      }
      roleWord = role.group(1);
      roleStart = role.end();
    }
  }

  private List<Office> items(
      ExtractionContext context, Offices offices, Role role, int begin, int end) {
    String text = context.text();
    List<Office> out = new ArrayList<>();
    if (role == Role.MINISTER_PRESIDENT) {
      offices
          .office(role, null, "", context.span(begin - "Minister-President".length(), begin))
          .ifPresent(out::add);
      return out;
    }
    Matcher split = ITEM_START.matcher(text).region(begin, end);
    int start = begin;
    while (true) {
      boolean found = split.find();
      int stop = found ? split.start() : end;
      String item = text.substring(start, stop);
      Matcher m = ITEM.matcher(item);
      if (!m.matches() && start == begin && !found) {
        // the whole list is one portfolio written without van/voor
        int itemBegin = begin + (item.length() - item.stripLeading().length());
        offices
            .withoutPreposition(
                role, item, context.span(itemBegin, itemBegin + item.strip().length()))
            .ifPresent(out::add);
      }
      if (m.matches()) {
        String portfolio =
            m.group(2).replaceAll("\\s+en\\s+de\\s*$", "").replaceAll("\\s+en\\s*$", "");
        int itemBegin = start + m.start(2);
        int itemEnd = Math.min(stop, itemBegin + portfolio.length());
        offices
            .office(role, m.group(1), portfolio, context.span(itemBegin, itemEnd))
            .ifPresent(out::add);
      }
      if (!found) {
        return out;
      }
      start = split.end();
    }
  }
}
