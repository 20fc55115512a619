package org.w3id.kamergraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.kamergraph.rdf.KG;
import org.w3id.kamergraph.store.TdbStore;

/**
 * The workbench in a real headless Chromium against the real server with the examples: each test
 * does what a user would and checks what the page then shows; each leaves a screenshot in {@code
 * target/screenshots/}. The console must stay free of errors (a script refused by the content
 * security policy, a failed request, a script error would show there).
 */
class WorkbenchBrowserTest {
  static final String DOC = KG.ID + "document/kv-tk-2024Z09902";

  @TempDir static Path tmp;
  static ExamplesServer examples;
  static TdbStore store;
  static String base;
  static Browser browser;
  static GraphReader reader;

  @BeforeAll
  static void start() {
    browser = Browser.start(); // skips (or fails in CI) before anything is built
    examples = new ExamplesServer(tmp.resolve("db"));
    store = examples.store;
    base = examples.base;
    reader = examples.reader;
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (examples != null) {
      examples.close();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser.driver, Duration.ofSeconds(30));
  }

  /** Runs {@code js} in the page ({@code arguments[i]} are {@code args}); what it returns. */
  private static Object script(String js, Object... args) {
    return ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(js, args);
  }

  private static void open(String path) {
    browser.consoleErrors(); // forget what earlier pages logged
    browser.driver.get(base + path);
  }

