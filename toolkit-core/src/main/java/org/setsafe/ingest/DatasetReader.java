package org.setsafe.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.setsafe.model.CheckResult;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Involvement;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.Source;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * Reads a canonical dataset folder. The child files (people, checks, outcomes, sources) are read first
 * and held by incident id; incidents.csv then streams, each incident leaving with its children. Child
 * rows that name no (valid) incident are rejected with that reason.
 */
final class DatasetReader {
  private DatasetReader() {}

  /** A child row waiting for its incident. */
  private record Pending<T>(T value, CsvRow row, FileStats stats) {}

  private static final class Children {
    final Map<String, List<Pending<Involvement>>> people = new HashMap<>();
    final Map<String, List<Pending<CheckResult>>> checks = new HashMap<>();
    final Map<String, List<Pending<LegalOutcome>>> outcomes = new HashMap<>();
    final Map<String, List<Pending<Source>>> sources = new HashMap<>();
  }

  static List<FileStats> read(Path folder, String name, ImportOptions options, ProtocolCatalog catalog,
      IngestListener listener, Consumer<IncidentRecord> out) {
    Path incidentsFile = folder.resolve(Table.INCIDENTS.fileName());
    if (!Files.isRegularFile(incidentsFile)) {
      throw new InputException(name + ": not a dataset folder (no " + Table.INCIDENTS.fileName() + ")");
    }
    return read(folder, name, options, catalog, listener, out, EnumSet.allOf(Table.class));
  }

  /**
   * Reads the given tables of a folder. Without {@link Table#INCIDENTS} the child rows are checked on
   * their own (values only) and counted as imported, since there is nothing to link them to.
   */
  static List<FileStats> read(Path folder, String name, ImportOptions options, ProtocolCatalog catalog,
      IngestListener listener, Consumer<IncidentRecord> out, Set<Table> tables) {
    List<FileStats> stats = new ArrayList<>();
    Children ch = new Children();
    readChildren(folder, name, tables, Table.PEOPLE, options, listener, stats, ch.people, CanonicalRows::person,
        Involvement::incidentId);
    Set<String> checkKeys = new HashSet<>();
    readChildren(folder, name, tables, Table.CHECKS, options, listener, stats, ch.checks, c -> {
      CheckResult r = CanonicalRows.check(c, catalog);
      if (r != null && !checkKeys.add(r.incidentId() + "\u0000" + r.checkId())) {
        c.error("check_id", "check " + r.checkId() + " is already assessed for " + r.incidentId()
            + " in this file");
        return null;
      }
      return r;
    }, CheckResult::incidentId);
    readChildren(folder, name, tables, Table.OUTCOMES, options, listener, stats, ch.outcomes, CanonicalRows::outcome,
        LegalOutcome::incidentId);
    readChildren(folder, name, tables, Table.SOURCES, options, listener, stats, ch.sources, CanonicalRows::source,
        Source::incidentId);
    if (!tables.contains(Table.INCIDENTS)) {
      for (Map<String, ? extends List<? extends Pending<?>>> m : List.of(ch.people, ch.checks, ch.outcomes, ch.sources)) {
        m.values().forEach(DatasetReader::accept);
      }
      return stats;
    }
    Path incidentsFile = folder.resolve(Table.INCIDENTS.fileName());
    String file = join(name, Table.INCIDENTS.fileName());
    FileStats is = new FileStats(file, Table.INCIDENTS.rowName() + "s");
    stats.add(0, is);
    Map<String, Long> seen = new HashMap<>();
    Set<String> rejectedIds = new HashSet<>();
    try (CsvInput in = CsvInput.open(incidentsFile, file, options.charset(), listener)) {
      Layout layout = checkHeader(in, Table.INCIDENTS, listener);
      for (CsvRow row = in.next(); row != null; row = in.next()) {
        is.countRead();
        RowContext c = new RowContext(file, row.line(), layout, row.values(), null);
        widthCheck(in, row, c);
        Incident incident = layout == null ? null : CanonicalRows.incident(c);
        CanonicalRows.checkUniqueId(incident, row, seen, c);
        IncidentRecord record = null;
        if (!c.hasErrors()) {
          String id = incident.id();
          List<Pending<Involvement>> p = take(ch.people, id);
          List<Pending<CheckResult>> k = take(ch.checks, id);
          List<Pending<LegalOutcome>> o = take(ch.outcomes, id);
          List<Pending<Source>> s = take(ch.sources, id);
          try {
            record = new IncidentRecord(incident, values(p), values(k), values(o), values(s));
            accept(p);
            accept(k);
            accept(o);
            accept(s);
          } catch (IllegalArgumentException e) {
            c.error(e instanceof org.setsafe.model.InvalidValueException iv ? iv.field() : null, e.getMessage());
            for (List<? extends Pending<?>> group : List.of(p, k, o, s)) {
              orphan(group, listener, id, "its incident " + id + " was rejected (see " + file + ":" + row.line() + ")");
            }
          }
        } else if (incident != null) {
          rejectedIds.add(incident.id());
        }
        FlatLogReader.finish(c, listener, row, is, record, out);
      }
      is.finish(in);
    }
    for (Map<String, ? extends List<? extends Pending<?>>> m : List.of(ch.people, ch.checks, ch.outcomes, ch.sources)) {
      for (Map.Entry<String, ? extends List<? extends Pending<?>>> e : m.entrySet()) {
        String why = rejectedIds.contains(e.getKey())
            ? "its incident " + e.getKey() + " was rejected"
            : "names incident '" + e.getKey() + "', which is not in " + Table.INCIDENTS.fileName();
        orphan(e.getValue(), listener, e.getKey(), why);
      }
    }
    return stats;
  }

