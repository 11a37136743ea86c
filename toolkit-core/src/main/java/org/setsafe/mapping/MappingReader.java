package org.setsafe.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.setsafe.mapping.ColumnMapping.ColumnRule;
import org.setsafe.mapping.ColumnMapping.Match;
import org.setsafe.mapping.ColumnMapping.Use;
import org.setsafe.model.ActionKind;
import org.setsafe.model.ActionStatus;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Coded;
import org.setsafe.model.PartialDate;
import org.setsafe.model.SourceKind;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostic;
import org.setsafe.read.StrictJson;
import org.setsafe.schema.FieldValues;
import org.setsafe.schema.RecordKind;

/** Reads and checks one mapping document, collecting every problem. */
final class MappingReader {
  final String name;
  final StrictJson json;
  final ProtocolCatalog catalog;
  final List<String> problems = new ArrayList<>();
  String description = "";
  String dateFormat;
  DateTimeFormatter dates;
  final Map<String, List<ColumnRule>> columns = new LinkedHashMap<>();
  final Map<String, String> constants = new LinkedHashMap<>();
  final Map<String, String> templates = new LinkedHashMap<>();
  final Map<String, String> combine = new LinkedHashMap<>();
  final Map<String, String> source = new LinkedHashMap<>();
  final Set<String> optional = new LinkedHashSet<>();
  RecordKind kind = RecordKind.INCIDENT;

  MappingReader(String name, StrictJson json, ProtocolCatalog catalog) {
    this.name = name;
    this.json = json;
    this.catalog = catalog;
  }

  /** What the mapping may not mean as written: told as warnings wherever it is used. */
  final List<Diagnostic> warnings = new ArrayList<>();

  void warning(String path, String message) {
    int[] at = json.place(path);
    warnings.add(
        Diagnostic.warning(
            name, Math.max(0, at[0]), Math.max(0, at[1]), null, path + ": " + message));
  }

  void problem(String path, String message) {
    at(json.place(path), path, message);
  }

  /** A problem with a key itself (unknown, misspelt): placed on the key. */
  void keyProblem(String path, String message) {
    at(json.keyPlace(path), path, message);
  }

  private void at(int[] at, String path, String message) {
    problems.add(
        name
            + (at[0] > 0 ? ":" + at[0] + ":" + at[1] : "")
            + ": "
            + (path.isEmpty() ? "" : path + ": ")
            + message);
  }

  void read() {
    JsonNode root = json.root();
    if (!root.isObject()) {
      problem("", "a mapping is a JSON object with a \"columns\" object");
      return;
    }
    unknownKeys(root, "", ColumnMapping.TOP_KEYS);
    if (root.has("record")) {
      String k = text(root.get("record"), "record");
      if (k != null) {
        RecordKind found = RecordKind.of(k);
        if (found == null) {
          problem("record", "'" + k + "' is not a kind of record; expected incident or assessment");
        } else {
          kind = found;
        }
      }
    }
    if (root.has("description")) {
      description = text(root.get("description"), "description");
    }
    if (root.has("dateFormat")) {
      String p = text(root.get("dateFormat"), "dateFormat");
      if (p != null) {
        try {
          dates = ColumnMapping.formatter(p);
          dateFormat = p;
        } catch (IllegalArgumentException e) {
          problem("dateFormat", "'" + p + "' is not a date pattern: " + e.getMessage());
        }
      }
    }
    if (root.has("review") && !root.get("review").isArray()) {
      problem("review", "expected a list (what a person should check in a drafted mapping)");
    }
    JsonNode cols = root.get("columns");
    if (cols == null || !cols.isObject()) {
      problem(
          cols == null ? "" : "columns",
          "a mapping needs a \"columns\" object: each header of the log with what it gives");
    } else {
      readColumns(cols);
    }
    readCombine(root.get("combine"));
    readConstants(root.get("constants"));
    readTemplates(root.get("templates"));
    readSource(root.get("source"));
    checkTargets();
  }

