package org.setsafe.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.setsafe.io.InputSize;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.InvalidValueException;
import org.setsafe.model.Involvement;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.Source;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.CsvInput;
import org.setsafe.read.Diagnostic;
import org.setsafe.read.DiagnosticSink;
import org.setsafe.read.FileStats;
import org.setsafe.read.HeaderCheck;
import org.setsafe.read.IngestListener;
import org.setsafe.read.InputException;
import org.setsafe.read.RawRow;
import org.setsafe.schema.CanonicalRows;
import org.setsafe.schema.CanonicalTable;
import org.setsafe.schema.Layout;
import org.setsafe.schema.RowContext;

/**
 * Reads a canonical dataset folder: incidents.csv streams, each incident leaving with its children
 * (people, checks, outcomes, sources, actions). There is one path: every row is parsed, checked,
 * linked to its incident and accounted for by the same code whatever the folder's size. What
 * changes with size is only where a child file's rows wait for their incident:
 *
 * <ul>
 *   <li><b>held</b>: the file is read first and its rows held in memory by incident id (small
 *       folders, and child files whose rows are not in incident order);
 *   <li><b>streamed</b>: the file is read alongside incidents.csv, its next row waiting until its
 *       incident comes (folders whose child files reach {@link InputSize#STREAM_FROM_BYTES}, for
 *       the files whose rows come grouped by incident in the order of incidents.csv, as setsafe
 *       writes them). A first pass reads the ids of incidents.csv and checks each file's order;
 *       memory then holds the ids only.
 * </ul>
 *
 * Both give the same records, counts and diagnostics. When an id comes twice in incidents.csv, the
 * children go with its first row (see {@link SeenIds} for the rule); child rows that name no
 * incident, or an incident that was rejected, are rejected with that reason.
 */
public final class DatasetReader {
  private DatasetReader() {}

  /** How a child table is read: its rows parsed into values, linked by incident id. */
  private record ChildTable<T>(
      CanonicalTable table,
      Function<RowContext, T> parse,
      Function<T, String> incidentId,
      Function<T, String> uniqueKey,
      String uniqueColumn,
      RepeatMessage<T> repeated,
      UniqueInFile<T> uniqueInFile) {

    ChildTable(
        CanonicalTable table,
        Function<RowContext, T> parse,
        Function<T, String> incidentId,
        Function<T, String> uniqueKey,
        String uniqueColumn,
        RepeatMessage<T> repeated) {
      this(table, parse, incidentId, uniqueKey, uniqueColumn, repeated, null);
    }
  }

  /**
   * A key unique in the whole file (an action id): a row that repeats it is an error naming the
   * line of the first valid row that had it.
   */
  private record UniqueInFile<T>(
      Function<T, String> key, String column, RepeatMessage<T> message) {}

  /** The error for a child row that repeats a key unique within its incident. */
  @FunctionalInterface
  private interface RepeatMessage<T> {
    String of(T value, long firstLine);
  }

  private static List<ChildTable<?>> childTables(ProtocolCatalog catalog) {
    return List.of(
        new ChildTable<Involvement>(
            CanonicalTable.PEOPLE,
            CanonicalRows::person,
            Involvement::incidentId,
            null,
            null,
            null),
        new ChildTable<CheckResult>(
            CanonicalTable.CHECKS,
            c -> CanonicalRows.check(c, catalog),
            CheckResult::incidentId,
            CheckResult::checkId,
            "check_id",
            (r, first) ->
                "check "
                    + r.checkId()
                    + " is already assessed for "
                    + r.incidentId()
                    + " (first on line "
                    + first
                    + ")"),
        new ChildTable<LegalOutcome>(
            CanonicalTable.OUTCOMES,
            CanonicalRows::outcome,
            LegalOutcome::incidentId,
            null,
            null,
            null),
        new ChildTable<Source>(
            CanonicalTable.SOURCES, CanonicalRows::source, Source::incidentId, null, null, null),
        new ChildTable<CorrectiveAction>(
            CanonicalTable.ACTIONS,
            CanonicalRows::action,
            CorrectiveAction::incidentId,
            null,
            null,
            null,
            new UniqueInFile<>(
                CorrectiveAction::actionId,
                "action_id",
                (a, first) ->
                    "duplicate action id '" + a.actionId() + "' (first on line " + first + ")")));
  }

