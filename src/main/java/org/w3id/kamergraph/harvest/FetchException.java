package org.w3id.kamergraph.harvest;

import java.net.URI;
import org.w3id.kamergraph.model.KamergraphException;

/** A URL that could not be fetched or whose content is unusable; the message names the URL. */
public final class FetchException extends KamergraphException {
  private final transient URI url;

  FetchException(URI url, String message) {
    super(url + ": " + message);
    this.url = url;
  }

  FetchException(URI url, String message, Throwable cause) {
    super(url + ": " + message, cause);
    this.url = url;
  }

  /** The URL concerned. */
  public URI url() {
    return url;
  }
}
