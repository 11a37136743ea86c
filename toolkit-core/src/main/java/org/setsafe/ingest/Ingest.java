package org.setsafe.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.setsafe.data.BundledData;
import org.setsafe.io.InputSize;
import org.setsafe.io.Moments;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.Dataset;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.CsvInput;
import org.setsafe.read.Diagnostic;
import org.setsafe.read.Diagnostics;
import org.setsafe.read.FileStats;
import org.setsafe.read.IngestListener;
import org.setsafe.read.InputException;
import org.setsafe.read.RawRow;
import org.setsafe.schema.CanonicalTable;
import org.setsafe.store.DatasetReader;
import org.setsafe.store.DatasetSwitch;
import org.setsafe.store.SeenIds;

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
   * Decides how to read a path ({@code -} is standard input, read as a flat log).
   *
   * @throws InputException when it cannot be read (see {@link #problem})
   */
  public static InputKind kindOf(Path path) {
    String problem = problem(path);
    if (problem != null) {
      throw new InputException(path + ": " + problem);
    }
    return kindOfReadable(path);
  }

  /** The kind of a path that {@link #problem} found readable (not checked again). */
  static InputKind kindOfReadable(Path path) {
    if (Files.isDirectory(path)) {
      return InputKind.DATASET_FOLDER;
    }
    return CanonicalTable.byFileName(path.getFileName().toString()) != null
        ? InputKind.CANONICAL_TABLE
        : InputKind.FLAT_LOG;
  }

  /**
   * Why a path cannot be read as input, in setsafe's words (no such file or folder, permission
   * denied, a loop of symbolic links, a folder without incidents.csv), or null when it can.
   */
  public static String problem(Path path) {
    if (path.equals(CsvInput.STDIN)) {
      return null;
    }
    try {
      path.toRealPath(); // follows links: a missing target, a loop or a closed folder fails here
    } catch (IOException e) {
      if (isPipe(path)) {
        return null; // /dev/stdin or <(...): a link to a pipe, which has no real path
      }
      return InputException.why(e);
    }
    if (Files.isDirectory(path)) {
      if (!Files.isReadable(path) || !Files.isExecutable(path)) {
        return "permission denied";
      }
      if (!Files.isRegularFile(path.resolve(CanonicalTable.INCIDENTS.fileName()))) {
        return "not a dataset folder (no " + CanonicalTable.INCIDENTS.fileName() + ")";
      }
      return DatasetSwitch.mixed(path);
    }
    return Files.isReadable(path) ? null : "permission denied";
  }

  /** Whether {@code path} opens as a readable stream that is no file (a pipe, a terminal). */
  static boolean isPipe(Path path) {
    return Files.exists(path)
        && !Files.isRegularFile(path)
        && !Files.isDirectory(path)
        && Files.isReadable(path);
  }

  /**
   * Checks every input before anything is read or written.
   *
   * @throws InputException naming each input that cannot be read, one per line
   */
  public static void requireReadable(List<Path> inputs) {
    InputFiles.check(inputs);
  }

  /** How diagnostics name an input: its path, or {@code <stdin>} for standard input. */
  static String nameOf(Path p) {
    return p.equals(CsvInput.STDIN) ? "<stdin>" : p.toString();
  }

  /** Reads every input in order. */
  public IngestResult read(
      List<Path> inputs, IngestListener listener, Consumer<IncidentRecord> out) {
    Counting counting = new Counting(listener);
    List<FileStats> stats = new ArrayList<>();
    for (Path p : inputs) {
      // an input that cannot be read is an error of its own; the others are read all the same
      String problem = problem(p);
      if (problem != null) {
        counting.report(Diagnostic.error(p.toString(), 0, 0, null, problem));
        continue;
      }
      stats.addAll(readOne(p, kindOfReadable(p), counting, out));
    }
    return new IngestResult(stats, counting.errors, counting.warnings);
  }

  /**
   * The records of inputs already checked, read in order when the source is read; each record goes
   * to the consumer for its input's {@linkplain InputFiles.Input#name name}.
   */
  public RecordSource source(InputFiles inputs) {
    return (listener, sink) -> {
      Counting counting = new Counting(listener);
      List<FileStats> stats = new ArrayList<>();
      for (InputFiles.Input in : inputs.inputs()) {
        stats.addAll(readOne(in.path(), in.kind(), counting, sink.apply(in.name())));
      }
      return new IngestResult(stats, counting.errors, counting.warnings);
    };
  }

  /** The records of the bundled reference dataset, read when the source is read. */
  public RecordSource referenceSource() {
    return (listener, sink) -> readReference(listener, sink.apply(REFERENCE_SOURCE));
  }

  /** How {@link #referenceSource()} names its input. */
  public static final String REFERENCE_SOURCE = "reference";

  /**
   * Reads one input of a kind decided; an input that turns out unreadable on the way (gone since it
   * was checked) is an error of its own.
   */
  private List<FileStats> readOne(
      Path p, InputKind kind, IngestListener listener, Consumer<IncidentRecord> out) {
    try {
      return readAs(p, kind, nameOf(p), listener, Moments.readRows(out));
    } catch (InputException e) {
      String m = e.getMessage();
      String prefix = p + ": ";
      listener.report(
          Diagnostic.error(
              p.toString(), 0, 0, null, m.startsWith(prefix) ? m.substring(prefix.length()) : m));
      return List.of();
    }
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
            InputSize.STREAM_FROM_BYTES,
            seen);
    return new IngestResult(stats, counting.errors, counting.warnings);
  }

  private List<FileStats> readAs(
      Path p, InputKind kind, String name, IngestListener listener, Consumer<IncidentRecord> out) {
    return switch (kind) {
      case DATASET_FOLDER -> {
        List<FileStats> stats =
            DatasetReader.read(
                p,
                name,
                options,
                catalog,
                listener,
                out,
                EnumSet.allOf(CanonicalTable.class),
                InputSize.STREAM_FROM_BYTES,
                seen);
        // not part of the data, but the next import keeps it: say now if it would stop there
        Diagnostic rejects = Importer.rejectsProblem(p, name);
        if (rejects != null) {
          listener.report(rejects);
        }
        yield stats;
      }
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
            InputSize.STREAM_FROM_BYTES,
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