  @Test
  void theEditorRunsALibraryQueryAndShowsItsRows() throws Exception {
    open("/sparql");
    WebElement button =
        waiting()
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector(
                        "#library button.query[data-name='questions-per-party-per-year']")));
    assertThat(browser.driver.findElements(By.cssSelector("#library button.query")))
        .hasSizeGreaterThanOrEqualTo(20);
    button.click();
    List<WebElement> rows =
        waiting()
            .until(
                ExpectedConditions.numberOfElementsToBeMoreThan(
                    By.cssSelector(".yasr table tbody tr"), 0));
    assertThat(rows.get(0).getText()).isNotBlank();
    // the row count the editor shows is the endpoint's own
    long expected =
        reader
                    .select(
                        "SELECT (COUNT(*) AS ?n) WHERE { SELECT ?party ?year WHERE { GRAPH"
                            + " <https://w3id.org/kamergraph/id/graph/statistiek> { ?t kg:tallyOf"
                            + " \"party-year\" ; kg:partyNotation ?party ; kg:year ?year } } GROUP BY ?party"
                            + " ?year }",
                        Map.of())
                    .get(0)
                    .get(Var.alloc("n"))
                    .getLiteralValue()
                instanceof Number n
            ? n.longValue()
            : -1;
    assertThat(browser.driver.findElements(By.cssSelector(".yasr table tbody tr")))
        .hasSize((int) expected);
    browser.screenshot("sparql-editor");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void aMembersPageListsTheirQuestionsAndDrawsTheirNeighbourhood() throws Exception {
    String member = examples.askerOf(DOC);
    open(Links.href(member));
    List<WebElement> docs = browser.driver.findElements(By.cssSelector("table.docs tbody tr"));
    assertThat(docs).anySatisfy(tr -> assertThat(tr.getText()).contains("asked"));
    WebElement drawing =
        waiting()
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#neighbourhood[data-nodes]")));
    assertThat(Integer.parseInt(drawing.getAttribute("data-nodes"))).isGreaterThan(1);
    assertThat(drawing.findElements(By.tagName("canvas"))).isNotEmpty();
    // every name readable: no two labels drawn over each other (Cytoscape.js keeps its instance in
    // its container's registration, _cyreg)
    Object overlapping =
        script(
            "const cy = arguments[0]._cyreg.cy;"
                + " const box = (n) => n.boundingBox({ includeNodes: false, includeEdges: false,"
                + " includeLabels: true });"
                + " const nodes = cy.nodes().toArray();"
                // a label without a measured box would pass the comparison below unchecked
                + " const out = nodes.filter((n) => !(box(n).w > 0))"
                + ".map((n) => 'not measured: ' + n.data('label'));"
                + " for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length;"
                + " j++) { const a = box(nodes[i]), b = box(nodes[j]);"
                + " if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2"
                + " && b.y1 < a.y2) out.push(nodes[i].data('label') + ' / '"
                + " + nodes[j].data('label')); } return out;",
            drawing);
    assertThat((List<?>) overlapping).as("labels drawn over each other, or not measured").isEmpty();
    browser.screenshot("member-page");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void aDocumentPageMarksItsMentionsAndAClickLeadsToTheEntity() throws Exception {
    open(Links.href(DOC));
    List<WebElement> marks = browser.driver.findElements(By.cssSelector(".doctext a.mention"));
    assertThat(marks).hasSizeGreaterThanOrEqualTo(5);
    WebElement party = browser.driver.findElement(By.cssSelector(".doctext a.mention.k-party"));
    assertThat(party.getAttribute("title")).startsWith("party: ");
    String entity = party.getAttribute("data-entity");
    String name = party.getAttribute("title").substring("party: ".length());
    browser.screenshot("document-page");
    party.click();
    waiting().until(ExpectedConditions.urlToBe(base + Links.href(entity)));
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).startsWith(name);
    assertThat(browser.driver.findElement(By.cssSelector("h1 .kind")).getText()).isEqualTo("party");
    browser.screenshot("entity-page");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void theSearchBoxFindsAQuestionByAWordInItsAnswer() throws Exception {
    open("/");
    WebElement box = browser.driver.findElement(By.cssSelector("main form.search input[name=q]"));
    box.sendKeys("terechtkomt");
    box.submit();
    WebElement hit =
        waiting()
            .until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits > li h3 a")));
    assertThat(hit.getAttribute("href"))
        .isEqualTo(base + Links.href(KG.ID + "document/ah-tk-20232024-9901"));
    assertThat(browser.driver.findElements(By.cssSelector("ol.hits p.passage mark")))
        .anySatisfy(m -> assertThat(m.getText()).isEqualTo("terechtkomt"));
    browser.screenshot("search");
    hit.click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".doctext")));
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void theNetworkViewDrawsNodesAndFiltersByParty() throws Exception {
    open("/network");
    WebElement drawing =
        waiting()
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#network[data-nodes]")));
    int all = Integer.parseInt(drawing.getAttribute("data-nodes"));
    assertThat(all).isGreaterThan(2);
    assertThat(drawing.findElements(By.tagName("canvas"))).isNotEmpty();
    browser.screenshot("network");
    WebElement party =
        browser.driver.findElement(By.cssSelector("#network-form input[name=party]"));
    party.sendKeys("D66");
    browser.driver.findElement(By.cssSelector("#network-form button")).click();
    waiting()
        .until(
            d ->
                Integer.parseInt(d.findElement(By.id("network")).getAttribute("data-nodes")) < all);
    assertThat(browser.driver.getCurrentUrl()).contains("party=D66");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void theChartsPageDrawsItsThreeCharts() throws Exception {
    open("/charts");
    for (String id : List.of("party-year", "answer-days", "open-questions")) {
      WebElement status =
          waiting()
              .until(
                  ExpectedConditions.presenceOfElementLocated(
                      By.cssSelector("section[data-chart='" + id + "'] .status[data-rows]")));
      assertThat(Integer.parseInt(status.getAttribute("data-rows"))).as(id).isPositive();
      // drawn on its own axes: the value axis is numeric and reaches the largest value (a chart
      // given another chart's axes showed its labels on an empty 0-1 scale, without bars)
      Object drawn =
          script(
              "const c = Chart.getChart('chart-' + arguments[0]);"
                  + " const axis = c.options.indexAxis === 'y' ? 'x' : 'y';"
                  + " const top = Math.max(...c.data.datasets.flatMap((d) => d.data));"
                  + " return c.scales[axis].type + ' ' + (top > 0 && c.scales[axis].max >= top);",
              id);
      assertThat(drawn)
          .as(id + ": value axis type, reaches the largest value")
          .isEqualTo("linear true");
    }
    browser.screenshot("charts");
    assertThat(browser.consoleErrors()).isEmpty();
  }
}
