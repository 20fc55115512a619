package org.w3id.kamergraph.web;

import org.jsoup.nodes.Element;

/** {@code /network}: the page's controls, and the JSON its drawing reads. */
final class NetworkPage {
  private NetworkPage() {}

  static void body(Element main) {
    main.addClass("network");
    main.appendElement("h1").text("Network");
    Element form = main.appendElement("form").id("network-form").addClass("filters");
    Element which =
        form.appendElement("label").text("Network ").appendElement("select").attr("name", "name");
    which.appendElement("option").attr("value", "co-askers").text("members who ask together");
    which
        .appendElement("option")
        .attr("value", "member-ministry")
        .text("members and the ministries they ask");
    which
        .appendElement("option")
        .attr("value", "citations")
        .text("documents and the Kamerstukken they cite");
    form.appendElement("label")
        .text("from ")
        .appendElement("input")
        .attr("type", "date")
        .attr("name", "from");
    form.appendElement("label")
        .text("to ")
        .appendElement("input")
        .attr("type", "date")
        .attr("name", "to");
    form.appendElement("label")
        .text("party ")
        .appendElement("input")
        .attr("type", "text")
        .attr("name", "party")
        .attr("placeholder", "e.g. VVD");
    form.appendElement("button").attr("type", "submit").text("Draw");
    main.appendElement("p").id("network-status").addClass("status");
    main.appendElement("div").id("network").addClass("graph big");
  }
}