  /** The CSV files in a dataset folder that are none of its tables nor its rejects, sorted. */
  static List<String> strayFiles(Path folder) {
    java.util.Set<String> known = new java.util.HashSet<>();
    for (CanonicalTable t : CanonicalTable.values()) {
      known.add(t.fileName());
    }
    known.add("rejects.csv");
    try (java.util.stream.Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") && !known.contains(n))
          .filter(n -> Files.isRegularFile(folder.resolve(n)))
          .sorted()
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of(); // a folder that cannot be listed is reported where it is read
    }
  }

  /** A child row read and valid on its own, waiting for its incident. */
  private record Pending<T>(T value, RawRow row, ChildFile<T> from) {}

  public static List<FileStats> read(
      Path folder,
      String name,
      ImportOptions options,
      ProtocolCatalog catalog,
      IngestListener listener,
      Consumer<IncidentRecord> out) {
    return read(
        folder,
        name,
        options,
        catalog,
        listener,
        out,
        EnumSet.allOf(CanonicalTable.class),
        InputSize.STREAM_FROM_BYTES,
        new SeenIds());
  }

  /**
   * Reads the given tables of a folder. Without {@link CanonicalTable#INCIDENTS} the child rows are
   * checked on their own (values only) and counted as imported, since there is nothing to link them
   * to.
   *
   * @param streamFromBytes from this total size of the child files on, grouped child files are read
   *     alongside incidents.csv rather than held in memory
   * @param seen the incident ids read so far by the command, to which this folder's are added
   */
  public static List<FileStats> read(
      Path folder,
      String name,
      ImportOptions options,
      ProtocolCatalog catalog,
      IngestListener listener,
      Consumer<IncidentRecord> out,
      Set<CanonicalTable> tables,
      long streamFromBytes,
      SeenIds seen) {
    boolean linked = tables.contains(CanonicalTable.INCIDENTS);
    Path incidentsPath = folder.resolve(CanonicalTable.INCIDENTS.fileName());
    if (linked && !Files.isRegularFile(incidentsPath)) {
      throw new InputException(
          name + ": not a dataset folder (no " + CanonicalTable.INCIDENTS.fileName() + ")");
    }
    String manifest = DatasetSwitch.manifest(folder); // read first, and again at the end
    if (manifest != null) {
      DatasetSwitch.Manifest m = DatasetSwitch.parse(manifest);
      String manifestName = join(name, DatasetSwitch.MANIFEST);
      if (m.problem() != null) {
        listener.report(Diagnostic.warning(manifestName, 0, 0, null, m.problem()));
      }
      for (String edit : m.handEdits()) {
        listener.report(
            Diagnostic.warning(
                manifestName, 0, 0, null, "an import adopted a change made by hand: " + edit));
      }
      for (DatasetSwitch.Change c : DatasetSwitch.changedSince(folder, manifest)) {
        listener.report(Diagnostic.warning(join(name, c.file()), 0, 0, null, c.why()));
      }
    }
    if (linked) {
      for (String stray : strayFiles(folder)) {
        listener.report(
            Diagnostic.warning(
                join(name, stray),
                0,
                0,
                null,
                "a CSV file that is not one of the dataset's tables; it is not read (an import"
                    + " does not keep it either: move it out of the folder, or import it as a log)"));
      }
    }
    IdIndex order =
        linked && childBytes(folder, tables) >= streamFromBytes
            ? incidentOrder(incidentsPath, options)
            : null;
    String incidentsFile = join(name, CanonicalTable.INCIDENTS.fileName());
    List<FileStats> stats = new ArrayList<>();
    FileStats is = null;
    if (linked) {
      is = new FileStats(incidentsFile, FileStats.Kind.INCIDENTS);
      stats.add(is);
    }
    List<Children<?>> children = new ArrayList<>();
    try {
      for (ChildTable<?> t : childTables(catalog)) {
        Path path = folder.resolve(t.table().fileName());
        if (!tables.contains(t.table()) || !Files.isRegularFile(path)) {
          continue;
        }
        Children<?> c =
            children(t, path, join(name, t.table().fileName()), options, listener, order);
        children.add(c);
        stats.add(c.file().stats);
      }
      if (!linked) {
        for (Children<?> c : children) {
          c.acceptUnlinked(listener);
        }
        return stats;
      }
      try (CsvInput in = CsvInput.open(incidentsPath, incidentsFile, options.charset(), listener)) {
        Header h = checkHeader(in, CanonicalTable.INCIDENTS, listener);
        Layout layout = h.layout();
        int idColumn = in.header().indexOf("id");
        long position = 0;
        for (RawRow row = in.next(); row != null; row = in.next()) {
          is.countRead();
          String rawId = idColumn < 0 ? "" : row.get(idColumn);
          // the first row with an id owns the children that name it
          boolean owner = order == null || order.get(rawId) == position;
          position++;
          List<List<? extends Pending<?>>> groups = new ArrayList<>(children.size());
          for (Children<?> c : children) {
            groups.add(owner ? c.take(rawId) : List.of());
          }
          if (layout == null) {
            // the header is unusable (reported once): every row is rejected with its reason
            rejectUnread(incidentsFile, row, h.error(), listener, is);
            for (List<? extends Pending<?>> group : groups) {
              reject(group, listener, incidentRejected(rawId, incidentsFile, row));
            }
            continue;
          }
          RowContext c =
              new RowContext(
                  incidentsFile, row.line(), layout, row.values(), null, options.today());
          c.checkShape(row, in.header().size());
          c.addAll(HeaderCheck.valuesWithoutAHeader(in, row));
          Incident incident = CanonicalRows.incident(c);
          seen.claim(c, incidentsFile);
          IncidentRecord record = null;
          if (!c.hasErrors()) {
            for (int i = 0; i < groups.size(); i++) {
              groups.set(i, children.get(i).uniqueWithin(groups.get(i), listener));
            }
            record = assemble(incident, children, groups, c);
          }
          if (record == null) {
            for (List<? extends Pending<?>> group : groups) {
              reject(group, listener, incidentRejected(rawId, incidentsFile, row));
            }
          }
          c.finish(listener, row, is, record, out);
        }
        is.finish(in, listener);
      }
      for (Children<?> c : children) {
        c.finish(listener);
      }
      if (manifest != null
          && (!manifest.equals(DatasetSwitch.manifest(folder))
              || DatasetSwitch.mixed(folder) != null)) {
        listener.report(
            Diagnostic.error(
                name,
                0,
                0,
                null,
                "the dataset changed while it was read (an import switched it to a new version);"
                    + " what was read may mix the two: read it again"));
      }
      return stats;
    } finally {
      for (Children<?> c : children) {
        c.file().close();
      }
    }
  }

