package org.w3id.kamergraph.resolve;

import org.w3id.kamergraph.model.Span;
import org.w3id.kamergraph.reference.Slugs;

/**
 * Mints every data IRI kamergraph writes, deterministically from stable keys, so the same thing
 * extracted twice — from the same or another document — gets the same IRI, and a rebuild changes
 * nothing.
 */
public final class IriMinter {
  /** Slugs joined by '/': {@code de-vries-aukje}, {@code de-vries/tk1998/bewindspersoon}. */
  private static final java.util.regex.Pattern PERSON_KEY =
      java.util.regex.Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*");

  /** Characters an IRI path segment may hold unescaped (RFC 3987 iunreserved, ASCII part). */
  private static final java.util.regex.Pattern SAFE_SEGMENT =
      java.util.regex.Pattern.compile("[A-Za-z0-9._~-]+");

  /** A path of this base that reads as slugs ({@code persoon/omtzigt-pieter}). */
  private static final java.util.regex.Pattern SLUG_PATH =
      java.util.regex.Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*");

  private final String base;

  /**
   * @param base the data namespace, ending in {@code /}: {@code https://w3id.org/kamergraph/id/}
   */
  public IriMinter(String base) {
    if (!base.endsWith("/")) {
      throw new IllegalArgumentException("IRI base must end with '/': " + base);
    }
    this.base = base;
  }

  public String document(String id) {
    return base + "document/" + segment(id);
  }

  /**
   * A person, members and office holders alike, from their person key ({@link
   * PersonIdentifier.Identity#key()}: {@code de-vries-aukje}, or {@code
   * de-vries/tk1998/bewindspersoon} for a family name alone); never from a party.
   */
  public String person(String key) {
    if (!PERSON_KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a person key: " + key);
    }
    return base + "persoon/" + key;
  }

  /** A membership a document attests: of the member, in the party. */
  public String membership(String documentIri, String memberIri, String partyIri) {
    return documentIri
        + "/lidmaatschap/"
        + Integer.toHexString((memberIri + " " + partyIri).hashCode());
  }

  /**
   * A membership over all the documents that attest it: of the member, in the party or fractie,
   * named by the organisation's path ({@code …/persoon/omtzigt-pieter/lidmaatschap/partij-cda}).
   */
  public String membershipSpan(String memberIri, String organisationIri) {
    return memberIri + "/lidmaatschap/" + pathSegment(organisationIri);
  }

  /**
   * A post held over all the documents that attest it, named by the post's path ({@code
   * …/persoon/de-vries-aukje/ambt/post-…}).
   */
  public String tenureSpan(String personIri, String postIri) {
    return personIri + "/ambt/" + pathSegment(postIri);
  }

  /** An IRI of this base as one path segment; an IRI from elsewhere as a hash of it. */
  private String pathSegment(String iri) {
    String path = iri.startsWith(base) ? iri.substring(base.length()) : "";
    return SLUG_PATH.matcher(path).matches()
        ? path.replace('/', '-')
        : Integer.toHexString(iri.hashCode());
  }

  /** A post held, as a document attests it. */
  public String tenure(String documentIri, String personIri, String postIri) {
    return documentIri + "/ambt/" + Integer.toHexString((personIri + " " + postIri).hashCode());
  }

  public String party(String key) {
    return base + "partij/" + slug(key);
  }

  /** A post not in a department's ministry: a portfolio (hosted) or an unresolved department. */
  public String post(String label) {
    return base + "post/" + slug(label);
  }

  /**
   * A department's post, in the ministry of the document's date: "minister van LNV" of 2009 and of
   * 2024 are two posts ({@code post/minister-van-lnv/mnre1150}, {@code …/mnre1153}), each in one
   * ministry.
   */
  public String post(String label, String ministryIri) {
    if (ministryIri == null) {
      return post(label);
    }
    return post(label) + "/" + segment(ministryIri.substring(ministryIri.lastIndexOf('/') + 1));
  }

  public String programme(String keyOrLabel) {
    return base + "programma/" + slug(keyOrLabel);
  }

  public String report(String keyOrLabel) {
    return base + "rapport/" + slug(keyOrLabel);
  }

  public String organisation(String keyOrLabel) {
    return base + "organisatie/" + slug(keyOrLabel);
  }

  public String ministry(String keyOrLabel) {
    return base + "ministerie/" + slug(keyOrLabel);
  }

  public String kamerstuk(String key) {
    return base + "kamerstuk/" + segment(key);
  }

  /**
   * An official document referred to: by its official id under {@code document/} (so it joins the
   * document when that is loaded under the same name), otherwise under a segment of its kind.
   */
  public String reference(
      org.w3id.kamergraph.model.ReferenceKind kind, String identifier, boolean official) {
    if (official) {
      return document(identifier);
    }
    return switch (kind) {
      case STAATSCOURANT -> base + "staatscourant/" + slug(identifier);
      case ECLI -> base + "ecli/" + slug(identifier);
      case DOCUMENT_NUMBER -> base + "tk-document/" + segment(identifier);
      default -> base + "document/" + slug(identifier);
    };
  }

  public String zaak(String nummer) {
    return base + "zaak/" + segment(nummer);
  }

  public String question(String documentIri, int number) {
    return documentIri + "/vraag/" + number;
  }

  public String answer(String documentIri, int number) {
    return documentIri + "/antwoord/" + number;
  }

  public String footnote(String documentIri, int number, Span span) {
    return documentIri + "/noot/" + number + "-" + span.begin();
  }

  /** The whole text of a document as read (a {@code nif:Context}), which its spans point into. */
  public String documentText(String documentIri) {
    return documentIri + "/tekst";
  }

  public String mention(String documentIri, Span span, String entityIri) {
    // several things can be named by one span ("CDA-Raadslid"); the entity keeps them apart
    return documentIri
        + "/mention/"
        + span.begin()
        + "-"
        + span.end()
        + "-"
        + Integer.toHexString(entityIri.hashCode());
  }

  /** Lower case ASCII words joined by '-' ({@link Slugs#slug}). */
  public static String slug(String s) {
    return Slugs.slug(s);
  }

  /** An identifier kept as it is where it is already IRI-safe ({@code 2024Z10305}). */
  private static String segment(String s) {
    // compiled once: every document and entity IRI passes through here
    return SAFE_SEGMENT.matcher(s).matches() ? s : slug(s);
  }
}
