package org.setsafe.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Fixtures for the command tests, from the test classpath. */
final class CliFixtures {
  private CliFixtures() {}

  static String path(String name) {
    try {
      return Path.of(CliFixtures.class.getClassLoader().getResource(name).toURI()).toString();
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException("no fixture " + name, e);
    }
  }
}
