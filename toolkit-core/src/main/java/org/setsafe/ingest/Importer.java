package org.setsafe.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVPrinter;
import org.setsafe.io.FolderLock;
import org.setsafe.io.TempFiles;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.CsvInput;
import org.setsafe.read.Diagnostic;
import org.setsafe.read.DiagnosticSink;
import org.setsafe.read.Diagnostics;
import org.setsafe.read.IngestListener;
import org.setsafe.read.InputException;
import org.setsafe.read.RawRow;
import org.setsafe.schema.CanonicalTable;
import org.setsafe.store.DatasetReader;
import org.setsafe.store.DatasetSwitch;
import org.setsafe.store.DatasetWriter;
import org.setsafe.store.IdIndex;

/**
 * Converts and merges logs into a canonical dataset folder. Incidents already in the folder stay,
 * except those whose id comes again in the new input, which the new rows replace; so importing the
 * same log twice changes nothing. Rejected rows go to {@code rejects.csv} with their reason and raw
 * values; earlier rejects from the same input files are replaced, others kept.
 */
public final class Importer {
  /** The rejects file's columns. */
  public static final List<String> REJECT_COLUMNS =
      List.of("file", "line", "column", "column_name", "reason", "record");

  private final ImportOptions options;
  private final ProtocolCatalog catalog;
  private final UnaryOperator<IncidentRecord> enrich;

  public Importer(ImportOptions options, ProtocolCatalog catalog) {
    this(options, catalog, UnaryOperator.identity());
  }

  private Importer(
      ImportOptions options, ProtocolCatalog catalog, UnaryOperator<IncidentRecord> enrich) {
    this.options = options;
    this.catalog = catalog;
    this.enrich = enrich;
  }

  /**
   * An importer that passes each imported record through {@code enrich} before writing it, e.g. to
   * add the checks its description suggests ({@code import --suggest}).
   */
  public Importer enriching(UnaryOperator<IncidentRecord> enrich) {
    return new Importer(options, catalog, enrich);
  }

  /** The outcome of an import: the ingest accounting, and what the folder holds afterwards. */
  public record Result(
      IngestResult ingest, long keptFromBefore, long replaced, long incidentsNow, Path rejects) {}

