package org.setsafe.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.setsafe.data.BundledData;

/** Fixtures for the command tests, from the test classpath. */
final class CliFixtures {
  private CliFixtures() {}

  /**
   * A file of {@code data/examples/} as a plain file a command can be given: the bundled data may
   * sit inside a jar (the reactor build's toolkit-core), so it is copied to a temporary folder.
   */
  static String example(String name) {
    try {
      Path dir = Files.createTempDirectory("setsafe-example");
      dir.toFile().deleteOnExit();
      Path to = dir.resolve(name);
      Files.copy(BundledData.path("examples/" + name), to);
      to.toFile().deleteOnExit();
      return to.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String path(String name) {
    try {
      return Path.of(CliFixtures.class.getClassLoader().getResource(name).toURI()).toString();
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException("no fixture " + name, e);
    }
  }
}
