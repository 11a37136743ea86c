package org.setsafe.ingest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.setsafe.mapping.ColumnMapping;
import org.setsafe.mapping.ColumnMapping.ColumnRule;
import org.setsafe.mapping.ColumnMapping.Use;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.mapping.Template;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Coded;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Involvement;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Severity;
import org.setsafe.model.Source;
import org.setsafe.model.SourceKind;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostic;
import org.setsafe.read.FileStats;
import org.setsafe.read.HeaderCheck;
import org.setsafe.read.IngestListener;
import org.setsafe.read.RawRow;
import org.setsafe.read.RowSource;
import org.setsafe.read.RowSources;
import org.setsafe.read.Shown;
import org.setsafe.schema.CanonicalRows;
import org.setsafe.schema.CanonicalTable;
import org.setsafe.schema.Layout;
import org.setsafe.schema.RecordKind;
import org.setsafe.schema.RowContext;
import org.setsafe.store.SeenIds;

/**
 * Reads a flat log: one row per incident, incident fields in columns named as in incidents.csv and
 * check results in columns named by check id. A {@link ColumnMapping} maps a foreign layout onto
 * that: a column may feed several fields, checks and follow-up actions. Streams: memory holds one
 * row plus the set of ids seen (to catch duplicates).
 */
public final class FlatLogReader {
  private static final List<String> ACTION_COLUMNS = CanonicalTable.ACTIONS.columns();

  private FlatLogReader() {}

  /** A column feeding a field, with the rule that translates its values. */
  /** A template's {@code {#row}}: the row's line in a CSV file, its row number in a sheet. */
  private static final int ROW_NUMBER = -2;

  private record Feed(int column, ColumnRule rule) {
    String value(RawRow row) {
      String raw = row.get(column);
      return rule == null ? raw : rule.apply(raw);
    }
  }

  /** A check and the column that gives its status. */
  private record CheckFeed(String checkId, Feed feed) {}

  /** A follow-up action: the column giving the action, and the columns giving its other fields. */
  private record ActionFeed(int number, Feed action, Map<String, Feed> parts) {}

  /** Where each field, check, action and note of a row comes from, bound once to the header. */
  private static final class Binding {
    final List<String> fields = new ArrayList<>();
    final List<List<Feed>> feeds = new ArrayList<>();
    final List<CheckFeed> checks = new ArrayList<>();
    final List<ActionFeed> actions = new ArrayList<>();
    final List<Integer> noteColumns = new ArrayList<>();
    final List<String> noteLabels = new ArrayList<>();
    final Map<String, String> constants = new HashMap<>();
    final Map<String, String> templates = new HashMap<>();
    final Map<String, int[]> templateColumns = new HashMap<>();
    final Map<String, String> combine = new HashMap<>();
    final Layout layout = new Layout();
    List<String> header;

    /** The mapping's name, or null when the columns are read by their names. */
    String mapping;

    /**
     * A value of {@code field} that cannot be read, in the log's and the mapping's words (see
     * {@link ColumnRule#unreadValue}); null when the field has no one mapped column.
     */
    RowContext.Told unread(RawRow row, String field, String expected) {
      int at = fields.indexOf(field);
      if (mapping == null || at < 0 || feeds.get(at).size() != 1) {
        return null;
      }
      return unread(feeds.get(at).get(0), row, "field " + field, expected);
    }

    RowContext.Told unread(Feed feed, RawRow row, String target, String expected) {
      if (mapping == null || feed == null || feed.rule() == null) {
        return null;
      }
      return feed.rule()
          .unreadValue(
              row.get(feed.column()), header.get(feed.column()), mapping, target, expected);
    }

    /** Why the header cannot be read with the mapping (null when it can). */
    Diagnostic unusable;

    /** Reports {@code d}; the first such problem is the reason every row is rejected. */
    void unusable(IngestListener listener, Diagnostic d) {
      listener.report(d);
      if (unusable == null) {
        unusable = d;
      }
    }

    int field(String name, int column, String header) {
      int at = fields.indexOf(name);
      if (at < 0) {
        fields.add(name);
        feeds.add(new ArrayList<>());
        at = fields.size() - 1;
        layout.put(name, at, column, header);
      }
      return at;
    }
  }

