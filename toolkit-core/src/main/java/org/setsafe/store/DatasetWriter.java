package org.setsafe.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.setsafe.io.FolderLock;
import org.setsafe.io.TempFiles;
import org.setsafe.io.UnsyncWriter;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Involvement;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.Source;
import org.setsafe.schema.ActionFields;
import org.setsafe.schema.CanonicalTable;
import org.setsafe.schema.CheckFields;
import org.setsafe.schema.Field;
import org.setsafe.schema.IncidentFields;
import org.setsafe.schema.OutcomeFields;
import org.setsafe.schema.PersonFields;
import org.setsafe.schema.SourceFields;

/**
 * Writes incident records as a canonical dataset folder, streaming. The files are written in a work
 * folder inside the dataset's ({@code .setsafe-write-PID-N}) and switched into place by {@link
 * #commit()} as one version: see {@link DatasetSwitch}. A reader sees the old version or the new
 * one, or is told the folder is part-way through a switch; never a mix it takes for a dataset. The
 * writer holds the folder's {@link FolderLock} until it is committed or closed: a second writer is
 * refused.
 */
public final class DatasetWriter implements AutoCloseable {
  public static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

  private final Path folder;
  private final Path work;
  private final Map<CanonicalTable, CSVPrinter> printers = new EnumMap<>(CanonicalTable.class);
  private final FolderLock lock;
  private final List<String> handEdits = new ArrayList<>();
  private boolean committed;

  /** Writes a new version of the dataset in {@code folder} (created if missing). */
  public DatasetWriter(Path folder) {
    this(folder, true);
  }

  /**
   * @param staged true: a new version switched into {@code folder} by {@link #commit}; false: the
   *     files written straight into {@code folder} (a work folder of the caller's), commit only
   *     closing them
   */
  public DatasetWriter(Path folder, boolean staged) {
    this.folder = folder;
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create folder " + folder, e);
    }
    if (staged) {
      this.lock = FolderLock.acquire(folder, "import");
      try {
        DatasetSwitch.finishInterrupted(folder);
        TempFiles.sweep(folder);
        this.work = TempFiles.folder(folder, "write");
      } catch (RuntimeException e) {
        lock.close();
        throw e;
      }
    } else {
      this.lock = null;
      this.work = null;
    }
    Path into = work != null ? work : folder;
    try {
      for (CanonicalTable t : CanonicalTable.values()) {
        Writer w =
            new UnsyncWriter(
                new OutputStreamWriter(
                    new BufferedOutputStream(
                        Files.newOutputStream(into.resolve(t.fileName())), 1 << 16),
                    StandardCharsets.UTF_8));
        CSVPrinter p = new CSVPrinter(w, FORMAT);
        p.printRecord(t.columns());
        printers.put(t, p);
      }
    } catch (IOException | RuntimeException e) {
      close();
      if (e instanceof IOException io) {
        throw new UncheckedIOException("cannot write to " + folder, io);
      }
      throw (RuntimeException) e;
    }
  }

  /**
   * Where to write another file that is part of the new version (such as {@code rejects.csv}),
   * switched into place with the tables.
   */
  public Path extraFile(String name) {
    if (work == null) {
      throw new IllegalStateException("only a staged writer switches extra files");
    }
    return work.resolve(name);
  }

  /**
   * Keeps {@code edits} (changes made by hand to the version before, adopted by this one) in the
   * new version's manifest, so that readers go on warning of them.
   */
  public void keepHandEdits(List<String> edits) {
    handEdits.addAll(edits);
  }

  public void write(IncidentRecord r) {
    try {
      record(CanonicalTable.INCIDENTS, IncidentFields.ALL, r.incident());
      for (Involvement p : r.people()) {
        record(CanonicalTable.PEOPLE, PersonFields.ALL, p);
      }
      for (CheckResult c : r.checks()) {
        record(CanonicalTable.CHECKS, CheckFields.ALL, c);
      }
      for (LegalOutcome o : r.outcomes()) {
        record(CanonicalTable.OUTCOMES, OutcomeFields.ALL, o);
      }
      for (CorrectiveAction a : r.actions()) {
        record(CanonicalTable.ACTIONS, ActionFields.ALL, a);
      }
      for (Source s : r.sources()) {
        record(CanonicalTable.SOURCES, SourceFields.ALL, s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + folder, e);
    }
  }

  /**
   * Appends the data rows of the dataset in {@code other} (written by a DatasetWriter, so with the
   * same columns) after the rows written so far, as they are, without parsing them.
   */
  public void appendRows(Path other) {
    for (CanonicalTable t : CanonicalTable.values()) {
      Path from = other.resolve(t.fileName());
      if (!Files.isRegularFile(from)) {
        continue;
      }
      CSVPrinter p = printers.get(t);
      try (Reader in = Files.newBufferedReader(from, StandardCharsets.UTF_8)) {
        p.flush();
        int c;
        do {
          c = in.read(); // the header line: setsafe's headers hold no quotes or line breaks
        } while (c != -1 && c != '\n');
        Appendable out = p.getOut();
        if (out instanceof Writer w) {
          in.transferTo(w);
        } else {
          throw new IllegalStateException("unexpected printer target " + out.getClass());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot copy " + from + " into " + folder, e);
      }
    }
  }

  /**
   * Prints one record field by field: the same output as {@link CSVPrinter#printRecord(Object...)},
   * without the stream that method builds for every record (a tenth of the time of a large import).
   */
  private <R> void record(CanonicalTable table, List<Field<R, ?>> fields, R row)
      throws IOException {
    CSVPrinter p = printers.get(table);
    for (Field<R, ?> f : fields) {
      p.print(f.cell(row));
    }
    p.println();
  }

  /** Closes the files and switches them into place as the dataset's new version. */
  public void commit() {
    closePrinters();
    if (work != null) {
      TempFiles.unlock(work); // its lock file is no file of the dataset
      DatasetSwitch.commit(work, folder, handEdits);
      TempFiles.forget(work);
    }
    committed = true;
    if (lock != null) {
      lock.close();
    }
  }

  private void closePrinters() {
    List<IOException> failures = new ArrayList<>();
    for (CSVPrinter p : printers.values()) {
      try {
        p.close(true);
      } catch (IOException e) {
        failures.add(e);
      }
    }
    printers.clear();
    if (!failures.isEmpty()) {
      throw new UncheckedIOException("cannot finish writing " + folder, failures.get(0));
    }
  }

  /** Discards what was written unless committed. */
  @Override
  public void close() {
    if (committed) {
      return;
    }
    try {
      closePrinters();
    } catch (UncheckedIOException ignored) {
      // discarding anyway
    }
    if (work != null) {
      TempFiles.delete(work);
    }
    if (lock != null) {
      lock.close();
    }
  }
}
