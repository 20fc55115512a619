package org.w3id.kamergraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kamergraph.layout.Header;
import org.w3id.kamergraph.model.FactSink;

/**
 * Members named with their party anywhere in the text — {@code het lid Wassenberg (Partij voor de
 * Dieren)}, in a Mededeling {@code de leden Pechtold (D66), … en Thieme (PvdD)} — as mentioned
 * members, not askers. A member named without a party ({@code motie-Ceder}) is left out: without it
 * the member cannot be told apart from namesakes.
 */
public final class MemberMentionExtractor implements Extractor {
  private static final Pattern TRIGGER =
      Pattern.compile("\\b(?:[Hh]et\\s+(?:Kamer)?lid|[Dd]e\\s+(?:Kamer)?leden)\\s+");

  /** Where a list of members ends at the latest: the end of the sentence or paragraph. */
  private static final Pattern LIST_END = Pattern.compile("[.;:]\\s|\\n\\s*\\n");

  private static final int MAX_LIST = 500;

  @Override
  public void extract(ExtractionContext context, FactSink sink) {
    String text = context.text();
    int headerEnd = context.layout().header().map(Header::askersEnd).orElse(-1);
    Matcher m = TRIGGER.matcher(text);
    while (m.find()) {
      if (m.end() <= headerEnd && headerEnd - m.end() < 700) {
        continue; // the header's askers: AskerExtractor reads them
      }
      Matcher end =
          LIST_END.matcher(text).region(m.end(), Math.min(text.length(), m.end() + MAX_LIST));
      int listEnd = end.find() ? end.start() : Math.min(text.length(), m.end() + MAX_LIST);
      MemberList.parse(context, m.end(), listEnd, true).stream()
          .filter(a -> a.partyKey() != null)
          .forEach(sink::member);
    }
  }
}