  private static <T> void readChildren(Path folder, String name, Set<Table> tables, Table table, ImportOptions options,
      IngestListener listener, List<FileStats> stats, Map<String, List<Pending<T>>> into,
      Function<RowContext, T> parse, Function<T, String> incidentId) {
    Path path = folder.resolve(table.fileName());
    if (!tables.contains(table) || !Files.isRegularFile(path)) {
      return;
    }
    String file = join(name, table.fileName());
    FileStats fs = new FileStats(file, table.rowName() + (table == Table.PEOPLE ? "" : "s"));
    stats.add(fs);
    try (CsvInput in = CsvInput.open(path, file, options.charset(), listener)) {
      Layout layout = checkHeader(in, table, listener);
      for (CsvRow row = in.next(); row != null; row = in.next()) {
        fs.countRead();
        RowContext c = new RowContext(file, row.line(), layout, row.values(), null);
        widthCheck(in, row, c);
        T value = layout == null ? null : parse.apply(c);
        FlatLogReader.emit(c, listener, file, row);
        if (value == null || c.hasErrors()) {
          fs.countRejected();
        } else {
          into.computeIfAbsent(incidentId.apply(value), k -> new ArrayList<>()).add(new Pending<>(value, row, fs));
        }
      }
      fs.finish(in);
    }
  }

  /** The layout of a canonical file, or null (after an error) when required columns are missing. */
  private static Layout checkHeader(CsvInput in, Table table, IngestListener listener) {
    List<String> header = in.header();
    if (header.isEmpty()) {
      if (!in.failed()) {
        listener.report(Diagnostic.error(in.name(), 0, 0, null, "the file is empty (expected a header row)"));
      }
      return null;
    }
    List<String> missing = new ArrayList<>();
    for (String r : table.requiredColumns()) {
      if (!header.contains(r)) {
        missing.add(r);
      }
    }
    for (int i = 0; i < header.size(); i++) {
      if (!table.columns().contains(header.get(i))) {
        listener.report(Diagnostic.warning(in.name(), in.headerLine(), i + 1, header.get(i),
            "not a column of " + table.fileName() + "; ignored (columns: " + String.join(", ", table.columns()) + ")"));
      }
    }
    if (!missing.isEmpty()) {
      listener.report(Diagnostic.error(in.name(), in.headerLine(), 0, null,
          "missing required column(s) " + String.join(", ", missing) + "; every row is rejected"));
      return null;
    }
    return Layout.ofHeader(header);
  }

  private static void widthCheck(CsvInput in, CsvRow row, RowContext c) {
    if (row.size() != in.header().size()) {
      c.error(null, "row has " + row.size() + " values but the header has " + in.header().size()
          + " (a missing or extra comma?)");
    }
  }

  private static <T> List<Pending<T>> take(Map<String, List<Pending<T>>> m, String id) {
    List<Pending<T>> l = m.remove(id);
    return l == null ? List.of() : l;
  }

  private static <T> List<T> values(List<Pending<T>> l) {
    List<T> out = new ArrayList<>(l.size());
    for (Pending<T> p : l) {
      out.add(p.value());
    }
    return out;
  }

  private static void accept(List<? extends Pending<?>> l) {
    for (Pending<?> p : l) {
      p.stats().countImported();
    }
  }

  private static void orphan(List<? extends Pending<?>> l, IngestListener listener, String id, String why) {
    for (Pending<?> p : l) {
      Diagnostic d = Diagnostic.error(p.stats().file(), p.row().line(), 1, "incident_id", why);
      listener.report(d);
      listener.rejected(p.stats().file(), p.row(), d);
      p.stats().countRejected();
    }
  }

  static String join(String folderName, String file) {
    return folderName.endsWith("/") ? folderName + file : folderName + "/" + file;
  }
}