  /**
   * Imports {@code inputs} into {@code folder}. Everything is read, checked and written in a work
   * folder first (the inputs, the dataset already there, its rejects.csv); only then does the
   * folder switch to the new version, all files together (see {@link DatasetSwitch}).
   *
   * @param strict when true, any error aborts the import and nothing is written
   * @throws InputException when an input cannot be read, the folder holds a dataset or a
   *     rejects.csv that does not read, or strict mode fails; the folder is then unchanged
   * @throws FolderLock.InUse when another run is writing into the folder (it holds its lock for the
   *     whole run)
   */
  public Result run(List<Path> inputs, Path folder, boolean strict, IngestListener listener) {
    Ingest.requireReadable(inputs);
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new InputException(folder + ": is a file, not a folder");
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw InputException.cannotRead(folder.toString(), e);
    }
    FolderLock lock = FolderLock.acquire(folder, "import");
    try {
      return runLocked(inputs, folder, strict, listener);
    } finally {
      lock.close();
    }
  }

  /** {@link #run}, the folder's lock held. */
  private Result runLocked(
      List<Path> inputs, Path folder, boolean strict, IngestListener listener) {
    DatasetSwitch.finishInterrupted(folder);
    TempFiles.sweep(folder);
    Set<String> inputNames = new HashSet<>();
    for (Path p : inputs) {
      inputNames.add(Ingest.nameOf(p));
    }
    Path work = TempFiles.folder(folder, "import");
    try {
      Path fresh = Files.createDirectory(work.resolve("new"));
      Path newRejects = work.resolve("new-rejects.csv");
      IngestResult ingest;
      IdIndex newIds = new IdIndex();
      try (DatasetWriter out = new DatasetWriter(fresh, false);
          CSVPrinter rejects =
              new CSVPrinter(
                  Files.newBufferedWriter(newRejects, StandardCharsets.UTF_8),
                  DatasetWriter.FORMAT)) {
        rejects.printRecord(REJECT_COLUMNS);
        IngestListener both =
            new IngestListener() {
              @Override
              public void report(Diagnostic d) {
                listener.report(d);
              }

              @Override
              public void rejected(String file, RawRow row, Diagnostic reason) {
                listener.rejected(file, row, reason);
                try {
                  rejects.printRecord(
                      file,
                      row.line(),
                      reason.column() == 0 ? null : reason.column(),
                      reason.columnName(),
                      reason.message(),
                      rawRecord(row));
                } catch (IOException e) {
                  throw new UncheckedIOException("cannot write rejects in " + folder, e);
                }
              }
            };
        ingest =
            new Ingest(options, catalog)
                .read(
                    inputs,
                    both,
                    r -> {
                      newIds.add(r.id()); // ingest reads each id once (see SeenIds)
                      out.write(enrich.apply(r));
                    });
        if (strict && ingest.errors() > 0) {
          throw new InputException(
              ingest.errors() + " error(s) in the input; --strict imports nothing");
        }
        out.commit();
      }
      return merge(listener, folder, fresh, newRejects, newIds, inputNames, ingest);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot import into " + folder, e);
    } finally {
      TempFiles.delete(work);
    }
  }

  /**
   * Writes the new version (the incidents kept from the folder, then the new ones; the rejects
   * kept, then the new ones) and switches the folder to it.
   */
  private Result merge(
      IngestListener listener,
      Path folder,
      Path fresh,
      Path newRejects,
      IdIndex newIds,
      Set<String> inputNames,
      IngestResult ingest)
      throws IOException {
    long[] counts = new long[2];
    try (DatasetWriter out = new DatasetWriter(folder)) {
      if (Files.isRegularFile(folder.resolve(CanonicalTable.INCIDENTS.fileName()))) {
        Diagnostics problems = new Diagnostics(3);
        // what the folder holds besides its data (hand edits, a bad manifest, stray files) is told
        // as the import's own warnings, and the hand edits stay in the new version's manifest
        DiagnosticSink found =
            d -> {
              if (d.isError()) {
                problems.report(d);
              } else if (d.line() == 0) {
                listener.report(d); // of a file as a whole; a row's were told when it was imported
              }
            };
        out.keepHandEdits(DatasetSwitch.handEditsToKeep(folder, options.today()));
        DatasetReader.read(
            folder,
            folder.toString(),
            ImportOptions.DEFAULT,
            catalog,
            IngestListener.of(found),
            r -> {
              if (newIds.contains(r.id())) {
                counts[1]++;
              } else {
                counts[0]++;
                out.write(r);
              }
            });
        if (problems.hasErrors()) {
          throw new InputException(
              folder
                  + " already holds a dataset with errors (first: "
                  + problems.firstError()
                  + "); run 'setsafe validate "
                  + folder
                  + "' and fix it, or import into a new folder");
        }
      }
      // the new rows were validated and written by this import: copy them as they are
      out.appendRows(fresh);
      mergeRejects(
          folder.resolve("rejects.csv"), newRejects, out.extraFile("rejects.csv"), inputNames);
      out.commit();
    }
    return new Result(
        ingest, counts[0], counts[1], counts[0] + newIds.size(), folder.resolve("rejects.csv"));
  }

  /**
   * Writes {@code into}: the rows of the folder's rejects.csv that came from other inputs, as they
   * stand, then the new ones.
   *
   * @throws InputException naming the old rejects.csv when it does not read as setsafe wrote it
   */
  private static void mergeRejects(Path old, Path fresh, Path into, Set<String> inputNames)
      throws IOException {
    try (java.io.Writer w = Files.newBufferedWriter(into, StandardCharsets.UTF_8)) {
      w.write(String.join(",", REJECT_COLUMNS));
      w.write('\n');
      if (Files.isRegularFile(old)) {
        copyRejects(old, inputNames, w);
      }
      try (java.io.Reader r = Files.newBufferedReader(fresh, StandardCharsets.UTF_8)) {
        int c;
        do {
          c = r.read(); // the header line, written above
        } while (c != -1 && c != '\n');
        r.transferTo(w); // this import's rejects, as written
      }
    }
  }

  /** Copies the rows of a rejects file (as they stand) whose file is not in {@code skip}. */
  private static void copyRejects(Path file, Set<String> skip, java.io.Writer w)
      throws IOException {
    Diagnostic problem = readRejects(file, file.toString(), skip, w);
    if (problem != null) {
      throw new InputException(
          problem + "; move it away or fix it, and import again. Nothing was changed");
    }
  }

  /**
   * Why the next import into a dataset folder would stop at its {@code rejects.csv} (the file does
   * not read as setsafe wrote it), as a warning; null when it reads, or when there is none.
   *
   * @param name how diagnostics name the folder
   */
  public static Diagnostic rejectsProblem(Path folder, String name) {
    Path file = folder.resolve("rejects.csv");
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      Diagnostic d = readRejects(file, name + "/rejects.csv", Set.of(), null);
      return d == null
          ? null
          : Diagnostic.warning(
              d.file(),
              d.line(),
              d.column(),
              d.columnName(),
              d.message() + "; the next import into this folder will stop here (fix or move it)");
    } catch (IOException | UncheckedIOException | InputException e) {
      return Diagnostic.warning(name + "/rejects.csv", 0, 0, null, "cannot be read");
    }
  }

  /**
   * Reads a rejects file, copying to {@code w} (when not null) the rows, as they stand, whose file
   * is not in {@code skip}; returns the first problem that shows it is not as setsafe wrote it.
   */
  private static Diagnostic readRejects(Path file, String name, Set<String> skip, java.io.Writer w)
      throws IOException {
    Diagnostics problems = new Diagnostics(1);
    try (CsvInput in = CsvInput.open(file, name, StandardCharsets.UTF_8, problems)) {
      if (!in.header().equals(REJECT_COLUMNS)) {
        return Diagnostic.error(
            name,
            1,
            0,
            null,
            "not a rejects file of setsafe (its header should be "
                + String.join(",", REJECT_COLUMNS)
                + ")");
      }
      for (RawRow row = in.next(); row != null; row = in.next()) {
        if (row.notes().stream().anyMatch(Diagnostic::isError)) {
          return row.notes().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        }
        if (w != null && !skip.contains(row.get(0))) {
          w.write(row.raw());
          w.write('\n');
        }
      }
      return problems.hasErrors() ? problems.list().get(0) : null;
    }
  }

  /**
   * The row's text as it stood in the input; for sources that do not keep it (none of setsafe's),
   * its values as one CSV line.
   */
  static String rawRecord(RawRow row) {
    if (row.raw() != null) {
      return row.raw();
    }
    StringBuilder b = new StringBuilder();
    try {
      DatasetWriter.FORMAT
          .builder()
          .setRecordSeparator("")
          .build()
          .printRecord(b, (Object[]) row.values());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }
}