  /** Why an incident's children are rejected with it. */
  private static String incidentRejected(String rawId, String incidentsFile, RawRow row) {
    return "its incident " + rawId + " was rejected (see " + incidentsFile + ":" + row.line() + ")";
  }

  /**
   * The incident with its children, the children counted as imported; or null, with the reason on
   * the row, when the whole does not hold together (e.g. more people marked killed than
   * fatalities).
   */
  private static IncidentRecord assemble(
      Incident incident,
      List<Children<?>> children,
      List<List<? extends Pending<?>>> groups,
      RowContext c) {
    try {
      IncidentRecord record =
          new IncidentRecord(
              incident,
              values(CanonicalTable.PEOPLE, children, groups, Involvement.class),
              values(CanonicalTable.CHECKS, children, groups, CheckResult.class),
              values(CanonicalTable.OUTCOMES, children, groups, LegalOutcome.class),
              values(CanonicalTable.SOURCES, children, groups, Source.class),
              values(CanonicalTable.ACTIONS, children, groups, CorrectiveAction.class));
      for (List<? extends Pending<?>> group : groups) {
        for (Pending<?> p : group) {
          p.from().stats.countImported();
          if (p.value() instanceof CorrectiveAction a) {
            // placed on the action's own row of actions.csv
            RowContext ac =
                new RowContext(
                    p.from().file, p.row().line(), p.from().layout, p.row().values(), null, null);
            CanonicalRows.raisedAfterIncident(ac, a, incident);
            c.addAll(ac.problems());
          }
        }
      }
      return record;
    } catch (IllegalArgumentException e) {
      c.error(e instanceof InvalidValueException iv ? iv.field() : null, e.getMessage());
      return null;
    }
  }