  static FileStats read(
      Path file,
      String name,
      ImportOptions options,
      ProtocolCatalog catalog,
      IngestListener listener,
      Consumer<IncidentRecord> out,
      SeenIds seen) {
    return readBound(
        file,
        name,
        options,
        RecordKind.INCIDENT,
        catalog,
        listener,
        (in, located, b, stats) -> {
          DateTimeFormatter dates = options.flatDateFormatter();
          int width = in.header().size();
          for (RawRow row = in.next(); row != null; row = in.next()) {
            stats.countRead();
            RawRow raw = row;
            RowContext c =
                new RowContext(name, row.line(), b.layout, values(b, row), dates, options.today())
                    .words((field, expected) -> b.unread(raw, field, expected));
            // a sheet row ends at its last filled cell; a CSV row must have every comma. Values are
            // still read so that every problem of the row is reported
            c.checkShape(row, width, in.sheet() == null);
            c.addAll(HeaderCheck.valuesWithoutAHeader(in, row));
            Incident incident = CanonicalRows.incident(c);
            List<CheckResult> checks = checks(b, row, c, incident);
            List<CorrectiveAction> actions = actions(b, row, c, incident, name, dates);
            seen.claim(c, name);
            if (incident != null && !c.hasErrors()) {
              flagUncountedInjury(b, incident, c);
            }
            Involvement person = CanonicalRows.flatPerson(c, incident);
            IncidentRecord record = null;
            if (!c.hasErrors()) {
              try {
                record =
                    new IncidentRecord(
                        incident,
                        person == null ? List.of() : List.of(person),
                        checks,
                        List.of(),
                        sources(options, incident),
                        actions);
              } catch (IllegalArgumentException e) {
                c.error(null, e.getMessage());
              }
            }
            c.finish(located, row, stats, record, out);
          }
        });
  }

  /**
   * Reads a flat file whose rows are records of another kind (a scene's risk assessment) through
   * the same binding as a log: columns named as the kind's fields, or mapped by a mapping of that
   * kind (value maps, prefixes, constants, templates, combining, notes). Each row's values, by
   * field, go to {@code make} in a {@link RowContext} that locates every problem; a row for which
   * it returns null is rejected with its raw text, any other is passed to {@code out}, its problems
   * (errors included) reported where they stand.
   */
  public static <T> FileStats readRecords(
      Path file,
      String name,
      ImportOptions options,
      RecordKind kind,
      ProtocolCatalog catalog,
      IngestListener listener,
      Function<RowContext, T> make,
      Consumer<T> out) {
    return readBound(
        file,
        name,
        options,
        kind,
        catalog,
        listener,
        (in, located, b, stats) -> {
          DateTimeFormatter dates = options.flatDateFormatter();
          int width = in.header().size();
          for (RawRow row = in.next(); row != null; row = in.next()) {
            stats.countRead();
            RawRow raw = row;
            RowContext c =
                new RowContext(name, row.line(), b.layout, values(b, row), dates, options.today())
                    .words((field, expected) -> b.unread(raw, field, expected));
            c.checkShape(row, width, in.sheet() == null);
            T record = make.apply(c);
            Diagnostic firstError = null;
            for (Diagnostic d : c.problems()) {
              located.report(d);
              if (firstError == null && d.isError()) {
                firstError = d;
              }
            }
            if (record != null) {
              stats.countImported();
              out.accept(record);
            } else {
              if (firstError == null) {
                firstError = Diagnostic.error(name, row.line(), 0, null, "the row cannot be read");
                located.report(firstError);
              }
              located.rejected(name, row, firstError);
              stats.countRejected();
            }
          }
        });
  }

  /** What is done with the rows of a flat file once its header is bound. */
  private interface BoundRows {
    void read(RowSource in, IngestListener located, Binding b, FileStats stats);
  }

