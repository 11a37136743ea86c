package org.setsafe.ingest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Coded;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Source;
import org.setsafe.model.SourceKind;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * Reads a flat log: one row per incident, incident fields in columns named as in incidents.csv and
 * check results in columns named by check id. A {@link ColumnMapping} maps a foreign layout onto
 * that. Streams: memory holds one row plus the set of ids seen (to catch duplicates).
 */
final class FlatLogReader {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

  private FlatLogReader() {}

  /** Where each field and check of a row comes from, bound once to the file's header. */
  private static final class Binding {
    final List<String> fields = new ArrayList<>();
    final List<int[]> sources = new ArrayList<>();
    final List<ColumnMapping.ColumnRule> rules = new ArrayList<>();
    final List<String> checkIds = new ArrayList<>();
    final List<Integer> checkColumns = new ArrayList<>();
    final List<ColumnMapping.ColumnRule> checkRules = new ArrayList<>();
    final List<Integer> noteColumns = new ArrayList<>();
    final List<String> noteLabels = new ArrayList<>();
    final Map<String, String> constants = new HashMap<>();
    final Map<String, String> templates = new HashMap<>();
    final Map<String, String> combine = new HashMap<>();
    final Layout layout = new Layout();
    final Layout checkLayout = new Layout();
    Map<String, Integer> headerIndex;
    List<String> header;
  }

  static FileStats read(
      Path file,
      String name,
      ImportOptions options,
      ProtocolCatalog catalog,
      IngestListener listener,
      Consumer<IncidentRecord> out,
      SeenIds seen) {
    FileStats stats = new FileStats(name, FileStats.Kind.FLAT_LOG);
    try (RowSource in = CsvInput.open(file, name, options.charset(), listener)) {
      if (in.header().isEmpty()) {
        if (!in.failed()) {
          listener.report(
              Diagnostic.error(name, 0, 0, null, "the file is empty (expected a header row)"));
        }
        stats.finish(in, listener);
        return stats;
      }
      Diagnostic repeated = HeaderCheck.repeated(in);
      if (repeated != null) {
        listener.report(repeated);
        HeaderCheck.rejectAll(in, stats, listener, repeated);
        return stats;
      }
      Binding b = bind(in, options.mapping(), catalog, listener);
      DateTimeFormatter dates = options.flatDateFormatter();
      int width = in.header().size();
      for (RawRow row = in.next(); row != null; row = in.next()) {
        stats.countRead();
        RowContext c =
            new RowContext(name, row.line(), b.layout, values(b, row), dates, options.today());
        c.checkShape(row, width); // values are still read so that every problem is reported
        Incident incident = CanonicalRows.incident(c);
        List<CheckResult> checks = checks(b, row, c, incident, catalog);
        seen.claim(c, name);
        IncidentRecord record = null;
        if (!c.hasErrors()) {
          try {
            record =
                new IncidentRecord(
                    incident, List.of(), checks, List.of(), sources(options, incident));
          } catch (IllegalArgumentException e) {
            c.error(null, e.getMessage());
          }
        }
        finish(c, listener, row, stats, record, out);
      }
      stats.finish(in, listener);
    }
    return stats;
  }

