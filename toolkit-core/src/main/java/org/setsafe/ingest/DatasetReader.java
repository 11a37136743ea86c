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
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Involvement;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.Source;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * Reads a canonical dataset folder. The child files (people, checks, outcomes, sources, actions)
 * are read first and held by incident id; incidents.csv then streams, each incident leaving with
 * its children. Child rows that name no (valid) incident are rejected with that reason.
 *
 * <p>Large folders (child files of {@link #STREAM_FROM_BYTES} or more) whose child rows come
 * grouped by incident in the order of incidents.csv, as setsafe writes them, are read without
 * holding the children: a first pass checks the order, then all files are read side by side. Memory
 * then holds the ids only. (One difference: when an id occurs twice in incidents.csv, its children
 * go with the first row.)
 */
final class DatasetReader {
  /**
   * From this total size of the child files on, a folder is read side by side when its order
   * allows.
   */
  static final long STREAM_FROM_BYTES = 16L << 20;

  private DatasetReader() {}

  /** A child row waiting for its incident. */
  private record Pending<T>(T value, RawRow row, FileStats stats) {}

  private static final class Children {
    final Map<String, List<Pending<Involvement>>> people = new HashMap<>();
    final Map<String, List<Pending<CheckResult>>> checks = new HashMap<>();
    final Map<String, List<Pending<LegalOutcome>>> outcomes = new HashMap<>();
    final Map<String, List<Pending<Source>>> sources = new HashMap<>();
    final Map<String, List<Pending<CorrectiveAction>>> actions = new HashMap<>();
  }

  static List<FileStats> read(
      Path folder,
      String name,
      ImportOptions options,
      ProtocolCatalog catalog,
      IngestListener listener,
      Consumer<IncidentRecord> out) {
    Path incidentsFile = folder.resolve(CanonicalTable.INCIDENTS.fileName());
    if (!Files.isRegularFile(incidentsFile)) {
      throw new InputException(
          name + ": not a dataset folder (no " + CanonicalTable.INCIDENTS.fileName() + ")");
    }
    return read(folder, name, options, catalog, listener, out, EnumSet.allOf(CanonicalTable.class));
  }

  /**
   * Reads the given tables of a folder. Without {@link Table#INCIDENTS} the child rows are checked
   * on their own (values only) and counted as imported, since there is nothing to link them to.
   */
  static List<FileStats> read(
      Path folder,
      String name,
      ImportOptions options,
      ProtocolCatalog catalog,
      IngestListener listener,
      Consumer<IncidentRecord> out,
      Set<CanonicalTable> tables) {
    return read(folder, name, options, catalog, listener, out, tables, STREAM_FROM_BYTES);
  }

  static List<FileStats> read(
      Path folder,
      String name,
      ImportOptions options,
      ProtocolCatalog catalog,
      IngestListener listener,
      Consumer<IncidentRecord> out,
      Set<CanonicalTable> tables,
      long streamFromBytes) {
    if (tables.contains(CanonicalTable.INCIDENTS)
        && childBytes(folder, tables) >= streamFromBytes) {
      IdIndex order = groupedOrder(folder, tables, options);
      if (order != null) {
        return readGrouped(folder, name, options, catalog, listener, out, tables, order);
      }
    }
    List<FileStats> stats = new ArrayList<>();
    Children ch = new Children();
    readChildren(
        folder,
        name,
        tables,
        CanonicalTable.PEOPLE,
        options,
        listener,
        stats,
        ch.people,
        CanonicalRows::person,
        Involvement::incidentId);
    Set<String> checkKeys = new HashSet<>();
    readChildren(
        folder,
        name,
        tables,
        CanonicalTable.CHECKS,
        options,
        listener,
        stats,
        ch.checks,
        c -> {
          CheckResult r = CanonicalRows.check(c, catalog);
          if (r != null && !checkKeys.add(r.incidentId() + "\u0000" + r.checkId())) {
            c.error(
                "check_id",
                "check "
                    + r.checkId()
                    + " is already assessed for "
                    + r.incidentId()
                    + " in this file");
            return null;
          }
          return r;
        },
        CheckResult::incidentId);
    readChildren(
        folder,
        name,
        tables,
        CanonicalTable.OUTCOMES,
        options,
        listener,
        stats,
        ch.outcomes,
        CanonicalRows::outcome,
        LegalOutcome::incidentId);
    readChildren(
        folder,
        name,
        tables,
        CanonicalTable.SOURCES,
        options,
        listener,
        stats,
        ch.sources,
        CanonicalRows::source,
        Source::incidentId);
    readChildren(
        folder,
        name,
        tables,
        CanonicalTable.ACTIONS,
        options,
        listener,
        stats,
        ch.actions,
        CanonicalRows::action,
        CorrectiveAction::incidentId);
    if (!tables.contains(CanonicalTable.INCIDENTS)) {
      for (Map<String, ? extends List<? extends Pending<?>>> m :
          List.of(ch.people, ch.checks, ch.outcomes, ch.sources, ch.actions)) {
        m.values().forEach(DatasetReader::accept);
      }
      return stats;
    }
    Path incidentsFile = folder.resolve(CanonicalTable.INCIDENTS.fileName());
    String file = join(name, CanonicalTable.INCIDENTS.fileName());
    FileStats is = new FileStats(file, CanonicalTable.INCIDENTS.rowName() + "s");
    stats.add(0, is);
    IdIndex seen = new IdIndex();
    Set<String> rejectedIds = new HashSet<>();
    try (CsvInput in = CsvInput.open(incidentsFile, file, options.charset(), listener)) {
      Layout layout = checkHeader(in, CanonicalTable.INCIDENTS, listener);
      for (RawRow row = in.next(); row != null; row = in.next()) {
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
          List<Pending<CorrectiveAction>> a = take(ch.actions, id);
          record = assemble(incident, p, k, o, s, a, c);
          if (record == null) {
            for (List<? extends Pending<?>> group : List.of(p, k, o, s, a)) {
              orphan(
                  group,
                  listener,
                  id,
                  "its incident " + id + " was rejected (see " + file + ":" + row.line() + ")");
            }
          }
        } else if (incident != null) {
          rejectedIds.add(incident.id());
        }
        FlatLogReader.finish(c, listener, row, is, record, out);
      }
      is.finish(in);
    }
    for (Map<String, ? extends List<? extends Pending<?>>> m :
        List.of(ch.people, ch.checks, ch.outcomes, ch.sources, ch.actions)) {
      for (Map.Entry<String, ? extends List<? extends Pending<?>>> e : m.entrySet()) {
        String why =
            rejectedIds.contains(e.getKey())
                ? "its incident " + e.getKey() + " was rejected"
                : "names incident '"
                    + e.getKey()
                    + "', which is not in "
                    + CanonicalTable.INCIDENTS.fileName();
        orphan(e.getValue(), listener, e.getKey(), why);
      }
    }
    return stats;
  }

  private static <T> void readChildren(
      Path folder,
      String name,
      Set<CanonicalTable> tables,
      CanonicalTable table,
      ImportOptions options,
      IngestListener listener,
      List<FileStats> stats,
      Map<String, List<Pending<T>>> into,
      Function<RowContext, T> parse,
      Function<T, String> incidentId) {
    Path path = folder.resolve(table.fileName());
    if (!tables.contains(table) || !Files.isRegularFile(path)) {
      return;
    }
    String file = join(name, table.fileName());
    FileStats fs =
        new FileStats(file, table.rowName() + (table == CanonicalTable.PEOPLE ? "" : "s"));
    stats.add(fs);
    try (CsvInput in = CsvInput.open(path, file, options.charset(), listener)) {
      Layout layout = checkHeader(in, table, listener);
      for (RawRow row = in.next(); row != null; row = in.next()) {
        fs.countRead();
        RowContext c = new RowContext(file, row.line(), layout, row.values(), null);
        widthCheck(in, row, c);
        T value = layout == null ? null : parse.apply(c);
        FlatLogReader.emit(c, listener, file, row);
        if (value == null || c.hasErrors()) {
          fs.countRejected();
        } else {
          into.computeIfAbsent(incidentId.apply(value), k -> new ArrayList<>())
              .add(new Pending<>(value, row, fs));
        }
      }
      fs.finish(in);
    }
  }

  private static final List<CanonicalTable> CHILDREN =
      List.of(
          CanonicalTable.PEOPLE,
          CanonicalTable.CHECKS,
          CanonicalTable.OUTCOMES,
          CanonicalTable.SOURCES,
          CanonicalTable.ACTIONS);

  private static long childBytes(Path folder, Set<CanonicalTable> tables) {
    long total = 0;
    for (CanonicalTable t : CHILDREN) {
      Path p = folder.resolve(t.fileName());
      try {
        total += tables.contains(t) && Files.isRegularFile(p) ? Files.size(p) : 0;
      } catch (java.io.IOException e) {
        return 0; // the normal path reports what cannot be read
      }
    }
    return total;
  }

  /**
   * The position of each incident id in incidents.csv (its first row) when every child file lists
   * its rows grouped by incident, the groups in the order of incidents.csv (rows naming no incident
   * may be anywhere); otherwise null. Reads every file once, reporting nothing.
   */
  static IdIndex groupedOrder(Path folder, Set<CanonicalTable> tables, ImportOptions options) {
    IdIndex order = new IdIndex();
    try (CsvInput in =
        CsvInput.open(
            folder.resolve(CanonicalTable.INCIDENTS.fileName()),
            "",
            options.charset(),
            DiagnosticSink.ignore())) {
      int id = in.header().indexOf("id");
      if (id < 0) {
        return null;
      }
      long position = 0;
      for (RawRow row = in.next(); row != null; row = in.next()) {
        if (row.get(id).length() > 255) {
          return null;
        }
        order.putIfAbsent(row.get(id), position++);
      }
      if (in.failed()) {
        return null;
      }
    } catch (InputException e) {
      return null;
    }
    for (CanonicalTable t : CHILDREN) {
      Path p = folder.resolve(t.fileName());
      if (!tables.contains(t) || !Files.isRegularFile(p)) {
        continue;
      }
      try (CsvInput in = CsvInput.open(p, "", options.charset(), DiagnosticSink.ignore())) {
        int id = in.header().indexOf("incident_id");
        if (id < 0 || !in.header().containsAll(t.requiredColumns())) {
          return null;
        }
        String previous = null;
        long last = -1;
        for (RawRow row = in.next(); row != null; row = in.next()) {
          String incident = row.get(id);
          if (incident.equals(previous)) {
            continue;
          }
          previous = incident;
          long at = order.get(incident);
          if (at >= 0) {
            if (at <= last) {
              return null;
            }
            last = at;
          }
        }
        if (in.failed()) {
          return null;
        }
      } catch (InputException e) {
        return null;
      }
    }
    return order;
  }

  /** A child file read alongside incidents.csv: its next row waits until its incident comes. */
  private static final class Cursor<T> implements AutoCloseable {
    final CsvInput in;
    final String file;
    final Layout layout;
    final FileStats stats;
    final int idColumn;
    final Function<RowContext, T> parse;
    final IngestListener listener;
    RawRow head;

    Cursor(
        Path path,
        String file,
        CanonicalTable table,
        ImportOptions options,
        IngestListener listener,
        Function<RowContext, T> parse) {
      this.in = CsvInput.open(path, file, options.charset(), listener);
      this.file = file;
      this.listener = listener;
      this.layout = checkHeader(in, table, listener);
      this.stats =
          new FileStats(file, table.rowName() + (table == CanonicalTable.PEOPLE ? "" : "s"));
      this.idColumn = in.header().indexOf("incident_id");
      this.parse = parse;
      this.head = in.next();
    }

    String headId() {
      return head.get(idColumn);
    }

    /**
     * Reads the head row: diagnostics reported, invalid rows counted as rejected; null for those.
     */
    Pending<T> consume() {
      RawRow row = head;
      head = in.next();
      stats.countRead();
      RowContext c = new RowContext(file, row.line(), layout, row.values(), null);
      widthCheck(in, row, c);
      T value = parse.apply(c);
      FlatLogReader.emit(c, listener, file, row);
      if (value == null || c.hasErrors()) {
        stats.countRejected();
        return null;
      }
      return new Pending<>(value, row, stats);
    }

    /**
     * The rows of incident {@code id}, which are next, after any rows that name no incident at all.
     */
    List<Pending<T>> take(String id, IdIndex order, boolean owner) {
      skipOrphans(order);
      if (!owner) {
        return List.of();
      }
      List<Pending<T>> l = new ArrayList<>(4);
      while (head != null && headId().equals(id)) {
        Pending<T> p = consume();
        if (p != null) {
          l.add(p);
        }
      }
      return l;
    }

    /** Rows whose incident id is not in incidents.csv (with {@code order} null: every row left). */
    void skipOrphans(IdIndex order) {
      while (head != null && (order == null || order.get(headId()) < 0)) {
        String id = headId();
        Pending<T> p = consume();
        if (p != null) {
          orphan(
              List.of(p),
              listener,
              id,
              "names incident '"
                  + id
                  + "', which is not in "
                  + CanonicalTable.INCIDENTS.fileName());
        }
      }
    }

    void finish() {
      skipOrphans(null);
      stats.finish(in);
    }

    @Override
    public void close() {
      in.close();
    }
  }

  private static List<FileStats> readGrouped(
      Path folder,
      String name,
      ImportOptions options,
      ProtocolCatalog catalog,
      IngestListener listener,
      Consumer<IncidentRecord> out,
      Set<CanonicalTable> tables,
      IdIndex order) {
    List<FileStats> stats = new ArrayList<>();
    List<Cursor<?>> open = new ArrayList<>();
    Set<String> runChecks = new HashSet<>();
    String[] runOf = new String[1];
    try {
      Cursor<Involvement> people =
          cursor(
              folder,
              name,
              CanonicalTable.PEOPLE,
              tables,
              options,
              listener,
              open,
              CanonicalRows::person);
      Cursor<CheckResult> checks =
          cursor(
              folder,
              name,
              CanonicalTable.CHECKS,
              tables,
              options,
              listener,
              open,
              c -> {
                CheckResult r = CanonicalRows.check(c, catalog);
                if (r != null) {
                  if (!r.incidentId().equals(runOf[0])) {
                    runOf[0] = r.incidentId();
                    runChecks.clear();
                  }
                  if (!runChecks.add(r.checkId())) {
                    c.error(
                        "check_id",
                        "check "
                            + r.checkId()
                            + " is already assessed for "
                            + r.incidentId()
                            + " in this file");
                    return null;
                  }
                }
                return r;
              });
      Cursor<LegalOutcome> outcomes =
          cursor(
              folder,
              name,
              CanonicalTable.OUTCOMES,
              tables,
              options,
              listener,
              open,
              CanonicalRows::outcome);
      Cursor<Source> sources =
          cursor(
              folder,
              name,
              CanonicalTable.SOURCES,
              tables,
              options,
              listener,
              open,
              CanonicalRows::source);
      Cursor<CorrectiveAction> actions =
          cursor(
              folder,
              name,
              CanonicalTable.ACTIONS,
              tables,
              options,
              listener,
              open,
              CanonicalRows::action);
      String file = join(name, CanonicalTable.INCIDENTS.fileName());
      FileStats is = new FileStats(file, CanonicalTable.INCIDENTS.rowName() + "s");
      stats.add(is);
      for (Cursor<?> c : open) {
        stats.add(c.stats);
      }
      IdIndex seen = new IdIndex();
      try (CsvInput in =
          CsvInput.open(
              folder.resolve(CanonicalTable.INCIDENTS.fileName()),
              file,
              options.charset(),
              listener)) {
        Layout layout = checkHeader(in, CanonicalTable.INCIDENTS, listener);
        int idColumn = in.header().indexOf("id");
        long position = 0;
        for (RawRow row = in.next(); row != null; row = in.next()) {
          is.countRead();
          String rawId = row.get(idColumn);
          boolean owner = order.get(rawId) == position++;
          List<Pending<Involvement>> p = take(people, rawId, order, owner);
          List<Pending<CheckResult>> k = take(checks, rawId, order, owner);
          List<Pending<LegalOutcome>> o = take(outcomes, rawId, order, owner);
          List<Pending<Source>> s = take(sources, rawId, order, owner);
          List<Pending<CorrectiveAction>> a = take(actions, rawId, order, owner);
          RowContext c = new RowContext(file, row.line(), layout, row.values(), null);
          widthCheck(in, row, c);
          Incident incident = layout == null ? null : CanonicalRows.incident(c);
          CanonicalRows.checkUniqueId(incident, row, seen, c);
          IncidentRecord record = null;
          if (!c.hasErrors()) {
            record = assemble(incident, p, k, o, s, a, c);
          }
          if (record == null) {
            for (List<? extends Pending<?>> group : List.of(p, k, o, s, a)) {
              orphan(
                  group,
                  listener,
                  rawId,
                  "its incident " + rawId + " was rejected (see " + file + ":" + row.line() + ")");
            }
          }
          FlatLogReader.finish(c, listener, row, is, record, out);
        }
        is.finish(in);
      }
      for (Cursor<?> c : open) {
        c.finish();
      }
      return stats;
    } finally {
      for (Cursor<?> c : open) {
        c.close();
      }
    }
  }

  /**
   * The incident with its children, the children counted as imported; or null, with the reason on
   * the row, when the whole does not hold together (e.g. more people marked killed than
   * fatalities).
   */
  private static IncidentRecord assemble(
      Incident incident,
      List<Pending<Involvement>> p,
      List<Pending<CheckResult>> k,
      List<Pending<LegalOutcome>> o,
      List<Pending<Source>> s,
      List<Pending<CorrectiveAction>> a,
      RowContext c) {
    try {
      IncidentRecord record =
          new IncidentRecord(incident, values(p), values(k), values(o), values(s), values(a));
      accept(p);
      accept(k);
      accept(o);
      accept(s);
      accept(a);
      return record;
    } catch (IllegalArgumentException e) {
      c.error(
          e instanceof org.setsafe.model.InvalidValueException iv ? iv.field() : null,
          e.getMessage());
      return null;
    }
  }

  private static <T> List<Pending<T>> take(Cursor<T> c, String id, IdIndex order, boolean owner) {
    return c == null ? List.of() : c.take(id, order, owner);
  }

  private static <T> Cursor<T> cursor(
      Path folder,
      String name,
      CanonicalTable table,
      Set<CanonicalTable> tables,
      ImportOptions options,
      IngestListener listener,
      List<Cursor<?>> open,
      Function<RowContext, T> parse) {
    Path path = folder.resolve(table.fileName());
    if (!tables.contains(table) || !Files.isRegularFile(path)) {
      return null;
    }
    Cursor<T> c = new Cursor<>(path, join(name, table.fileName()), table, options, listener, parse);
    open.add(c);
    return c;
  }

  /** The layout of a canonical file, or null (after an error) when required columns are missing. */
  private static Layout checkHeader(CsvInput in, CanonicalTable table, IngestListener listener) {
    List<String> header = in.header();
    if (header.isEmpty()) {
      if (!in.failed()) {
        listener.report(
            Diagnostic.error(in.name(), 0, 0, null, "the file is empty (expected a header row)"));
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
        listener.report(
            Diagnostic.warning(
                in.name(),
                in.headerLine(),
                i + 1,
                header.get(i),
                "not a column of "
                    + table.fileName()
                    + "; ignored (columns: "
                    + String.join(", ", table.columns())
                    + ")"));
      }
    }
    if (!missing.isEmpty()) {
      listener.report(
          Diagnostic.error(
              in.name(),
              in.headerLine(),
              0,
              null,
              "missing required column(s) "
                  + String.join(", ", missing)
                  + "; every row is rejected"));
      return null;
    }
    return Layout.ofHeader(header);
  }

  private static void widthCheck(CsvInput in, RawRow row, RowContext c) {
    if (row.size() != in.header().size()) {
      c.error(
          null,
          "row has "
              + row.size()
              + " values but the header has "
              + in.header().size()
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

  private static void orphan(
      List<? extends Pending<?>> l, IngestListener listener, String id, String why) {
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