  /** The values of the rows taken from {@code table}'s file, if it was read. */
  private static <T> List<T> values(
      CanonicalTable table,
      List<Children<?>> children,
      List<List<? extends Pending<?>>> groups,
      Class<T> type) {
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i).file().table.table() == table) {
        List<T> out = new ArrayList<>(groups.get(i).size());
        for (Pending<?> p : groups.get(i)) {
          out.add(type.cast(p.value()));
        }
        return out;
      }
    }
    return List.of();
  }

  /** One child file being read: its rows parsed, checked and counted as they are consumed. */
  private static final class ChildFile<T> implements AutoCloseable {
    final ChildTable<T> table;
    final CsvInput in;
    final String file;
    final Layout layout;
    final Diagnostic headerError;
    final FileStats stats;
    final int idColumn;
    final java.time.LocalDate today;

    /** The keys unique in the file seen so far, with their first line; null when none is. */
    private final IdIndex seenKeys;

    ChildFile(
        ChildTable<T> table,
        Path path,
        String file,
        ImportOptions options,
        IngestListener listener) {
      this.table = table;
      this.file = file;
      this.stats = new FileStats(file, table.table().statsKind());
      this.today = options.today();
      this.in = CsvInput.open(path, file, options.charset(), listener);
      Header h = checkHeader(in, table.table(), listener);
      this.layout = h.layout();
      this.headerError = h.error();
      this.idColumn = in.header().indexOf("incident_id");
      this.seenKeys = table.uniqueInFile() == null ? null : new IdIndex();
    }

    /** The incident id the row names, as it stands. */
    String idOf(RawRow row) {
      return idColumn < 0 ? "" : row.get(idColumn);
    }

    /** Parses a row, reporting its problems: the pending value, or null (counted rejected). */
    Pending<T> consume(RawRow row, IngestListener listener) {
      if (layout == null) {
        rejectUnread(file, row, headerError, listener, stats);
        return null;
      }
      stats.countRead();
      RowContext c = new RowContext(file, row.line(), layout, row.values(), null, today);
      c.checkShape(row, in.header().size());
      T value = layout == null ? null : table.parse().apply(c);
      if (value != null && seenKeys != null && !c.hasErrors()) {
        UniqueInFile<T> u = table.uniqueInFile();
        long first = seenKeys.putIfAbsent(u.key().apply(value), row.line());
        if (first >= 0) {
          c.error(u.column(), u.message().of(value, first));
        }
      }
      c.emit(listener, file, row);
      if (value == null || c.hasErrors()) {
        stats.countRejected();
        return null;
      }
      return new Pending<>(value, row, this);
    }

    Diagnostic error(RawRow row, String column, String message) {
      return Diagnostic.error(
          file, row.line(), layout == null ? 0 : layout.column(column), column, message);
    }

    @Override
    public void close() {
      in.close();
    }
  }

  /** Where a child file's rows wait for their incident. */
  private abstract static class Children<T> {
    final ChildFile<T> file;

    Children(ChildFile<T> file) {
      this.file = file;
    }

    ChildFile<T> file() {
      return file;
    }

    /**
     * The rows of incident {@code id}; called once per id, at the first row of incidents.csv that
     * gives it, in the order of incidents.csv.
     */
    abstract List<Pending<T>> take(String id);

    /** After incidents.csv: every row not taken names no incident and is rejected so. */
    abstract void finish(IngestListener listener);

    /** Without incidents.csv: every valid row is accepted on its own. */
    abstract void acceptUnlinked(IngestListener listener);

    /**
     * The rows of {@code group} without those that repeat a key unique within an incident (which
     * are rejected).
     */
    @SuppressWarnings("unchecked")
    List<? extends Pending<?>> uniqueWithin(
        List<? extends Pending<?>> group, IngestListener listener) {
      ChildTable<T> t = file.table;
      if (t.uniqueKey() == null || group.size() < 2) {
        return group;
      }
      Map<String, Long> firstLine = new HashMap<>();
      List<Pending<T>> kept = new ArrayList<>(group.size());
      for (Pending<?> any : group) {
        Pending<T> p = (Pending<T>) any;
        Long first = firstLine.putIfAbsent(t.uniqueKey().apply(p.value()), p.row().line());
        if (first == null) {
          kept.add(p);
        } else {
          reject(
              List.of(p),
              listener,
              file.error(p.row(), t.uniqueColumn(), t.repeated().of(p.value(), first)));
        }
      }
      return kept;
    }
  }

  private static <T> Children<T> children(
      ChildTable<T> table,
      Path path,
      String file,
      ImportOptions options,
      IngestListener listener,
      IdIndex order) {
    boolean grouped = order != null && grouped(path, table.table(), options, order);
    ChildFile<T> f = new ChildFile<>(table, path, file, options, listener);
    try {
      return grouped ? new Streamed<>(f, order, listener) : new Held<>(f, listener);
    } catch (RuntimeException | Error e) {
      f.close();
      throw e;
    }
  }

  /** Rows read up front and held by incident id. */
  private static final class Held<T> extends Children<T> {
    private final Map<String, List<Pending<T>>> byId = new LinkedHashMap<>();

    Held(ChildFile<T> file, IngestListener listener) {
      super(file);
      for (RawRow row = file.in.next(); row != null; row = file.in.next()) {
        Pending<T> p = file.consume(row, listener);
        if (p != null) {
          byId.computeIfAbsent(file.table.incidentId().apply(p.value()), k -> new ArrayList<>(2))
              .add(p);
        }
      }
      file.stats.finish(file.in, listener);
    }

    @Override
    List<Pending<T>> take(String id) {
      List<Pending<T>> l = byId.remove(id);
      return l == null ? List.of() : l;
    }

    @Override
    void finish(IngestListener listener) {
      for (Map.Entry<String, List<Pending<T>>> e : byId.entrySet()) {
        reject(e.getValue(), listener, notInIncidents(e.getKey()));
      }
      byId.clear();
    }

    @Override
    void acceptUnlinked(IngestListener listener) {
      for (List<Pending<T>> group : byId.values()) {
        for (Pending<?> p : uniqueWithin(group, listener)) {
          p.from().stats.countImported();
        }
      }
      byId.clear();
    }
  }

  /** Rows read alongside incidents.csv: the next row waits until its incident comes. */
  private static final class Streamed<T> extends Children<T> {
    private final IdIndex order;
    private final IngestListener listener;
    private RawRow head;

    Streamed(ChildFile<T> file, IdIndex order, IngestListener listener) {
      super(file);
      this.order = order;
      this.listener = listener;
      this.head = file.in.next();
    }

    @Override
    List<Pending<T>> take(String id) {
      List<Pending<T>> l = new ArrayList<>(4);
      for (skipOrphans(false); head != null && file.idOf(head).equals(id); skipOrphans(false)) {
        Pending<T> p = file.consume(head, listener);
        head = file.in.next();
        if (p != null) {
          l.add(p);
        }
      }
      return l;
    }

    /**
     * Rejects the rows ahead that name no incident of incidents.csv (all rows left, at the end).
     */
    private void skipOrphans(boolean all) {
      while (head != null && (all || order.get(file.idOf(head)) < 0)) {
        String id = file.idOf(head);
        Pending<T> p = file.consume(head, listener);
        head = file.in.next();
        if (p != null) {
          reject(List.of(p), listener, notInIncidents(id));
        }
      }
    }

    @Override
    void finish(IngestListener listener) {
      skipOrphans(true);
      file.stats.finish(file.in, listener);
    }

    @Override
    void acceptUnlinked(IngestListener listener) {
      throw new IllegalStateException("streamed child files are always linked");
    }
  }

  private static String notInIncidents(String id) {
    return "names incident '" + id + "', which is not in " + CanonicalTable.INCIDENTS.fileName();
  }

  private static void reject(List<? extends Pending<?>> l, IngestListener listener, String why) {
    for (Pending<?> p : l) {
      reject(List.of(p), listener, p.from().error(p.row(), "incident_id", why));
    }
  }

  private static void reject(List<? extends Pending<?>> l, IngestListener listener, Diagnostic d) {
    for (Pending<?> p : l) {
      listener.report(d);
      listener.rejected(p.from().file, p.row(), d);
      p.from().stats.countRejected();
    }
  }

  private static long childBytes(Path folder, Set<CanonicalTable> tables) {
    long total = 0;
    for (CanonicalTable t : CanonicalTable.values()) {
      Path p = folder.resolve(t.fileName());
      try {
        total +=
            t != CanonicalTable.INCIDENTS && tables.contains(t) && Files.isRegularFile(p)
                ? Files.size(p)
                : 0;
      } catch (IOException e) {
        return 0; // reading the files reports what is wrong with them
      }
    }
    return total;
  }

  /**
   * The position of each incident id of incidents.csv (its first row), read without reporting; null
   * when the file cannot be read through (the reading proper then reports why).
   */
  static IdIndex incidentOrder(Path incidents, ImportOptions options) {
    IdIndex order = new IdIndex();
    try (CsvInput in = CsvInput.open(incidents, "", options.charset(), DiagnosticSink.ignore())) {
      int id = in.header().indexOf("id");
      if (id < 0) {
        return null;
      }
      long position = 0;
      for (RawRow row = in.next(); row != null; row = in.next()) {
        order.putIfAbsent(row.get(id), position++);
      }
      return in.failed() ? null : order;
    } catch (InputException e) {
      return null;
    }
  }

  /**
   * Whether a child file lists its rows grouped by incident, the groups in the order of
   * incidents.csv (rows naming no incident of incidents.csv may be anywhere, even inside a group).
   * Reads the file once, reporting nothing.
   */
  static boolean grouped(Path file, CanonicalTable table, ImportOptions options, IdIndex order) {
    try (CsvInput in = CsvInput.open(file, "", options.charset(), DiagnosticSink.ignore())) {
      int id = in.header().indexOf("incident_id");
      if (id < 0 || !in.header().containsAll(table.requiredColumns())) {
        return false;
      }
      String previous = null;
      long last = -1;
      for (RawRow row = in.next(); row != null; row = in.next()) {
        String incident = row.get(id);
        long at = order.get(incident);
        if (at < 0 || incident.equals(previous)) {
          continue;
        }
        if (at <= last) {
          return false;
        }
        previous = incident;
        last = at;
      }
      return !in.failed();
    } catch (InputException e) {
      return false;
    }
  }

  /** A file's header: the layout of its columns, or (null) the error that makes it unusable. */
  private record Header(Layout layout, Diagnostic error) {}

  /** Counts a row of a file whose header is unusable, rejecting it with the header's error. */
  private static void rejectUnread(
      String file, RawRow row, Diagnostic headerError, IngestListener listener, FileStats stats) {
    stats.countRead();
    listener.rejected(
        file,
        row,
        Diagnostic.error(
            file,
            row.line(),
            0,
            null,
            "not read: "
                + (headerError == null ? "the file has no usable header" : headerError.message())));
    stats.countRejected();
  }

  /**
   * The layout of a canonical file; or, after an error, none: when the file is empty, a required
   * column is missing or a column is named twice.
   */
  private static Header checkHeader(CsvInput in, CanonicalTable table, IngestListener listener) {
    List<String> header = in.header();
    if (header.isEmpty()) {
      Diagnostic d =
          Diagnostic.error(in.name(), 0, 0, null, "the file is empty (expected a header row)");
      if (!in.failed()) {
        listener.report(d);
      }
      return new Header(null, d);
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
    Diagnostic repeated = HeaderCheck.repeated(in);
    if (repeated != null) {
      listener.report(repeated);
      return new Header(null, repeated);
    }
    if (!missing.isEmpty()) {
      Diagnostic d =
          Diagnostic.error(
              in.name(),
              in.headerLine(),
              0,
              null,
              "missing required column(s) "
                  + String.join(", ", missing)
                  + "; every row is rejected");
      listener.report(d);
      return new Header(null, d);
    }
    return new Header(Layout.ofHeader(header), null);
  }

  static String join(String folderName, String file) {
    return folderName.endsWith("/") ? folderName + file : folderName + "/" + file;
  }
}