  private void readColumns(JsonNode cols) {
    int order = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = cols.fields(); it.hasNext(); order++) {
      Map.Entry<String, JsonNode> e = it.next();
      String header = e.getKey().strip();
      String path = StrictJson.child("columns", e.getKey());
      if (header.isEmpty()) {
        problem(path, "an empty header; name the column as the log's header row does");
        continue;
      }
      for (String other : columns.keySet()) {
        if (other.equalsIgnoreCase(header)) {
          problem(
              path, "the column \"" + other + "\" is already mapped (headers match in any case)");
        }
      }
      List<ColumnRule> rules = new ArrayList<>();
      JsonNode v = e.getValue();
      if (v.isArray()) {
        if (v.isEmpty()) {
          problem(path, "an empty list; give at least one rule, or {\"ignore\": \"why\"}");
        }
        for (int i = 0; i < v.size(); i++) {
          ColumnRule r = rule(v.get(i), StrictJson.item(path, i), order);
          if (r != null) {
            rules.add(r);
          }
        }
      } else {
        ColumnRule r = rule(v, path, order);
        if (r != null) {
          rules.add(r);
        }
      }
      for (int i = 0; i < (v.isArray() ? v.size() : 1); i++) {
        JsonNode r = v.isArray() ? v.get(i) : v;
        if (r.isObject() && r.has("optional")) {
          String at = StrictJson.child(v.isArray() ? StrictJson.item(path, i) : path, "optional");
          if (!r.get("optional").isBoolean()) {
            problem(at, "expected true or false");
          } else if (r.get("optional").asBoolean()) {
            optional.add(header);
          }
        }
      }
      Set<String> seen = new LinkedHashSet<>();
      for (ColumnRule r : rules) {
        if ((r.use() == Use.FIELD || r.use() == Use.CHECK) && !seen.add(r.target())) {
          problem(path, "feeds '" + r.target() + "' twice; one rule per field");
        }
      }
      columns.put(header, List.copyOf(rules));
    }
  }

  private ColumnRule rule(JsonNode node, String path, int order) {
    if (node.isTextual()) {
      return target(node.asText(), path, null, null, order);
    }
    if (!node.isObject()) {
      problem(
          path,
          "expected a field name, an object such as {\"field\": \"category\", \"values\":"
              + " {...}}, or a list of them");
      return null;
    }
    if (node.has("ignore")) {
      unknownKeys(node, path, List.of("ignore", "optional"));
      String why = node.get("ignore").asText("");
      return new ColumnRule(
          Use.IGNORE, why.isBlank() ? "ignored" : why, null, null, null, null, null, order);
    }
    if (node.has("note")) {
      unknownKeys(node, path, List.of("note", "optional"));
      String label = text(node.get("note"), StrictJson.child(path, "note"));
      return label == null
          ? null
          : new ColumnRule(Use.NOTE, label, null, null, null, null, null, order);
    }
    if (node.has("action")) {
      return actionRule(node, path, order);
    }
    if (!node.has("field")) {
      problem(
          path,
          "needs \"field\" (an incident field or a check id), \"action\", \"note\" or \"ignore\"");
      unknownKeys(node, path, ColumnMapping.FIELD_KEYS);
      return null;
    }
    unknownKeys(node, path, ColumnMapping.FIELD_KEYS);
    String prefix = node.has("prefix") ? text(node.get("prefix"), path + ".prefix") : null;
    String field = text(node.get("field"), path + ".field");
    if (field == null) {
      return null;
    }
    return target(field, path, node, prefix, order);
  }

  /** A rule feeding an incident field or a check, with its value map checked. */
  private ColumnRule target(String given, String path, JsonNode node, String prefix, int order) {
    String t = given.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    String fieldPath = node == null ? path : path + ".field";
    if (t.isEmpty()) {
      problem(fieldPath, "an empty field name");
      return null;
    }
    if (fields().contains(lower)) {
      ValueMap values = node == null ? null : values(node, path, lower, Use.FIELD);
      return new ColumnRule(Use.FIELD, lower, values, prefix, null, null, null, order);
    }
    if (kind != RecordKind.INCIDENT) {
      String hint = ColumnMapping.suggest(t, fields());
      problem(
          fieldPath,
          "'"
              + t
              + "' is not a field of an "
              + kind.rowName()
              + (hint != null
                  ? "; did you mean '" + hint + "'?"
                  : " (fields: " + String.join(", ", fields()) + ")"));
      return null;
    }
    var check = catalog.check(t);
    if (check.isPresent()) {
      ValueMap values = node == null ? null : values(node, path, check.get().id(), Use.CHECK);
      return new ColumnRule(Use.CHECK, check.get().id(), values, prefix, null, null, null, order);
    }
    String hint = ColumnMapping.suggest(t, fields());
    if (hint == null) {
      hint =
          ColumnMapping.suggest(
              t.toUpperCase(Locale.ROOT), catalog.checks().stream().map(c -> c.id()).toList());
    }
    problem(
        fieldPath,
        "'"
            + t
            + "' is neither an incident field nor a known check id"
            + (hint != null
                ? "; did you mean '" + hint + "'?"
                : " (fields: "
                    + String.join(", ", fields())
                    + "; 'setsafe protocols' lists the checks)"));
    return null;
  }

  private ColumnRule actionRule(JsonNode node, String path, int order) {
    if (kind != RecordKind.INCIDENT) {
      problem(
          path, "an " + kind.rowName() + " has no follow-up actions; map the column to a field");
      return null;
    }
    unknownKeys(node, path, ColumnMapping.ACTION_KEYS);
    String field = text(node.get("action"), path + ".action");
    if (field == null) {
      return null;
    }
    field = field.strip().toLowerCase(Locale.ROOT);
    if (!ColumnMapping.ACTION_FIELDS.contains(field)) {
      String hint = ColumnMapping.suggest(field, ColumnMapping.ACTION_FIELDS);
      problem(
          path + ".action",
          "'"
              + field
              + "' is not a field of an action"
              + (hint != null ? "; did you mean '" + hint + "'?" : "")
              + " (expected one of: "
              + String.join(", ", ColumnMapping.ACTION_FIELDS)
              + ")");
      return null;
    }
    String of = node.has("for") ? text(node.get("for"), path + ".for") : null;
    ActionStatus status = null;
    ActionKind kind = null;
    if (node.has("status") || node.has("kind")) {
      if (!field.equals("action")) {
        problem(
            path,
            "\"status\" and \"kind\" go on the column of the action itself ({\"action\":"
                + " \"action\"}); here use \"values\" and \"default\"");
      } else {
        if (node.has("status")) {
          String s = text(node.get("status"), path + ".status");
          status = s == null ? null : Coded.find(ActionStatus.class, s);
          if (s != null && status == null) {
            problem(
                path + ".status",
                "unknown action status '"
                    + s
                    + "'; expected one of: "
                    + Coded.codes(ActionStatus.class));
          }
        }
        if (node.has("kind")) {
          String k = text(node.get("kind"), path + ".kind");
          kind = k == null ? null : Coded.find(ActionKind.class, k);
          if (k != null && kind == null) {
            problem(
                path + ".kind",
                "unknown action kind '"
                    + k
                    + "'; expected one of: "
                    + Coded.codes(ActionKind.class));
          }
        }
      }
    }
    if (of != null && field.equals("action")) {
      problem(
          path + ".for",
          "the action itself needs no \"for\"; its owner, due date and status columns point at it");
      of = null;
    }
    ValueMap values = values(node, path, field, Use.ACTION);
    return new ColumnRule(Use.ACTION, field, values, null, of, status, kind, order);
  }

  /** The rule's value map (values, match, default), every translation checked; or null. */
  private ValueMap values(JsonNode node, String path, String field, Use use) {
    Match match = Match.EXACT;
    if (node.has("match")) {
      String m = text(node.get("match"), path + ".match");
      if (m != null) {
        switch (m.strip().toLowerCase(Locale.ROOT)) {
          case "exact":
            break;
          case "prefix":
            match = Match.PREFIX;
            break;
          case "range":
            match = Match.RANGE;
            break;
          default:
            problem(
                path + ".match", "'" + m + "' is not a way to match; use exact, prefix or range");
        }
      }
      if (!node.has("values")) {
        problem(path + ".match", "\"match\" needs \"values\" to match against");
      }
    }
    String def = null;
    if (node.has("default")) {
      def = text(node.get("default"), path + ".default");
      if (def != null && !def.isEmpty()) {
        String p = valueProblem(field, use, def);
        if (p != null) {
          problem(path + ".default", p);
        }
      }
    }
    if (!node.has("values")) {
      if (def != null) {
        problem(
            path + ".default",
            "\"default\" needs \"values\": it applies to the values the map does not name");
      }
      return null;
    }
    JsonNode vals = node.get("values");
    String vpath = path + ".values";
    if (!vals.isObject()) {
      problem(vpath, "expected an object of value translations, such as {\"Y\": \"passed\"}");
      return null;
    }
    ValueMap map = new ValueMap(match, def);
    for (Iterator<Map.Entry<String, JsonNode>> it = vals.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> v = it.next();
      String at = StrictJson.child(vpath, v.getKey());
      String to = text(v.getValue(), at);
      if (to == null) {
        continue;
      }
      String caution = map.caution(v.getKey().strip(), to.strip());
      if (caution != null) {
        warning(at, caution);
      }
      String keyProblem = map.put(v.getKey().strip(), to.strip());
      if (keyProblem != null) {
        problem(at, keyProblem);
      }
      if (!to.isBlank()) {
        String p = valueProblem(field, use, to.strip());
        if (p != null) {
          problem(at, p);
        }
      }
    }
    return map;
  }

  /** Why {@code value} cannot be a value of {@code field}, or null when it can. */
  private String valueProblem(String field, Use use, String value) {
    if (use == Use.CHECK) {
      return Coded.find(CheckStatus.class, value) != null
          ? null
          : "'"
              + value
              + "' is not a check status; expected one of: "
              + Coded.codes(CheckStatus.class);
    }
    if (kind != RecordKind.INCIDENT) {
      return FieldValues.problem(kind, field, value, dates);
    }
    return FieldValues.problem(field, use == Use.ACTION, value, dates);
  }

  private void readCombine(JsonNode node) {
    for (Map.Entry<String, String> c : strings(node, "combine").entrySet()) {
      String path = StrictJson.child("combine", c.getKey());
      String field = c.getKey().strip().toLowerCase(Locale.ROOT);
      String how = c.getValue().strip().toLowerCase(Locale.ROOT);
      if (field.equals("id")) {
        problem(
            path, "an incident has one id; map one column to 'id' and keep the others in the note");
      } else if (!fields().contains(field)) {
        String hint = ColumnMapping.suggest(field, fields());
        problem(
            path,
            "'"
                + c.getKey()
                + "' is not "
                + fieldWord()
                + (hint != null ? "; did you mean '" + hint + "'?" : ""));
      } else if (how.equals("first")
          || (ColumnMapping.COUNT_FIELDS.contains(field)
              && (how.equals("max") || how.equals("sum")))) {
        combine.put(field, how);
      } else {
        problem(
            path,
            "'"
                + c.getValue()
                + "': columns feeding "
                + field
                + " combine by "
                + (ColumnMapping.COUNT_FIELDS.contains(field)
                    ? "\"max\", \"sum\" or \"first\" (the first non-empty, in the mapping's order)"
                    : "\"first\" (the first non-empty, in the mapping's order)"));
      }
    }
  }

  private void readConstants(JsonNode node) {
    for (Map.Entry<String, String> c : strings(node, "constants").entrySet()) {
      String path = StrictJson.child("constants", c.getKey());
      String field = c.getKey().strip().toLowerCase(Locale.ROOT);
      if (!fields().contains(field)) {
        String hint = ColumnMapping.suggest(field, fields());
        keyProblem(
            path,
            "'"
                + c.getKey()
                + "' is not "
                + fieldWord()
                + (hint != null
                    ? "; did you mean '" + hint + "'?"
                    : " (fields: " + String.join(", ", fields()) + ")"));
        continue;
      }
      String value = c.getValue().strip();
      if (value.isEmpty()) {
        problem(path, "an empty constant gives nothing; leave it out");
        continue;
      }
      String p = FieldValues.problem(field, false, value, dates);
      if (p != null) {
        problem(path, p);
        continue;
      }
      constants.put(field, value);
    }
  }

  private void readTemplates(JsonNode node) {
    for (Map.Entry<String, String> t : strings(node, "templates").entrySet()) {
      String path = StrictJson.child("templates", t.getKey());
      String field = t.getKey().strip().toLowerCase(Locale.ROOT);
      if (!fields().contains(field)) {
        String hint = ColumnMapping.suggest(field, fields());
        problem(
            path,
            "'"
                + t.getKey()
                + "' is not "
                + fieldWord()
                + (hint != null ? "; did you mean '" + hint + "'?" : ""));
        continue;
      }
      String p = Template.problem(t.getValue());
      if (p != null) {
        problem(path, p);
        continue;
      }
      templates.put(field, t.getValue());
    }
  }

  private void readSource(JsonNode node) {
    Map<String, String> s = strings(node, "source");
    if (node != null && node.isObject()) {
      unknownKeys(node, "source", ColumnMapping.SOURCE_KEYS);
    }
    if (s.isEmpty()) {
      return;
    }
    if (!s.containsKey("title") || s.get("title").isBlank()) {
      problem(
          "source", "a source needs a \"title\" (and may have publisher, kind, published_on, url)");
    }
    if (s.containsKey("kind") && Coded.find(SourceKind.class, s.get("kind")) == null) {
      problem(
          "source.kind",
          "unknown source kind '"
              + s.get("kind")
              + "'; expected one of: "
              + Coded.codes(SourceKind.class));
    }
    if (s.containsKey("published_on")) {
      try {
        PartialDate.parse(s.get("published_on"));
      } catch (RuntimeException e) {
        problem(
            "source.published_on",
            "'" + s.get("published_on") + "' is not a date (yyyy-MM-dd, yyyy-MM or yyyy)");
      }
    }
    for (String k : ColumnMapping.SOURCE_KEYS) {
      if (s.containsKey(k) && !s.get(k).isBlank()) {
        source.put(k, s.get(k).strip());
      }
    }
  }

  /** Several columns on one target: only where the mapping says how they combine. */
  private void checkTargets() {
    Map<String, List<String>> byTarget = new LinkedHashMap<>();
    Map<String, Map<String, List<String>>> actionParts = new LinkedHashMap<>();
    List<String> actionColumns = new ArrayList<>();
    for (Map.Entry<String, List<ColumnRule>> c : columns.entrySet()) {
      for (ColumnRule r : c.getValue()) {
        if (r.use() == Use.FIELD || r.use() == Use.CHECK) {
          byTarget.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(c.getKey());
        } else if (r.use() == Use.ACTION && r.target().equals("action")) {
          actionColumns.add(c.getKey());
        }
      }
    }
    for (Map.Entry<String, List<String>> t : byTarget.entrySet()) {
      List<String> from = t.getValue();
      if (from.size() < 2) {
        continue;
      }
      String path = StrictJson.child("columns", from.get(1));
      String list = ColumnMapping.quoted(from) + (from.size() == 2 ? " both" : " all");
      if (t.getKey().equals("id")) {
        problem(
            path,
            list
                + " map to 'id'; an incident has one id: map one of them and keep the"
                + " others in the note");
      } else if (!fields().contains(t.getKey())) {
        problem(
            path,
            list
                + " give check "
                + t.getKey()
                + "; map one of them and keep the others in the note");
      } else if (!combine.containsKey(t.getKey())) {
        problem(
            path,
            list
                + " map to '"
                + t.getKey()
                + "'; say how they combine in \"combine\": "
                + (ColumnMapping.COUNT_FIELDS.contains(t.getKey())
                    ? "\"max\" or \"sum\" for counts, or \"first\""
                    : "\"first\" (the first non-empty, in the mapping's order)"));
      }
    }
    for (Map.Entry<String, List<ColumnRule>> c : columns.entrySet()) {
      String path = StrictJson.child("columns", c.getKey());
      for (ColumnRule r : c.getValue()) {
        if (r.use() != Use.ACTION || r.target().equals("action")) {
          continue;
        }
        String of = r.of();
        if (of == null) {
          if (actionColumns.size() == 1) {
            of = actionColumns.get(0);
          } else {
            problem(
                path,
                actionColumns.isEmpty()
                    ? "gives the "
                        + r.target()
                        + " of an action, but no column gives the action itself ({\"action\":"
                        + " \"action\"})"
                    : "gives the "
                        + r.target()
                        + " of an action; say which with \"for\": one of "
                        + ColumnMapping.quoted(actionColumns));
            continue;
          }
        } else {
          String wanted = of;
          of =
              actionColumns.stream()
                  .filter(a -> a.equalsIgnoreCase(wanted))
                  .findFirst()
                  .orElse(null);
          if (of == null) {
            problem(
                path + ".for",
                "'"
                    + wanted
                    + "' is not a column giving an action"
                    + (actionColumns.isEmpty()
                        ? ""
                        : "; expected one of " + ColumnMapping.quoted(actionColumns)));
            continue;
          }
        }
        List<String> same =
            actionParts
                .computeIfAbsent(of, k -> new LinkedHashMap<>())
                .computeIfAbsent(r.target(), k -> new ArrayList<>());
        same.add(c.getKey());
        if (same.size() == 2) {
          problem(
              path,
              ColumnMapping.quoted(same)
                  + " both give the "
                  + r.target()
                  + " of the action in \""
                  + of
                  + "\"");
        }
      }
    }
  }

  /** "an incident field", or for another kind "a field of an assessed hazard". */
  String fieldWord() {
    return kind == RecordKind.INCIDENT ? "an incident field" : "a field of an " + kind.rowName();
  }

  /** The fields a column of this mapping may feed: its record kind's. */
  List<String> fields() {
    return kind.columns();
  }

  private void unknownKeys(JsonNode node, String path, List<String> known) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        String hint = ColumnMapping.suggest(key, known);
        keyProblem(
            StrictJson.child(path, key),
            "unknown key"
                + (hint != null ? "; did you mean \"" + hint + "\"?" : "")
                + " (expected one of: "
                + String.join(", ", known)
                + ")");
      }
    }
  }

  private String text(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      problem(path, "expected text in quotes, found " + ColumnMapping.kind(node));
      return null;
    }
    return node.asText();
  }

  private Map<String, String> strings(JsonNode node, String path) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      problem(path, "expected an object of text values, found " + ColumnMapping.kind(node));
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String t = text(e.getValue(), StrictJson.child(path, e.getKey()));
      if (t != null) {
        out.put(e.getKey(), t);
      }
    }
    return out;
  }
}
