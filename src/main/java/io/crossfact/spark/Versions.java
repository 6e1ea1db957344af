package io.crossfact.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The crossfact version, from the build's resource filter: the one source of --version and run.json. */
public final class Versions {
  private Versions() {}

  public static String crossfact() {
    return property("version");
  }

  /** When this build was made: results carried between nightly runs are reused only within one build. */
  static String build() {
    return property("build");
  }

  private static String property(String name) {
    try (InputStream in = Versions.class.getResourceAsStream("/crossfact-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty(name, "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
