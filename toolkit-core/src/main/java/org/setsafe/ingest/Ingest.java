package org.setsafe.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.setsafe.data.BundledData;
import org.setsafe.model.Dataset;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * The entry point of ingest: reads any accepted input (a dataset folder, one canonical table, or a
 * flat log, optionally through a column mapping) and streams the valid incident records to a
 * consumer, while every problem goes to the listener. One {@code Ingest} serves one command: it
 * remembers every incident id it has read, so that an id repeated within a file, across files or
 * against the reference data is reported, and read once (see {@link SeenIds}).
 */
public final class Ingest {
  /** How diagnostics name the bundled reference dataset. */
  public static final String REFERENCE_NAME = "<reference>";

  private final ImportOptions options;
  private final ProtocolCatalog catalog;
  private final SeenIds seen = new SeenIds();

  public Ingest(ImportOptions options, ProtocolCatalog catalog) {
    this.options = options;
    this.catalog = catalog;
  }

  public Ingest() {
    this(ImportOptions.DEFAULT, ProtocolCatalog.bundled());
  }

  /** What kind of input a path is. */
  public enum InputKind {
    DATASET_FOLDER,
    CANONICAL_TABLE,
    FLAT_LOG
  }

  /**
   * Decides how to read a path.
   *
   * @throws InputException when it does not exist or is a folder without incidents.csv
   */
  public static InputKind kindOf(Path path) {
    if (Files.isDirectory(path)) {
      if (!Files.isRegularFile(path.resolve(CanonicalTable.INCIDENTS.fileName()))) {
        throw new InputException(
            path + ": not a dataset folder (no " + CanonicalTable.INCIDENTS.fileName() + ")");
      }
      return InputKind.DATASET_FOLDER;
    }
    if (!Files.exists(path)) {
      throw new InputException(path + ": no such file or folder");
    }
    return CanonicalTable.byFileName(path.getFileName().toString()) != null
        ? InputKind.CANONICAL_TABLE
        : InputKind.FLAT_LOG;
  }

  /** Reads every input in order. */
  public IngestResult read(
      List<Path> inputs, IngestListener listener, Consumer<IncidentRecord> out) {
    Counting counting = new Counting(listener);
    List<FileStats> stats = new ArrayList<>();
    for (Path p : inputs) {
      stats.addAll(readOne(p, p.toString(), counting, out));
    }
    return new IngestResult(stats, counting.errors, counting.warnings);
  }

  /** Reads the bundled reference dataset. */
  public IngestResult readReference(IngestListener listener, Consumer<IncidentRecord> out) {
    Counting counting = new Counting(listener);
    List<FileStats> stats =
        DatasetReader.read(
            BundledData.reference(),
            REFERENCE_NAME,
            ImportOptions.DEFAULT,
            catalog,
            counting,
            out,
            EnumSet.allOf(CanonicalTable.class),
            DatasetReader.STREAM_FROM_BYTES,
            seen);
    return new IngestResult(stats, counting.errors, counting.warnings);
  }

  private List<FileStats> readOne(
      Path p, String name, IngestListener listener, Consumer<IncidentRecord> out) {
    return switch (kindOf(p)) {
      case DATASET_FOLDER ->
          DatasetReader.read(
              p,
              name,
              options,
              catalog,
              listener,
              out,
              EnumSet.allOf(CanonicalTable.class),
              DatasetReader.STREAM_FROM_BYTES,
              seen);
      case CANONICAL_TABLE -> {
        Path folder = p.toAbsolutePath().getParent();
        String folderName = p.getParent() == null ? "." : p.getParent().toString();
        yield DatasetReader.read(
            folder,
            folderName,
            options,
            catalog,
            listener,
            out,
            EnumSet.of(CanonicalTable.byFileName(p.getFileName().toString())),
            DatasetReader.STREAM_FROM_BYTES,
            seen);
      }
      case FLAT_LOG -> List.of(FlatLogReader.read(p, name, options, catalog, listener, out, seen));
    };
  }

  /** Loads small inputs into memory, optionally with the reference dataset first. */
  public Dataset load(List<Path> inputs, boolean withReference, IngestListener listener) {
    Dataset d = new Dataset();
    if (withReference) {
      readReference(listener, d::add);
    }
    read(inputs, listener, d::add);
    return d;
  }

  /** The reference dataset, loaded once per call; it is small. */
  public static Dataset reference() {
    Dataset d = new Dataset();
    Diagnostics problems = new Diagnostics(5);
    new Ingest().readReference(problems, d::add);
    if (problems.hasErrors()) {
      throw new IllegalStateException(
          "the bundled reference dataset has errors: " + problems.list());
    }
    return d;
  }

  private static final class Counting implements IngestListener {
    private final IngestListener inner;
    long errors;
    long warnings;

    Counting(IngestListener inner) {
      this.inner = inner;
    }

    @Override
    public void report(Diagnostic d) {
      if (d.isError()) {
        errors++;
      } else {
        warnings++;
      }
      inner.report(d);
    }

    @Override
    public void rejected(String file, RawRow row, Diagnostic reason) {
      inner.rejected(file, row, reason);
    }
  }
}
