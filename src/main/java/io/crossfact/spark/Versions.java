package io.crossfact.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The crossfact version, from the build's resource filter. */
final class Versions {
  private Versions() {}

  static String crossfact() {
    try (InputStream in = Versions.class.getResourceAsStream("/crossfact-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
