package org.w3id.kamergraph.bench;

import java.time.LocalDate;
import java.util.List;
import org.w3id.kamergraph.bench.SyntheticDocument.Asker;
import org.w3id.kamergraph.bench.SyntheticDocument.Kind;

/**
 * Writes a {@link SyntheticDocument} the way officielebekendmakingen.nl publishes it: the plain
 * text of the Aanhangsel and of the Kamervragen publication, a Markdown copy, the HTML page, the
 * official XML.
 */
final class DocumentWriter {
  private static final String[] MONTHS = {
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december"
  };

  String write(SyntheticDocument d) {
    return switch (d.layout()) {
      case TEXT -> text(d);
      case MARKDOWN -> markdown(d);
      case HTML -> html(d);
      case XML -> xml(d);
    };
  }

  static String date(LocalDate d) {
    return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
  }

  /** "het lid Bos (VVD)", "de leden Bos en Vos (beiden SP)", "de leden Bos (VVD) en Vos (SP)". */
  static String askers(List<Asker> askers) {
    if (askers.size() == 1) {
      return "het lid " + askers.get(0).name() + " (" + askers.get(0).party() + ")";
    }
    boolean oneParty = askers.stream().map(Asker::party).distinct().count() == 1;
    StringBuilder b = new StringBuilder("de leden ");
    for (int i = 0; i < askers.size(); i++) {
      if (i > 0) {
        b.append(i == askers.size() - 1 ? " en " : ", ");
      }
      b.append(askers.get(i).name());
      if (!oneParty) {
        b.append(" (").append(askers.get(i).party()).append(')');
      }
    }
    if (oneParty) {
      b.append(askers.size() == 2 ? " (beiden " : " (allen ")
          .append(askers.get(0).party())
          .append(')');
    }
    return b.toString();
  }

  private static String header(SyntheticDocument d) {
    return "Vragen van "
        + askers(d.askers())
        + " aan de "
        + d.addressee()
        + " over "
        + d.subject()
        + " (ingezonden "
        + date(d.submitted())
        + ").";
  }

  private static String answerLine(SyntheticDocument d) {
    return (d.kind() == Kind.POSTPONEMENT ? "Mededeling van " : "Antwoord van ")
        + d.answerer()
        + " (ontvangen "
        + date(d.received())
        + ").";
  }

  private String text(SyntheticDocument d) {
    StringBuilder b = new StringBuilder("Tweede Kamer der Staten-Generaal\n");
    LocalDate when = d.received() == null ? d.submitted() : d.received();
    b.append("Vergaderjaar ").append(SyntheticDocument.vergaderjaar(when)).append('\n');
    if (d.kind() == Kind.QUESTIONS) {
      b.append("Vragen gesteld door de leden der Kamer\n\n");
    } else {
      b.append("Aanhangsel van de Handelingen\n")
          .append("Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven")
          .append(" antwoorden\n\n")
          .append(d.id().substring(d.id().lastIndexOf('-') + 1))
          .append("\n\n");
    }
    if (d.showsZaak()) {
      b.append(d.zaak()).append("\n\n");
    }
    b.append(header(d)).append("\n\n");
    if (d.kind() != Kind.QUESTIONS) {
      b.append(answerLine(d)).append("\n\n");
    }
    for (int i = 0; i < d.questions().size(); i++) {
      b.append("Vraag ").append(i + 1).append('\n').append(d.questions().get(i));
      if (i == 0 && !d.notes().isEmpty()) {
        b.append('1');
      }
      b.append("\n\n");
      if (d.kind() == Kind.ANSWER) {
        b.append("Antwoord ").append(i + 1).append('\n').append(d.answers().get(i)).append("\n\n");
      }
    }
    if (d.kind() == Kind.POSTPONEMENT) {
      b.append("Mededeling\n\nDe vragen van ")
          .append(askers(d.askers()))
          .append(" over ")
          .append(d.subject())
          .append(" (ingezonden ")
          .append(date(d.submitted()))
          .append(", met kenmerk ")
          .append(d.zaak())
          .append(") kunnen niet binnen de gebruikelijke termijn van drie weken worden")
          .append(
              " beantwoord. Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden.\n\n");
    }
    for (int i = 0; i < d.notes().size(); i++) {
      b.append(i + 1).append(' ').append(d.notes().get(i)).append('\n');
    }
    if (d.kind() != Kind.QUESTIONS) {
      b.append('\n')
          .append(d.id())
          .append("\nISSN 0921 - 7398\n\u2019s-Gravenhage ")
          .append(when.getYear())
          .append('\n');
    }
    return b.toString();
  }

