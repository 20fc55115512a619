package org.w3id.kamergraph.extract;

import java.util.Locale;
import java.util.Optional;
import org.w3id.kamergraph.model.Office;
import org.w3id.kamergraph.model.PortfolioEntry;
import org.w3id.kamergraph.model.Role;
import org.w3id.kamergraph.model.Span;
import org.w3id.kamergraph.reference.Lexicon;

/**
 * Builds {@link Office}s from a role word and a written portfolio, normalising what the documents
 * write loosely: a department always takes "van", a portfolio without department "voor" (seed
 * documents write "de ministers voor Sociale Zaken…"), and names glued by PDF conversion are
 * restored from the lexicon.
 */
final class Offices {
  private final Lexicon lexicon;

  Offices(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The role a word names: {@code Ministers}, {@code staatssecretaris}, {@code minister-president}.
   */
  static Optional<Role> role(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    if (w.startsWith("minister-president") || w.equals("premier")) {
      return Optional.of(Role.MINISTER_PRESIDENT);
    }
    if (w.startsWith("minister")) {
      return Optional.of(Role.MINISTER);
    }
    if (w.startsWith("staatssecretaris")) {
      return Optional.of(Role.STAATSSECRETARIS);
    }
    return Optional.empty();
  }

  /**
   * The office for a role and a written portfolio ({@code Sociale Zaken enWerkgelegenheid}).
   * Returns empty when the portfolio is neither a known department or portfolio nor looks like a
   * name (capitalised words).
   */
  Optional<Office> office(Role role, String preposition, String written, Span span) {
    if (role == Role.MINISTER_PRESIDENT) {
      return Optional.of(new Office(role, null, null, null, span));
    }
    String portfolio = clean(written);
    if (portfolio.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> department = lexicon.departmentName(portfolio);
    if (department.isPresent()) {
      return Optional.of(new Office(role, "van", department.get(), department.get(), span));
    }
    Optional<String> task =
        role == Role.STAATSSECRETARIS ? lexicon.taskDepartment(portfolio) : Optional.empty();
    if (task.isPresent()) {
      return Optional.of(new Office(role, "van", task.get(), task.get(), span));
    }
    Optional<PortfolioEntry> own = lexicon.portfolio(portfolio);
    if (own.isPresent()) {
      return Optional.of(new Office(role, "voor", own.get().portfolio(), null, span));
    }
    // "Staatssecretaris van Financiën – Fiscaliteit en Belastingdienst": a department and a task
    Optional<String> prefix = lexicon.departmentPrefix(portfolio);
    if (prefix.isPresent()) {
      return Optional.of(new Office(role, "van", prefix.get(), prefix.get(), span));
    }
    if (!Character.isUpperCase(portfolio.charAt(0)) || portfolio.length() > 80) {
      return Optional.empty();
    }
    return Optional.of(new Office(role, preposition, portfolio, null, span));
  }

  /**
   * The office for a role written without {@code van}/{@code voor} before its portfolio ({@code de
   * staatssecretaris Jeugd, Preventie en Sport}, {@code de minister Asiel en Migratie}): only a
   * known department name or a listed task title makes one, never any capitalised words.
   */
  Optional<Office> withoutPreposition(Role role, String written, Span span) {
    // "de staatssecretaris Toeslagen en Douane en de minister van …": the next role's "en de"
    String portfolio = clean(written.replaceAll("\\s+en(?:\\s+de)?\\s*$", ""));
    Optional<String> department = lexicon.departmentName(portfolio);
    if (department.isEmpty() && role == Role.STAATSSECRETARIS) {
      department = lexicon.taskDepartment(portfolio);
    }
    return department.map(d -> new Office(role, "van", d, d, span));
  }

  static String clean(String written) {
    return written
        .replaceAll("\\s+", " ")
        .replaceAll("^[\\s,;:]+|[\\s,;:.)]+$", "")
        .replace(" & ", " en ")
        .strip();
  }
}