  /**
   * Opens a flat file and binds its header for records of {@code kind}: an empty file, a repeated
   * column name or a header that cannot be bound is reported (every row kept, rejected with the
   * reason); otherwise {@code rows} reads the rows. One opening for logs and other record kinds.
   */
  private static FileStats readBound(
      Path file,
      String name,
      ImportOptions options,
      RecordKind kind,
      ProtocolCatalog catalog,
      IngestListener listener,
      BoundRows rows) {
    FileStats stats = new FileStats(name, FileStats.Kind.FLAT_LOG);
    if (options.mapping() != null) {
      options.mapping().warnings().forEach(listener::report);
    }
    try (RowSource in =
        RowSources.open(
            file, name, options.charset(), options.sheet(), options.headerRow(), listener)) {
      IngestListener located = Diagnostic.locatedIn(in.sheet(), name, listener);
      if (in.header().isEmpty()) {
        if (!in.failed()) {
          located.report(
              Diagnostic.error(name, 0, 0, null, "the file is empty (expected a header row)"));
        }
        stats.finish(in, listener);
        return stats;
      }
      Diagnostic repeated = HeaderCheck.repeated(in);
      if (repeated != null) {
        located.report(repeated);
        HeaderCheck.rejectAll(in, stats, located, repeated);
        return stats;
      }
      Binding b = bind(in, options.mapping(), kind, catalog, located);
      if (b.unusable != null) {
        // every row is kept, rejected with the reason, as with a repeated column name
        HeaderCheck.rejectAll(in, stats, located, b.unusable);
        return stats;
      }
      rows.read(in, located, b, stats);
      stats.finish(in, listener);
    }
    return stats;
  }

  private static List<Source> sources(ImportOptions options, Incident incident) {
    if (options.mapping() == null || options.mapping().source().isEmpty()) {
      return List.of();
    }
    Map<String, String> s = options.mapping().source();
    String published = s.get("published_on");
    return List.of(
        new Source(
            incident.id(),
            s.get("title"),
            s.get("publisher"),
            s.get("kind") == null
                ? null
                : Coded.parse(SourceKind.class, "source kind", s.get("kind")),
            published == null ? null : PartialDate.parse(published),
            s.get("url")));
  }