  private String markdown(SyntheticDocument d) {
    StringBuilder b = new StringBuilder("# Antwoord op vragen van ");
    b.append(askers(d.askers()).replaceFirst("^(het lid|de leden) ", "")).append(" over ");
    b.append(d.subject()).append("\n\n");
    if (d.showsZaak()) {
      b.append("## ").append(d.zaak()).append("\n\n");
    }
    b.append(header(d)).append("\n\n").append(answerLine(d)).append("\n\n");
    for (int i = 0; i < d.questions().size(); i++) {
      b.append(i + 1).append(' ').append(d.questions().get(i));
      if (i == 0 && !d.notes().isEmpty()) {
        b.append(" 1)");
      }
      b.append("\n\n*").append(d.answers().get(i)).append("*\n\n");
    }
    for (int i = 0; i < d.notes().size(); i++) {
      b.append(i + 1).append(") ").append(d.notes().get(i)).append("\n\n");
    }
    return b.append("---\n").toString();
  }

  private String html(SyntheticDocument d) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n");
    b.append("<meta charset=\"utf-8\">\n<title>Kamervragen (zonder antwoord) ")
        .append(d.zaak())
        .append(" | Overheid.nl &gt; Offici\u00eble bekendmakingen</title>\n");
    b.append("<meta name=\"DC.identifier\" content=\"").append(d.id()).append("\">\n");
    b.append("</head>\n<body>\n<div id=\"broodtekst\" class=\"stuk\">\n");
    b.append("<p class=\"kamervraagnummer\">").append(d.zaak()).append("</p>\n");
    b.append("<p class=\"kamervraagomschrijving\">").append(escape(header(d))).append("</p>\n");
    for (int i = 0; i < d.questions().size(); i++) {
      b.append("<div class=\"vraag\">\n<h2 class=\"stuktitel\">Vraag ")
          .append(i + 1)
          .append("</h2>\n<p>")
          .append(escape(d.questions().get(i)));
      if (i == 0 && !d.notes().isEmpty()) {
        b.append("<sup><a href=\"#n1\">1</a></sup>");
      }
      b.append("</p>\n</div>\n");
    }
    if (!d.notes().isEmpty()) {
      b.append("<div class=\"noten\">\n");
      for (int i = 0; i < d.notes().size(); i++) {
        b.append("<p class=\"noot\" id=\"n")
            .append(i + 1)
            .append("\"><sup>")
            .append(i + 1)
            .append("</sup> ")
            .append(escape(d.notes().get(i)))
            .append("</p>\n");
      }
      b.append("</div>\n");
    }
    return b.append("</div>\n</body>\n</html>\n").toString();
  }

  private String xml(SyntheticDocument d) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<officiele-publicatie xml:lang=\"nl\">\n  <metadata>\n");
    b.append("    <meta name=\"DC.identifier\" scheme=\"OVERHEIDop.ParlID\" content=\"")
        .append(d.id())
        .append("\"/>\n  </metadata>\n  <kamervragen>\n    <kamervraagkop>\n");
    b.append("      <tekstregel inhoud=\"kamer\">Tweede Kamer der Staten-Generaal</tekstregel>\n");
    b.append("      <tekstregel inhoud=\"vergaderjaar\">Vergaderjaar ")
        .append(SyntheticDocument.vergaderjaar(d.received()))
        .append("</tekstregel>\n");
    b.append(
        "      <tekstregel inhoud=\"bijlage\">Aanhangsel van de Handelingen</tekstregel>\n"
            + "    </kamervraagkop>\n");
    b.append("    <kamervraagnummer>")
        .append(d.id().substring(d.id().lastIndexOf('-') + 1))
        .append("</kamervraagnummer>\n");
    if (d.showsZaak()) {
      b.append("    <kamervraagnummer>").append(d.zaak()).append("</kamervraagnummer>\n");
    }
    b.append("    <kamervraagomschrijving type=\"vraag\">")
        .append(escape(header(d)))
        .append("</kamervraagomschrijving>\n");
    b.append("    <kamervraagomschrijving type=\"antwoord\">")
        .append(escape(answerLine(d)))
        .append("</kamervraagomschrijving>\n");
    for (int i = 0; i < d.questions().size(); i++) {
      b.append("    <vraag>\n      <nr>Vraag ")
          .append(i + 1)
          .append("</nr>\n      <al>")
          .append(escape(d.questions().get(i)))
          .append("</al>\n    </vraag>\n");
      b.append("    <antwoord>\n      <nr>Antwoord ")
          .append(i + 1)
          .append("</nr>\n      <al>")
          .append(escape(d.answers().get(i)))
          .append("</al>\n    </antwoord>\n");
    }
    return b.append("  </kamervragen>\n</officiele-publicatie>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
