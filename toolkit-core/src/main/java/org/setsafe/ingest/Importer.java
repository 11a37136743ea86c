package org.setsafe.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;

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
   * Imports {@code inputs} into {@code folder}.
   *
   * @param strict when true, any error aborts the import and nothing is written
   * @throws InputException when the folder holds a dataset that does not validate, or strict mode
   *     fails
   */
  public Result run(List<Path> inputs, Path folder, boolean strict, IngestListener listener) {
    Path work = folder.resolve(".import-work");
    Set<String> inputNames = new HashSet<>();
    for (Path p : inputs) {
      inputNames.add(p.toString());
    }
    try {
      Files.createDirectories(work);
      Path newRejects = work.resolve("rejects.csv");
      IngestResult ingest;
      IdIndex newIds = new IdIndex();
      try (DatasetWriter fresh = new DatasetWriter(work);
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
                      fresh.write(enrich.apply(r));
                    });
        if (strict && ingest.errors() > 0) {
          throw new InputException(
              ingest.errors() + " error(s) in the input; --strict imports nothing");
        }
        fresh.commit();
      }
      return merge(folder, work, newIds, inputNames, ingest);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot import into " + folder, e);
    } finally {
      deleteQuietly(work);
    }
  }

  private Result merge(
      Path folder, Path work, IdIndex newIds, Set<String> inputNames, IngestResult ingest)
      throws IOException {
    long kept = 0;
    long replaced = 0;
    long now;
    if (!Files.isRegularFile(folder.resolve(CanonicalTable.INCIDENTS.fileName()))) {
      // nothing to merge with: the new files move into place as they are
      for (CanonicalTable t : CanonicalTable.values()) {
        Files.move(
            work.resolve(t.fileName()),
            folder.resolve(t.fileName()),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
      Path rejects = folder.resolve("rejects.csv");
      mergeRejects(rejects, work.resolve("rejects.csv"), inputNames);
      return new Result(ingest, 0, 0, newIds.size(), rejects);
    }
    try (DatasetWriter out = new DatasetWriter(folder)) {
      Diagnostics problems = new Diagnostics(3);
      long[] counts = new long[2];
      DatasetReader.read(
          folder,
          folder.toString(),
          ImportOptions.DEFAULT,
          catalog,
          problems,
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
                + problems.list().get(0)
                + "); run 'setsafe validate "
                + folder
                + "' and fix it, or import into a new folder");
      }
      kept = counts[0];
      replaced = counts[1];
      // the new rows were validated and written by this import: copy them as they are
      out.appendRows(work);
      now = kept + newIds.size();
      out.commit();
    }
    Path rejects = folder.resolve("rejects.csv");
    mergeRejects(rejects, work.resolve("rejects.csv"), inputNames);
    return new Result(ingest, kept, replaced, now, rejects);
  }

  private static void mergeRejects(Path target, Path fresh, Set<String> inputNames)
      throws IOException {
    Path tmp = target.resolveSibling(".rejects.csv.tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, DatasetWriter.FORMAT)) {
      p.printRecord(REJECT_COLUMNS);
      if (Files.isRegularFile(target)) {
        try (var parser =
            DatasetWriter.FORMAT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(Files.newBufferedReader(target, StandardCharsets.UTF_8))) {
          for (CSVRecord r : parser) {
            if (!inputNames.contains(r.get("file"))) {
              p.printRecord(r.toList());
            }
          }
        }
      }
      try (var parser =
          DatasetWriter.FORMAT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .build()
              .parse(Files.newBufferedReader(fresh, StandardCharsets.UTF_8))) {
        for (CSVRecord r : parser) {
          p.printRecord(r.toList());
        }
      }
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The row as it was read, re-quoted as one CSV line. */
  static String rawRecord(RawRow row) {
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

  private static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException ignored) {
                  // best effort
                }
              });
    } catch (IOException ignored) {
      // best effort
    }
  }
}