  private static Binding bind(
      RowSource in,
      ColumnMapping mapping,
      RecordKind kind,
      ProtocolCatalog catalog,
      IngestListener listener) {
    Binding b = new Binding();
    List<String> header = in.header();
    b.header = header;
    b.mapping = mapping == null ? null : mapping.name();
    long line = in.headerLine();
    String file = in.name();
    Map<String, ActionFeed> actionsByHeader = new LinkedHashMap<>();
    List<Object[]> actionParts = new ArrayList<>();
    if (mapping != null && mapping.record() != kind) {
      b.unusable(
          listener,
          Diagnostic.error(
              file,
              line,
              0,
              null,
              "mapping "
                  + mapping.name()
                  + " maps "
                  + mapping.record().code()
                  + " rows, but this file is read as "
                  + kind.code()
                  + " rows (a mapping says which with \"record\"); every row is rejected"));
      return b;
    }
    if (mapping != null) {
      for (String missing : mapping.missingColumns(header)) {
        listener.report(
            Diagnostic.warning(
                file,
                line,
                0,
                null,
                "column '"
                    + missing
                    + "' named in mapping "
                    + mapping.name()
                    + " is not in this file"));
      }
      b.constants.putAll(mapping.constants());
      for (String f : kind.columns()) {
        if (mapping.combine(f) != null) {
          b.combine.put(f, mapping.combine(f));
        }
      }
      for (Map.Entry<String, String> t : mapping.templates().entrySet()) {
        List<String> names = Template.placeholders(t.getValue());
        int[] cols = new int[names.size()];
        for (int k = 0; k < names.size(); k++) {
          cols[k] =
              names.get(k).equals(Template.ROW)
                  ? ROW_NUMBER
                  : ColumnMapping.find(header, names.get(k));
          if (cols[k] == -1) {
            b.unusable(
                listener,
                Diagnostic.error(
                    file,
                    line,
                    0,
                    null,
                    "mapping "
                        + mapping.name()
                        + ": templates."
                        + t.getKey()
                        + " names the column '"
                        + Shown.excerpt(names.get(k))
                        + "', which this file does not have (its columns: "
                        + Shown.excerpt(String.join(", ", header))
                        + "); every row is rejected"));
          }
        }
        b.templates.put(t.getKey(), t.getValue());
        b.templateColumns.put(t.getKey(), cols);
      }
    }
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      List<ColumnRule> rules = mapping == null ? null : mapping.rulesFor(h);
      if (rules == null) {
        ColumnRule guessed = byName(h, kind, catalog);
        if (guessed == null) {
          if (h.isEmpty()) {
            continue;
          }
          listener.report(
              Diagnostic.warning(
                  file,
                  line,
                  i + 1,
                  h,
                  mapping != null
                      ? "not in mapping " + mapping.name() + "; the column is ignored"
                      : kind == RecordKind.INCIDENT
                          ? "not an incident field or a known check id; the column is ignored (a mapping file can map it)"
                          : "not a field of an "
                              + kind.rowName()
                              + "; the column is ignored (a mapping file can map it)"));
          continue;
        }
        rules = List.of(guessed);
      }
      for (ColumnRule rule : rules) {
        Feed feed = new Feed(i, rule);
        switch (rule.use()) {
          case IGNORE -> {}
          case NOTE -> {
            b.noteColumns.add(i);
            b.noteLabels.add(rule.target());
          }
          case FIELD -> b.feeds.get(b.field(rule.target(), i + 1, h)).add(feed);
          case CHECK -> b.checks.add(new CheckFeed(rule.target(), feed));
          case ACTION -> {
            if (rule.target().equals("action")) {
              actionsByHeader.put(
                  h.toLowerCase(Locale.ROOT),
                  new ActionFeed(actionsByHeader.size() + 1, feed, new LinkedHashMap<>()));
            } else {
              actionParts.add(new Object[] {rule, feed});
            }
          }
        }
      }
    }
    for (Object[] part : actionParts) {
      ColumnRule rule = (ColumnRule) part[0];
      ActionFeed owner =
          rule.of() != null
              ? actionsByHeader.get(rule.of().toLowerCase(Locale.ROOT))
              : actionsByHeader.size() == 1 ? actionsByHeader.values().iterator().next() : null;
      if (owner == null) {
        Feed f = (Feed) part[1];
        listener.report(
            Diagnostic.warning(
                file,
                line,
                f.column() + 1,
                header.get(f.column()),
                "gives the "
                    + rule.target()
                    + " of the follow-up in '"
                    + rule.of()
                    + "', which this file does not have; the column is ignored"));
        continue;
      }
      owner.parts().put(rule.target(), (Feed) part[1]);
    }
    b.actions.addAll(actionsByHeader.values());
    for (int f = 0; f < b.fields.size(); f++) {
      if ("first".equals(b.combine.get(b.fields.get(f)))) {
        b.feeds.get(f).sort(Comparator.comparingInt(feed -> feed.rule().order()));
      }
    }
    for (String f : b.constants.keySet()) {
      b.field(f, 0, f);
    }
    for (String f : b.templates.keySet()) {
      b.field(f, 0, f);
    }
    if (!b.noteColumns.isEmpty()) {
      b.field("note", 0, "note");
    }
    for (String required : kind.requiredColumns()) {
      if (!b.layout.has(required)) {
        b.unusable(
            listener,
            Diagnostic.error(
                file,
                line,
                0,
                null,
                "no column gives the "
                    + kind.rowName()
                    + "'s '"
                    + required
                    + "'"
                    + (mapping == null
                        ? " (name a column so, or use a mapping file)"
                        : " (add it to mapping " + mapping.name() + ")")
                    + "; every row is rejected"));
      }
    }
    if (b.unusable != null && !in.otherSheets().isEmpty()) {
      // the header cannot be used: a workbook's first sheet is often notes, the log another
      listener.report(
          Diagnostic.warning(
              file,
              line,
              0,
              null,
              "the workbook has other sheets: '"
                  + String.join("', '", in.otherSheets())
                  + "'; if the log is on one of them, name it with --sheet"));
    }
    return b;
  }

  /**
   * Without a mapping, a column named like a field of the record (or, in a log, a check id) gives
   * that.
   */
  private static ColumnRule byName(String header, RecordKind kind, ProtocolCatalog catalog) {
    String field = kind.fieldNamed(header);
    if (field != null) {
      return new ColumnRule(Use.FIELD, field, null, null, null, null, null, 0);
    }
    if (kind != RecordKind.INCIDENT) {
      return null;
    }
    return catalog
        .check(header)
        .map(k -> new ColumnRule(Use.CHECK, k.id(), null, null, null, null, null, 0))
        .orElse(null);
  }

  /**
   * The row's values arranged by field, after value maps, prefixes, combining, constants and
   * templates.
   */
  private static String[] values(Binding b, RawRow row) {
    String[] v = new String[b.fields.size()];
    for (int f = 0; f < v.length; f++) {
      String field = b.fields.get(f);
      List<Feed> feeds = b.feeds.get(f);
      String value = null;
      if (feeds.size() == 1) {
        value = feeds.get(0).value(row);
      } else if (feeds.size() > 1) {
        value = combine(b.combine.get(field), feeds, row);
      }
      if ((value == null || value.isEmpty()) && b.templates.containsKey(field)) {
        int[] cols = b.templateColumns.get(field);
        List<String> parts = new ArrayList<>(cols.length);
        for (int col : cols) {
          parts.add(col == ROW_NUMBER ? String.valueOf(row.line()) : row.get(col));
        }
        value = Template.fill(b.templates.get(field), parts);
      }
      if ((value == null || value.isEmpty()) && b.constants.containsKey(field)) {
        value = b.constants.get(field);
      }
      v[f] = value == null ? "" : value.strip();
    }
    if (!b.noteColumns.isEmpty()) {
      int at = b.fields.indexOf("note");
      StringBuilder note = new StringBuilder(v[at]);
      for (int i = 0; i < b.noteColumns.size(); i++) {
        String val = row.get(b.noteColumns.get(i));
        if (!val.isEmpty()) {
          if (note.length() > 0) {
            note.append("; ");
          }
          note.append(b.noteLabels.get(i)).append(": ").append(val);
        }
      }
      v[at] = note.toString();
    }
    return v;
  }

  /**
   * Several columns on one field: the first non-empty value (in the mapping's order), or for counts
   * the largest or the sum. A value that is not a number is passed on as it is, to be reported
   * where it stands.
   */
  private static String combine(String how, List<Feed> feeds, RawRow row) {
    if ("first".equals(how)) {
      for (Feed f : feeds) {
        String v = f.value(row);
        if (!v.isEmpty()) {
          return v;
        }
      }
      return "";
    }
    BigDecimal acc = null;
    for (Feed f : feeds) {
      String raw = f.value(row);
      if (raw.isEmpty()) {
        continue;
      }
      BigDecimal d;
      try {
        d = new BigDecimal(raw);
      } catch (NumberFormatException e) {
        return raw;
      }
      acc = acc == null ? d : "sum".equals(how) ? acc.add(d) : acc.max(d);
    }
    return acc == null ? "" : acc.toPlainString();
  }

  private static List<CheckResult> checks(Binding b, RawRow row, RowContext c, Incident incident) {
    if (b.checks.isEmpty()) {
      return List.of();
    }
    List<CheckResult> out = new ArrayList<>(b.checks.size());
    for (CheckFeed k : b.checks) {
      String raw = k.feed().value(row).strip();
      if (raw.isEmpty()) {
        continue;
      }
      CheckStatus status = Coded.find(CheckStatus.class, raw);
      if (status == null) {
        int col = k.feed().column();
        RowContext.Told told =
            b.unread(k.feed(), row, "check " + k.checkId(), Coded.codes(CheckStatus.class));
        if (told != null) {
          c.errorAt(col + 1, b.header.get(col), told);
          continue;
        }
        c.errorAt(
            col + 1,
            b.header.get(col),
            "unknown status '"
                + raw
                + "' for check "
                + k.checkId()
                + "; expected one of: "
                + Coded.codes(CheckStatus.class)
                + " (a mapping file can translate values such as Y/N)");
        continue;
      }
      if (incident != null) {
        out.add(CheckResult.of(incident.id(), k.checkId(), status));
      }
    }
    return out;
  }

  /**
   * Action fields filled from the row's incident or the mapping, whatever the columns (raised_on:
   * the incident's date when no column gives it).
   */
  private static final Set<String> DERIVED_ACTION_FIELDS =
      Set.of("incident_id", "action_id", "status", "kind", "raised_on");

  /**
   * The row's follow-up actions, one per action column with text. Ids are the incident's id with
   * {@code -A} and the column's number among the action columns, so they stay the same on every
   * import. With no status read, an action takes its column's {@code status}, else {@code unknown}:
   * never assumed done. When no column gives {@code raised_on}, the action was raised with its
   * incident: {@code raised_on} is the incident's date (so days open can be counted).
   */
  private static List<CorrectiveAction> actions(
      Binding b,
      RawRow row,
      RowContext c,
      Incident incident,
      String file,
      DateTimeFormatter dates) {
    if (b.actions.isEmpty()) {
      return List.of();
    }
    List<CorrectiveAction> out = new ArrayList<>();
    for (ActionFeed a : b.actions) {
      String text = a.action().value(row).strip();
      if (text.isEmpty()) {
        for (Map.Entry<String, Feed> p : a.parts().entrySet()) {
          String v = row.get(p.getValue().column()).strip();
          if (!v.isEmpty()) {
            int col = p.getValue().column();
            c.warningAt(
                col + 1,
                b.header.get(col),
                "'"
                    + v
                    + "' is the "
                    + p.getKey()
                    + " of a follow-up, but '"
                    + b.header.get(a.action().column())
                    + "' is empty: no action recorded");
            break;
          }
        }
        continue;
      }
      Layout layout = new Layout();
      String[] values = new String[ACTION_COLUMNS.size()];
      for (int f = 0; f < values.length; f++) {
        String field = ACTION_COLUMNS.get(f);
        Feed feed = field.equals("action") ? a.action() : a.parts().get(field);
        if (feed != null || DERIVED_ACTION_FIELDS.contains(field)) {
          // fields the log has no column for stay out of the layout: absent, not empty
          layout.put(
              field,
              f,
              feed == null ? 0 : feed.column() + 1,
              feed == null ? field : b.header.get(feed.column()));
        }
        values[f] = feed == null ? "" : feed.value(row).strip();
      }
      String id = incident == null ? "?" : incident.id();
      values[ACTION_COLUMNS.indexOf("incident_id")] = id;
      values[ACTION_COLUMNS.indexOf("action_id")] = id + "-A" + a.number();
      int status = ACTION_COLUMNS.indexOf("status");
      if (values[status].isEmpty() && a.action().rule().status() != null) {
        values[status] = a.action().rule().status().code();
      }
      // a log without a column for it: the follow-up on an incident's row was raised with the
      // incident, so its days open count from the incident's date
      int raised = ACTION_COLUMNS.indexOf("raised_on");
      if (a.parts().get("raised_on") == null && incident != null) {
        values[raised] = incident.date().toString();
      }
      int kind = ACTION_COLUMNS.indexOf("kind");
      if (values[kind].isEmpty() && a.action().rule().kind() != null) {
        values[kind] = a.action().rule().kind().code();
      }
      RowContext ac =
          new RowContext(file, row.line(), layout, values, dates, c.today())
              .words(
                  (field, expected) ->
                      b.unread(
                          field.equals("action") ? a.action() : a.parts().get(field),
                          row,
                          "follow-up field " + field,
                          expected));
      CorrectiveAction action = CanonicalRows.action(ac);
      if (action != null) {
        CanonicalRows.raisedAfterIncident(ac, action, incident);
      }
      c.addAll(ac.problems());
      if (action != null && incident != null) {
        out.add(action);
      }
    }
    return out;
  }

  /**
   * An injury with nobody counted injured is kept, but said: a severe-injury report whose counts
   * are all zero is worth a look.
   */
  private static void flagUncountedInjury(Binding b, Incident incident, RowContext c) {
    if ((incident.severity() == Severity.INJURY || incident.severity() == Severity.SERIOUS_INJURY)
        && incident.injuries() != null
        && incident.injuries() == 0) {
      int at = b.fields.indexOf("injuries");
      StringBuilder from = new StringBuilder();
      if (at >= 0) {
        for (Feed f : b.feeds.get(at)) {
          from.append(from.length() == 0 ? " (" : ", ").append(b.header.get(f.column()));
        }
        if (from.length() > 0) {
          from.append(')');
        }
      }
      c.warning(
          "injuries",
          "severity is "
              + incident.severity().code()
              + " but nobody is counted injured"
              + from
              + "; the incident is kept with 0 injured");
    }
  }
}
