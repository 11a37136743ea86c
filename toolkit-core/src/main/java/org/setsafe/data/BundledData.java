package org.setsafe.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The reference dataset, protocols and mappings shipped inside the jar (copied from the
 * repository's {@code data/} folder at build time), reachable as {@link Path}s whether the classes
 * run from a jar or from a class directory.
 */
public final class BundledData {
  private static final String ROOT = "setsafe-data";

  private BundledData() {}

  /**
   * The bundled folder or file at {@code relative}, e.g. {@code reference} or {@code protocols}.
   */
  public static Path path(String relative) {
    URL url = BundledData.class.getClassLoader().getResource(ROOT + "/" + relative);
    if (url == null) {
      throw new IllegalStateException(
          "bundled data '" + relative + "' is missing from the classpath");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        return jarFileSystem(uri).provider().getPath(uri);
      }
      return Path.of(uri);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad resource address " + url, e);
    }
  }

  /** The bundled reference dataset folder. */
  public static Path reference() {
    return path("reference");
  }

  private static synchronized FileSystem jarFileSystem(URI uri) {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(uri);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the bundled data in " + uri, e);
    }
  }
}
