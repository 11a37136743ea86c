package org.setsafe.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.setsafe.model.CheckResult;
import org.setsafe.model.Coded;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Involvement;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.Source;

/**
 * Writes incident records as a canonical dataset folder, streaming. Files are written under
 * temporary names and moved into place by {@link #commit()}, so a crash never leaves a half-written
 * dataset.
 */
public final class DatasetWriter implements AutoCloseable {
  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

  private final Path folder;
  private final Map<CanonicalTable, CSVPrinter> printers = new EnumMap<>(CanonicalTable.class);
  private final Map<CanonicalTable, Path> temps = new EnumMap<>(CanonicalTable.class);
  private boolean committed;

  public DatasetWriter(Path folder) {
    this.folder = folder;
    try {
      Files.createDirectories(folder);
      for (CanonicalTable t : CanonicalTable.values()) {
        Path tmp = folder.resolve("." + t.fileName() + ".tmp");
        Writer w =
            new UnsyncWriter(
                new OutputStreamWriter(
                    new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16),
                    StandardCharsets.UTF_8));
        CSVPrinter p = new CSVPrinter(w, FORMAT);
        p.printRecord(t.columns());
        printers.put(t, p);
        temps.put(t, tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + folder, e);
    }
  }

  public void write(IncidentRecord r) {
    try {
      Incident i = r.incident();
      record(
          printers.get(CanonicalTable.INCIDENTS),
          i.id(),
          i.title(),
          i.production(),
          i.date(),
          time(i.time()),
          i.location(),
          i.department(),
          i.jurisdiction(),
          i.category().code(),
          i.activity().code(),
          i.severity().code(),
          i.fatalities(),
          i.injuries(),
          i.summary(),
          i.reportedBy(),
          i.note());
      for (Involvement p : r.people()) {
        record(
            printers.get(CanonicalTable.PEOPLE),
            p.incidentId(),
            p.name(),
            p.role().code(),
            p.harm().code(),
            p.note());
      }
      for (CheckResult c : r.checks()) {
        record(
            printers.get(CanonicalTable.CHECKS),
            c.incidentId(),
            c.checkId(),
            c.status().code(),
            code(c.responsibleRole()),
            c.confidence().code(),
            c.evidence(),
            c.sourceUrl());
      }
      for (LegalOutcome o : r.outcomes()) {
        record(
            printers.get(CanonicalTable.OUTCOMES),
            o.incidentId(),
            o.party(),
            code(o.partyRole()),
            o.kind().code(),
            o.action(),
            o.filedOn(),
            o.disposition().code(),
            o.decidedOn(),
            o.sentencedOn(),
            o.sentenceMonths(),
            o.sentence(),
            plain(o.initialAmount()),
            plain(o.amount()),
            o.currency(),
            o.note(),
            o.sourceUrl());
      }
      for (CorrectiveAction a : r.actions()) {
        record(
            printers.get(CanonicalTable.ACTIONS),
            a.incidentId(),
            a.actionId(),
            a.action(),
            code(a.kind()),
            a.owner(),
            code(a.ownerRole()),
            a.raisedOn(),
            a.dueOn(),
            a.status().code(),
            a.closedOn(),
            a.verifiedBy(),
            a.note(),
            a.sourceUrl());
      }
      for (Source s : r.sources()) {
        record(
            printers.get(CanonicalTable.SOURCES),
            s.incidentId(),
            s.title(),
            s.publisher(),
            code(s.kind()),
            s.publishedOn(),
            s.url());
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
   * Prints one record value by value: the same output as {@link CSVPrinter#printRecord(Object...)},
   * without the stream that method builds for every record (a tenth of the time of a large import).
   */
  private static void record(CSVPrinter p, Object... values) throws IOException {
    for (Object v : values) {
      p.print(v);
    }
    p.println();
  }

  /** Times are written to the minute, or to the second when they have seconds. */
  static String time(LocalTime t) {
    return t == null ? null : (t.getSecond() == 0 ? HH_MM : HH_MM_SS).format(t);
  }

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

  private static String code(Coded c) {
    return c == null ? null : c.code();
  }

  private static String plain(java.math.BigDecimal d) {
    return d == null ? null : d.toPlainString();
  }

  /** Closes the files and moves them into place. */
  public void commit() {
    closePrinters();
    try {
      for (CanonicalTable t : CanonicalTable.values()) {
        Files.move(
            temps.get(t),
            folder.resolve(t.fileName()),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
      committed = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the new dataset into " + folder, e);
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

  /** Discards the temporary files unless committed. */
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
    for (Path tmp : temps.values()) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // best effort
      }
    }
  }
}
