package org.w3id.kamergraph.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regions of a text taken by URLs, e-mail addresses and bare domain names, where names must not
 * be matched ({@code www.rvo.nl/subsidies}, {@code info@acm.nl}). Immutable.
 */
final class WebAddresses {
  // every quantifier is bounded and the classes do not overlap with what follows: linear time
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?:https?://|www\\.)[^\\s<>()\\[\\]«»\"]{1,500}"
              + "|[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,5}"
              + "|\\b[\\w-]{1,63}\\.(?:nl|com|org|eu|net|int|gov|io)\\b(?:/[^\\s<>()\\[\\]]{0,300})?");

  private final int[] begins;
  private final int[] ends;

  private WebAddresses(int[] begins, int[] ends) {
    this.begins = begins;
    this.ends = ends;
  }

  static WebAddresses in(String text) {
    List<int[]> found = new ArrayList<>();
    Matcher m = ADDRESS.matcher(text);
    while (m.find()) {
      found.add(new int[] {m.start(), m.end()});
    }
    int[] b = new int[found.size()];
    int[] e = new int[found.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = found.get(i)[0];
      e[i] = found.get(i)[1];
    }
    return new WebAddresses(b, e);
  }

  /** Whether {@code [begin, end)} overlaps an address. */
  boolean overlaps(int begin, int end) {
    // regions are sorted and disjoint: binary search for the last one starting before end
    int lo = 0;
    int hi = begins.length - 1;
    int last = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (begins[mid] < end) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return last >= 0 && ends[last] > begin;
  }
}
