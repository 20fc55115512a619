package org.w3id.kamergraph;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * kamergraph's version, as Maven stamped it into the jar, and the extractor's fingerprint: a hash
 * of the classes and data files extraction depends on, so a rebuild with changed extractors or
 * gazetteers re-extracts every document while any other change skips them all.
 */
public final class Version {
  private static final Properties STAMPED = read();
  private static final String VERSION = stamped("version", "dev");

  /**
   * What a document's graph depends on: the stages up to {@code rdf}, the class that assembles
   * them, the gazetteers and the reference data. A change to the store, the linking, the server,
   * the queries or the command line leaves every stored document as it is. Every package the
   * pipeline's stages may import is listed (a test checks it against the allowed imports): a
   * package left out would leave graphs built by its old code in a store as if current.
   */
  private static final String[] OWN = {
    "org/w3id/kamergraph/model/",
    "org/w3id/kamergraph/reference/",
    "org/w3id/kamergraph/ingest/",
    "org/w3id/kamergraph/layout/",
    "org/w3id/kamergraph/extract/",
    "org/w3id/kamergraph/resolve/",
    "org/w3id/kamergraph/rdf/",
    "org/w3id/kamergraph/Pipeline",
    "kamergraph/gazetteer/",
    "kamergraph/reference/"
  };

  private Version() {}

  public static String get() {
    return VERSION;
  }

  /**
   * What {@code --version} prints: the version, the commit it was built from ("unknown" outside a
   * git checkout; "+ local changes" when the tree differed from it), when it was built, and the
   * Jena and Java it runs on.
   */
  public static List<String> described() {
    String commit = stamped("commit", "unknown");
    if (!commit.equals("unknown") && "true".equals(stamped("dirty", "false"))) {
      commit += " + local changes";
    }
    String committed = stamped("commitTime", "");
    return List.of(
        "kamergraph " + VERSION,
        "commit: " + commit + (committed.isEmpty() ? "" : " (" + committed + ")"),
        "built: " + stamped("buildTime", "unknown"),
        "Apache Jena: " + stamped("jena", "unknown"),
        "Java: "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")");
  }

  /** A stamped value; {@code otherwise} when Maven had none to fill in (no git checkout). */
  private static String stamped(String key, String otherwise) {
    String v = STAMPED.getProperty(key, "");
    return v.isBlank() || v.startsWith("${") ? otherwise : v.strip();
  }

  /** The version plus the fingerprint of the code and data that extract: {@code 0.1.0+3fa2…}. */
  public static String extractor() {
    return Holder.EXTRACTOR;
  }

  /** Computed on first use only: reading the classes takes a few milliseconds. */
  private static final class Holder {
    static final String EXTRACTOR = VERSION + "+" + fingerprint();
  }

  private static String fingerprint() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      URL here = Version.class.getResource("Version.class");
      if (here != null && here.getProtocol().equals("jar")) {
        JarURLConnection c = (JarURLConnection) here.openConnection();
        c.setUseCaches(false);
        try (JarFile jar = c.getJarFile()) {
          List<JarEntry> entries = new ArrayList<>();
          jar.stream().filter(e -> !e.isDirectory() && own(e.getName())).forEach(entries::add);
          entries.sort(java.util.Comparator.comparing(JarEntry::getName));
          for (JarEntry e : entries) {
            sha.update(e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (InputStream in = jar.getInputStream(e)) {
              sha.update(in.readAllBytes());
            }
          }
        }
      } else if (here != null) {
        Path root = Path.of(here.toURI()).getParent();
        for (int i = 0; i < 4; i++) {
          root = root.getParent(); // org/w3id/kamergraph/Version.class → the classes folder
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
          Path base = root;
          files =
              s.filter(Files::isRegularFile)
                  .filter(f -> own(base.relativize(f).toString().replace('\\', '/')))
                  .sorted()
                  .toList();
        }
        for (Path f : files) {
          sha.update(
              root.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
          sha.update(Files.readAllBytes(f));
        }
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (IOException | URISyntaxException | NoSuchAlgorithmException e) {
      return "unknown";
    }
  }

  /** The class and resource path prefixes {@link #extractor()} fingerprints. */
  static List<String> ownPrefixes() {
    return List.of(OWN);
  }

  private static boolean own(String name) {
    for (String prefix : OWN) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static Properties read() {
    Properties p = new Properties();
    try (InputStream in =
        Version.class.getClassLoader().getResourceAsStream("kamergraph/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // no stamp: every value reads as unknown
    }
    return p;
  }
}
