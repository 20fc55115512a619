package org.w3id.kamergraph;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** kamergraph's version, as Maven stamped it into the jar. */
public final class Version {
  private static final String VERSION = read();

  private Version() {}

  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in =
        Version.class.getClassLoader().getResourceAsStream("kamergraph/version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
