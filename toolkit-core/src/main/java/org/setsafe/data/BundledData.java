package org.setsafe.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * The reference dataset, protocols and mappings shipped inside the jar (copied from the
 * repository's {@code data/} folder at build time), reachable as {@link Path}s whether the classes
 * run from a jar or from a class directory.
 */
public final class BundledData {
  private static final String ROOT = "setsafe-data";

  /** The file beside a dataset's tables that describes it (its as-of date). */
  public static final String DATASET_FILE = "dataset.json";

  /**
   * A folder holding the same files as the bundled data: the launcher names the checkout's or the
   * distribution's {@code data/} folder (the jar is rebuilt whenever it changes, so they are the
   * same), which spares each run opening the whole jar as a file system, a tenth of a second of
   * start-up. Without it, or for a file it lacks, the copy inside the jar is read.
   */
  public static final String FOLDER_PROPERTY = "setsafe.data";

  private static volatile DatasetDescription description;

  private BundledData() {}

  /**
   * The bundled folder or file at {@code relative}, e.g. {@code reference} or {@code protocols}.
   */
  public static Path path(String relative) {
    String folder = System.getProperty(FOLDER_PROPERTY, "");
    if (!folder.isEmpty()) {
      Path p = Path.of(folder).resolve(relative);
      if (Files.exists(p)) {
        return p;
      }
    }
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

  /**
   * The date the reference dataset is complete to ({@code as_of} in {@code
   * reference/dataset.json}): it was checked against public reporting up to that day and records no
   * later event.
   */
  public static LocalDate referenceAsOf() {
    return referenceDescription().asOf();
  }

  /**
   * What {@code reference/dataset.json} says of the reference dataset: its as-of date, its weak
   * sources and the events known to have followed its outcomes (read once).
   */
  public static DatasetDescription referenceDescription() {
    DatasetDescription d = description;
    if (d == null) {
      d = DatasetDescription.read(reference().resolve(DATASET_FILE));
      description = d;
    }
    return d;
  }

  /**
   * The {@code as_of} date of a dataset description file ({@code {"as_of": "yyyy-MM-dd", ...}}).
   *
   * @throws IllegalStateException when the file is missing, is not JSON or has no valid date
   */
  public static LocalDate asOf(Path datasetJson) {
    return DatasetDescription.read(datasetJson).asOf();
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
