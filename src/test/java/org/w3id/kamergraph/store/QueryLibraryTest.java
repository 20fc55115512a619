package org.w3id.kamergraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.w3id.kamergraph.model.UsageException;

/**
 * The library's comments are its documentation: each query declares the parameters its VALUES lines
 * take and the columns it returns, and both agree with the query itself.
 */
class QueryLibraryTest {
  private static final Pattern VALUES_LINE =
      Pattern.compile("(?m)^\\s*VALUES\\s+\\?(\\w+)\\s*\\{[^}\\n]*\\}");

  private final QueryLibrary library = new QueryLibrary();

  @Test
  void everyQueryDeclaresExactlyTheColumnsItReturns() {
    List<String> bad = new ArrayList<>();
    for (QueryLibrary.Entry e : library.all()) {
      Query q = QueryFactory.create(e.text());
      if (q.isSelectType() && !q.getResultVars().equals(e.columns())) {
        bad.add(e.name() + ": declares " + e.columns() + ", returns " + q.getResultVars());
      }
      assertThat(e.title()).as(e.name()).isNotBlank().doesNotContain("Parameter", "Columns:");
    }
    assertThat(bad).isEmpty();
  }

  @Test
  void everyTopLevelValuesLineIsADeclaredParameterAndBack() {
    for (QueryLibrary.Entry e : library.all()) {
      List<String> valuesLines = new ArrayList<>();
      Matcher m = VALUES_LINE.matcher(e.text().replaceAll("(?m)^#.*$", ""));
      while (m.find()) {
        valuesLines.add(m.group(1));
      }
      assertThat(e.parameters().stream().map(QueryParameter::name).toList())
          .as(e.name())
          .containsExactlyElementsOf(valuesLines);
      e.parameters().forEach(p -> assertThat(p.description()).as(e.name()).endsWith("."));
    }
  }

  @Test
  void aTextValueReplacesEachDefaultKeepingItsLanguageTag() {
    QueryLibrary.Entry e = library.get("mention-provenance");
    String bound = QueryBinder.bind(e, Map.of("label", "Raad van \"State\""));
    assertThat(bound)
        .contains("VALUES ?label { \"Raad van \\\"State\\\"\" \"Raad van \\\"State\\\"\"@nl }");
    assertThat(QueryFactory.create(bound).isSelectType()).isTrue();
    assertThat(QueryBinder.bind(e, Map.of())).isEqualTo(e.text());
  }

  @Test
  void valuesOfTheWrongTypeOrUnknownNamesAreUsageErrors() {
    QueryLibrary.Entry e =
        new QueryLibrary.Entry(
            "typed",
            "Typed.",
            List.of(
                new QueryParameter("day", QueryParameter.Type.DATE, "A day."),
                new QueryParameter("n", QueryParameter.Type.INTEGER, "A number."),
                new QueryParameter("who", QueryParameter.Type.IRI, "A person.")),
            List.of("x"),
            "SELECT ?x {\n VALUES ?day { \"2020-01-01\" }\n VALUES ?n { 1 }\n VALUES ?who { <http://a/b> }\n}");
    String ok =
        QueryBinder.bind(
            e, Map.of("day", "2024-03-31", "n", "7", "who", "https://example.org/p/1"));
    assertThat(ok)
        .contains("\"2024-03-31\"^^<http://www.w3.org/2001/XMLSchema#date>")
        .contains("\"7\"^^<http://www.w3.org/2001/XMLSchema#integer>")
        .contains("<https://example.org/p/1>");
    assertThatThrownBy(() -> QueryBinder.bind(e, Map.of("day", "31-03-2024")))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("2024-03-31");
    assertThatThrownBy(() -> QueryBinder.bind(e, Map.of("n", "seven")))
        .isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> QueryBinder.bind(e, Map.of("who", "x> } DROP ALL #")))
        .isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> QueryBinder.bind(e, Map.of("whom", "x")))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("takes day, n, who");
  }

  @Test
  void theTitleStopsAtTheFirstSentenceOutsideBrackets() {
    assertThat(
            QueryHeader.firstSentence(
                "Postponement notices (Mededelingen: \"x. y\") per ministry. More."))
        .isEqualTo("Postponement notices (Mededelingen: \"x. y\") per ministry");
    assertThat(QueryHeader.firstSentence("Full-text search: questions"))
        .isEqualTo("Full-text search");
  }
}
