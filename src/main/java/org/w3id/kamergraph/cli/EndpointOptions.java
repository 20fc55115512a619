package org.w3id.kamergraph.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.w3id.kamergraph.store.SparqlEndpoint;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where {@code build --endpoint} writes: a SPARQL server's dataset, with credentials. The password
 * is never an argument (it would show in the process list and the shell history): it comes from a
 * file or from the environment variable {@value #PASSWORD_VARIABLE}.
 */
final class EndpointOptions {
  static final String PASSWORD_VARIABLE = "KAMERGRAPH_PASSWORD";

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description =
          "Write to this dataset of a standalone SPARQL server (Fuseki) instead of a local store,"
              + " e.g. http://127.0.0.1:3030/kamergraph (SPARQL at URL/sparql, updates at"
              + " URL/update, Graph Store at URL/data).")
  URI url;

  @Option(names = "--user", paramLabel = "NAME", description = "User for --endpoint (HTTP basic).")
  String user;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description =
          "File whose first line is the password of --user (else the environment variable "
              + PASSWORD_VARIABLE
              + ").")
  Path passwordFile;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "600",
      description = "Longest wait for one request to --endpoint (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  boolean isSet() {
    return url != null;
  }

  /** The endpoint, or a usage error saying what is missing or wrong. */
  SparqlEndpoint endpoint(CommandSpec spec) {
    String scheme = url.getScheme();
    if (scheme == null
        || !(scheme.equals("http") || scheme.equals("https"))
        || url.getHost() == null) {
      throw new ParameterException(
          spec.commandLine(), "--endpoint needs an http(s) URL of a dataset, not '" + url + "'");
    }
    if (user == null && passwordFile != null) {
      throw new ParameterException(spec.commandLine(), "--password-file needs --user");
    }
    Optional<SparqlEndpoint.Credentials> credentials = Optional.empty();
    if (user != null) {
      credentials = Optional.of(new SparqlEndpoint.Credentials(user, password(spec)));
    }
    return new SparqlEndpoint(url, credentials, Duration.ofSeconds(timeoutSeconds));
  }

  private String password(CommandSpec spec) {
    if (passwordFile != null) {
      try {
        String first =
            Files.readString(passwordFile, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        if (first.isBlank()) {
          throw new ParameterException(
              spec.commandLine(), passwordFile + ": the password file is empty");
        }
        return first.strip();
      } catch (IOException e) {
        throw new ParameterException(
            spec.commandLine(),
            passwordFile + ": cannot read the password file (" + e.getMessage() + ")");
      }
    }
    String env = System.getenv(PASSWORD_VARIABLE);
    if (env == null || env.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "--user needs a password: --password-file FILE or the environment variable "
              + PASSWORD_VARIABLE);
    }
    return env;
  }
}