  /** Reports the row's problems, then counts it and passes the record on, or counts it rejected. */
  static void finish(
      RowContext c,
      IngestListener listener,
      RawRow row,
      FileStats stats,
      IncidentRecord record,
      Consumer<IncidentRecord> out) {
    emit(c, listener, stats.file(), row);
    if (record != null) {
      stats.countImported();
      out.accept(record);
    } else {
      stats.countRejected();
    }
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

  static void emit(RowContext c, IngestListener listener, String name, RawRow row) {
    Diagnostic firstError = null;
    for (Diagnostic d : c.problems()) {
      listener.report(d);
      if (firstError == null && d.isError()) {
        firstError = d;
      }
    }
    if (firstError != null) {
      listener.rejected(name, row, firstError);
    }
  }

  private static Binding bind(
      RowSource in, ColumnMapping mapping, ProtocolCatalog catalog, IngestListener listener) {
    Binding b = new Binding();
    List<String> header = in.header();
    b.header = header;
    b.headerIndex = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      b.headerIndex.putIfAbsent(header.get(i), i);
      b.headerIndex.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
    }
    long line = in.headerLine();
    if (mapping != null) {
      for (String missing : mapping.missingColumns(header)) {
        listener.report(
            Diagnostic.warning(
                in.name(),
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
      b.templates.putAll(mapping.templates());
      for (String f : ColumnMapping.INCIDENT_FIELDS) {
        if (mapping.combine(f) != null) {
          b.combine.put(f, mapping.combine(f));
        }
      }
    }
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      ColumnMapping.ColumnRule rule = mapping == null ? null : ruleFor(mapping, h);
      String target;
      if (rule != null) {
        if (rule.ignored()) {
          continue;
        }
        if (rule.note()) {
          b.noteColumns.add(i);
          b.noteLabels.add(rule.noteLabel());
          continue;
        }
        target = rule.field();
      } else {
        target = h.toLowerCase(Locale.ROOT);
        if (!ColumnMapping.INCIDENT_FIELDS.contains(target)) {
          target = catalog.check(h).map(k -> k.id()).orElse(null);
        }
        if (target == null) {
          listener.report(
              Diagnostic.warning(
                  in.name(),
                  line,
                  i + 1,
                  h,
                  mapping == null
                      ? "not an incident field or a known check id; the column is ignored (a mapping file can map it)"
                      : "not in mapping " + mapping.name() + "; the column is ignored"));
          continue;
        }
      }
      if (ColumnMapping.INCIDENT_FIELDS.contains(target)) {
        int at = b.fields.indexOf(target);
        if (at < 0) {
          b.fields.add(target);
          b.sources.add(new int[] {i});
          b.rules.add(rule);
          b.layout.put(target, b.fields.size() - 1, i + 1, h);
        } else {
          int[] old = b.sources.get(at);
          int[] more = java.util.Arrays.copyOf(old, old.length + 1);
          more[old.length] = i;
          b.sources.set(at, more);
        }
      } else {
        String checkId = catalog.check(target).map(k -> k.id()).orElse(null);
        if (checkId == null) {
          listener.report(
              Diagnostic.error(
                  in.name(),
                  line,
                  i + 1,
                  h,
                  "mapped to '"
                      + target
                      + "', which is neither an incident field nor a known check id"));
          continue;
        }
        b.checkIds.add(checkId);
        b.checkColumns.add(i);
        b.checkRules.add(rule);
        b.checkLayout.put(checkId, b.checkIds.size() - 1, i + 1, h);
      }
    }
    for (String f : b.constants.keySet()) {
      if (!b.layout.has(f)) {
        b.fields.add(f);
        b.sources.add(new int[0]);
        b.rules.add(null);
        b.layout.put(f, b.fields.size() - 1, 0, f);
      }
    }
    for (String f : b.templates.keySet()) {
      if (!b.layout.has(f)) {
        b.fields.add(f);
        b.sources.add(new int[0]);
        b.rules.add(null);
        b.layout.put(f, b.fields.size() - 1, 0, f);
      }
    }
    if (!b.noteColumns.isEmpty() && !b.layout.has("note")) {
      b.fields.add("note");
      b.sources.add(new int[0]);
      b.rules.add(null);
      b.layout.put("note", b.fields.size() - 1, 0, "note");
    }
    for (String required : CanonicalTable.INCIDENTS.requiredColumns()) {
      if (!b.layout.has(required)) {
        listener.report(
            Diagnostic.error(
                in.name(),
                line,
                0,
                null,
                "no column gives the incident's '"
                    + required
                    + "'"
                    + (mapping == null
                        ? " (name a column so, or use a mapping file)"
                        : " (add it to the mapping)")));
      }
    }
    return b;
  }

  private static ColumnMapping.ColumnRule ruleFor(ColumnMapping mapping, String header) {
    ColumnMapping.ColumnRule r = mapping.columns().get(header);
    if (r != null) {
      return r;
    }
    for (Map.Entry<String, ColumnMapping.ColumnRule> e : mapping.columns().entrySet()) {
      if (e.getKey().equalsIgnoreCase(header)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * The row's values arranged by field, after value maps, prefixes, combining, constants and
   * templates.
   */
  private static String[] values(Binding b, RawRow row) {
    String[] v = new String[b.fields.size()];
    for (int f = 0; f < v.length; f++) {
      String field = b.fields.get(f);
      int[] src = b.sources.get(f);
      ColumnMapping.ColumnRule rule = b.rules.get(f);
      String value = null;
      if (src.length == 1) {
        value = apply(rule, row.get(src[0]));
      } else if (src.length > 1) {
        value = combine(b.combine.get(field), rule, row, src);
      }
      if ((value == null || value.isEmpty()) && b.templates.containsKey(field)) {
        value = template(b, b.templates.get(field), row);
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

  private static String apply(ColumnMapping.ColumnRule rule, String raw) {
    return rule == null ? raw : rule.apply(raw);
  }

  private static String combine(String how, ColumnMapping.ColumnRule rule, RawRow row, int[] src) {
    BigDecimal acc = null;
    for (int i : src) {
      String raw = apply(rule, row.get(i));
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

  private static String template(Binding b, String template, RawRow row) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    boolean any = false;
    while (m.find()) {
      Integer i = b.headerIndex.get(m.group(1));
      if (i == null) {
        i = b.headerIndex.get(m.group(1).toLowerCase(Locale.ROOT));
      }
      String val = i == null ? "" : row.get(i);
      any |= !val.isEmpty();
      m.appendReplacement(out, Matcher.quoteReplacement(val));
    }
    m.appendTail(out);
    return any ? out.toString().strip() : "";
  }

  private static List<CheckResult> checks(
      Binding b, RawRow row, RowContext c, Incident incident, ProtocolCatalog catalog) {
    if (b.checkIds.isEmpty()) {
      return List.of();
    }
    List<CheckResult> out = new ArrayList<>(b.checkIds.size());
    for (int k = 0; k < b.checkIds.size(); k++) {
      String raw = apply(b.checkRules.get(k), row.get(b.checkColumns.get(k))).strip();
      if (raw.isEmpty()) {
        continue;
      }
      CheckStatus status = Coded.find(CheckStatus.class, raw);
      if (status == null) {
        int col = b.checkColumns.get(k);
        c.errorAt(
            col + 1,
            b.header.get(col),
            "unknown status '"
                + raw
                + "' for check "
                + b.checkIds.get(k)
                + "; expected one of: "
                + Coded.codes(CheckStatus.class)
                + " (a mapping file can translate values such as Y/N)");
        continue;
      }
      if (incident != null) {
        out.add(CheckResult.of(incident.id(), b.checkIds.get(k), status));
      }
    }
    return out;
  }
}
