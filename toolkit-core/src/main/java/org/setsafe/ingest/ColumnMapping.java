package org.setsafe.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.setsafe.model.ActionKind;
import org.setsafe.model.ActionStatus;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Coded;
import org.setsafe.model.EditDistance;
import org.setsafe.model.PartialDate;
import org.setsafe.model.SourceKind;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * How a foreign log's columns and values map onto setsafe's fields, read from a JSON file:
 *
 * <pre>{@code
 * {
 *   "description": "what layout this maps",
 *   "dateFormat": "M/d/yyyy",
 *   "columns": {
 *     "Incident #": {"field": "id", "prefix": "DT-"},
 *     "Armorer present?": {"field": "DESIGNATED_CUSTODIAN", "values": {"Y": "passed", "N": "failed"}},
 *     "Dept": [{"field": "department"},
 *              {"field": "category", "values": {"Props": "firearm"}, "default": "other"}],
 *     "Event": {"field": "category", "match": "prefix", "values": {"43": "fall_from_height"}},
 *     "Follow-up": {"action": "action", "status": "open"},
 *     "Owner": {"action": "owner", "for": "Follow-up"},
 *     "Address": {"note": "Address"},
 *     "Internal ref": {"ignore": "our own numbering"}
 *   },
 *   "constants": {"activity": "unknown"},
 *   "templates": {"title": "{Nature} at {Employer}"},
 *   "combine": {"injuries": "max", "category": "first"},
 *   "source": {"title": "OSHA Severe Injury Reports", "publisher": "OSHA"}
 * }
 * }</pre>
 *
 * <p>A column's rule, or list of rules, says what it feeds: an incident field (as in incidents.csv)
 * or a check id ({@code field}), a field of a follow-up action ({@code action}), the incident's
 * note ({@code note}), or nothing on purpose ({@code ignore}). Values can be translated by a value
 * map matched exactly (then case-insensitively), by prefix (the longest matching key wins) or by
 * numeric range ({@code "1-9"}); {@code default} applies to values the map does not name ({@code
 * ""}: no value). The whole mapping is checked when it is loaded, and every problem is reported at
 * once with the file, line and JSON path.
 */
public final class ColumnMapping {
  /** Incident fields a flat log (or a mapping) may fill. */
  public static final List<String> INCIDENT_FIELDS = CanonicalTable.INCIDENTS.columns();

  /** Fields of a follow-up action a column can give (actions.csv without the two ids). */
  static final List<String> ACTION_FIELDS =
      CanonicalTable.ACTIONS.columns().subList(2, CanonicalTable.ACTIONS.columns().size());

  private static final Set<String> COUNT_FIELDS = Set.of("fatalities", "injuries");
  private static final List<String> TOP_KEYS =
      List.of(
          "description",
          "dateFormat",
          "columns",
          "constants",
          "templates",
          "combine",
          "source",
          "review");
  private static final List<String> FIELD_KEYS =
      List.of("field", "values", "match", "default", "prefix", "optional");
  private static final List<String> ACTION_KEYS =
      List.of("action", "for", "values", "match", "default", "status", "kind", "optional");
  private static final List<String> SOURCE_KEYS =
      List.of("title", "publisher", "kind", "published_on", "url");

  /** What a rule does with its column. */
  enum Use {
    /** Fills an incident field. */
    FIELD,
    /** Gives a check's status. */
    CHECK,
    /** Fills a field of a follow-up action. */
    ACTION,
    /** Kept in the incident's note as {@code Label: value}. */
    NOTE,
    /** Left out on purpose. */
    IGNORE
  }

  /**
   * What one source column gives: for {@link Use#FIELD} and {@link Use#CHECK} the field or check
   * id, for {@link Use#ACTION} the action field, for {@link Use#NOTE} the label and for {@link
   * Use#IGNORE} the reason.
   *
   * @param values the value map, or null to take values as they are
   * @param prefix prepended to a non-empty value, or null
   * @param of for an action field other than the action itself: the header of the action's column
   * @param status for the action itself: the status an action gets when no column gives one
   * @param kind for the action itself: the kind of every action of the column
   * @param order the column's position in the mapping (for {@code "first"} combining)
   */
  record ColumnRule(
      Use use,
      String target,
      ValueMap values,
      String prefix,
      String of,
      ActionStatus status,
      ActionKind kind,
      int order) {

    String apply(String raw) {
      String v = values == null ? raw : values.apply(raw);
      if (prefix != null && !v.isEmpty()) {
        v = prefix + v;
      }
      return v;
    }
  }

  /** How a value map finds a value's translation. */
  enum Match {
    EXACT,
    PREFIX,
    RANGE
  }

  /** A value map: translations by exact value, prefix or numeric range, and a default. */
  static final class ValueMap {
    private final Match match;
    private final Map<String, String> exact = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> prefixes = new ArrayList<>();
    private final List<Range> ranges = new ArrayList<>();
    private final String defaultValue;

    private record Range(BigDecimal low, BigDecimal high, String value) {
      boolean contains(BigDecimal v) {
        return v.compareTo(low) >= 0 && v.compareTo(high) <= 0;
      }
    }

    ValueMap(Match match, String defaultValue) {
      this.match = match;
      this.defaultValue = defaultValue;
    }

    /** Translates {@code raw}; an empty value stays empty. */
    String apply(String raw) {
      if (raw.isEmpty()) {
        return raw;
      }
      String mapped = find(raw);
      if (mapped != null) {
        return mapped;
      }
      return defaultValue != null ? defaultValue : raw;
    }

    String find(String raw) {
      switch (match) {
        case PREFIX:
          String lower = raw.toLowerCase(Locale.ROOT);
          for (Map.Entry<String, String> p : prefixes) {
            if (lower.startsWith(p.getKey())) {
              return p.getValue();
            }
          }
          return null;
        case RANGE:
          BigDecimal v = number(raw);
          if (v != null) {
            for (Range r : ranges) {
              if (r.contains(v)) {
                return r.value();
              }
            }
          }
          return null;
        default:
          String m = exact.get(raw);
          return m != null ? m : exact.get(raw.toLowerCase(Locale.ROOT));
      }
    }

    /** Adds a translation; returns a problem with the key, or null. */
    String put(String key, String value) {
      switch (match) {
        case PREFIX:
          if (key.isEmpty()) {
            return "an empty prefix would match every value; use \"default\" instead";
          }
          prefixes.add(Map.entry(key.toLowerCase(Locale.ROOT), value));
          prefixes.sort(
              Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length())
                  .reversed());
          return null;
        case RANGE:
          int dash = key.indexOf('-', 1);
          BigDecimal low = number(dash < 0 ? key : key.substring(0, dash));
          BigDecimal high = number(dash < 0 ? key : key.substring(dash + 1));
          if (low == null || high == null) {
            return "'"
                + key
                + "' is not a range; write it as LOW-HIGH (e.g. \"1-9\") or one number";
          }
          if (low.compareTo(high) > 0) {
            return "the range '" + key + "' runs backwards";
          }
          ranges.add(new Range(low, high, value));
          return null;
        default:
          exact.put(key, value);
          exact.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
          return null;
      }
    }

    private static BigDecimal number(String s) {
      String t = s.strip();
      if (t.isEmpty() || !t.matches("-?[0-9]+(\\.[0-9]+)?")) {
        return null;
      }
      return new BigDecimal(t);
    }
  }

  private final String name;
  private final String description;
  private final String dateFormat;
  private final Map<String, List<ColumnRule>> columns;
  private final Map<String, String> constants;
  private final Map<String, String> templates;
  private final Map<String, String> combine;
  private final Map<String, String> source;
  private final Set<String> optional;

  private ColumnMapping(Reader r) {
    this.name = r.name;
    this.description = r.description;
    this.dateFormat = r.dateFormat;
    this.columns = Collections.unmodifiableMap(r.columns);
    this.constants = Collections.unmodifiableMap(r.constants);
    this.templates = Collections.unmodifiableMap(r.templates);
    this.combine = Collections.unmodifiableMap(r.combine);
    this.source = Collections.unmodifiableMap(r.source);
    this.optional = Set.copyOf(r.optional);
  }

  /**
   * The citation every row of such a log comes from (title, publisher, kind, published_on, url), or
   * empty.
   */
  Map<String, String> source() {
    return source;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  /** The date pattern the log uses (java.time syntax), or null for ISO. */
  public String dateFormat() {
    return dateFormat;
  }

  /** The rules of each column, by header, in the mapping's order. */
  Map<String, List<ColumnRule>> columns() {
    return columns;
  }

  Map<String, String> constants() {
    return constants;
  }

  Map<String, String> templates() {
    return templates;
  }

  /**
   * How several columns feeding {@code field} combine ({@code max}, {@code sum}, {@code first}).
   */
  String combine(String field) {
    return combine.get(field);
  }

  /** The rules for a header (exact, else case-insensitive), or null when the mapping lacks it. */
  List<ColumnRule> rulesFor(String header) {
    List<ColumnRule> r = columns.get(header);
    if (r != null) {
      return r;
    }
    for (Map.Entry<String, List<ColumnRule>> e : columns.entrySet()) {
      if (e.getKey().equalsIgnoreCase(header)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Reads a mapping file, checking it against the bundled protocols. */
  public static ColumnMapping load(Path file) {
    return load(file, ProtocolCatalog.bundled());
  }

  /**
   * Reads a mapping file and checks it whole: every key, target, value map, constant, template and
   * combination.
   *
   * @throws InputException naming the file, line and JSON path of every problem found
   */
  public static ColumnMapping load(Path file, ProtocolCatalog catalog) {
    String name = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such mapping file");
    } catch (MalformedInputException e) {
      throw new InputException(name + ": not UTF-8 text; a mapping is a JSON file in UTF-8");
    } catch (IOException e) {
      throw new InputException(name + ": cannot read the mapping (" + e.getMessage() + ")", e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte-order mark, as Windows editors save UTF-8
    }
    return parse(name, text, catalog);
  }

  /** Parses mapping text; {@code name} is how errors name it. */
  static ColumnMapping parse(String name, String text, ProtocolCatalog catalog) {
    StrictJson json;
    try {
      json = StrictJson.parse(text);
    } catch (StrictJson.Failure f) {
      throw new InputException(
          name
              + (f.line > 0 ? ":" + f.line + (f.column > 0 ? ":" + f.column : "") : "")
              + ": "
              + f.getMessage());
    }
    Reader r = new Reader(name, json, catalog);
    r.read();
    if (!r.problems.isEmpty()) {
      if (r.problems.size() == 1) {
        throw new InputException(r.problems.get(0));
      }
      throw new InputException(
          "mapping "
              + name
              + " has "
              + r.problems.size()
              + " problems:\n  "
              + String.join("\n  ", r.problems));
    }
    return new ColumnMapping(r);
  }

  /** Reads and checks one mapping document, collecting every problem. */
  private static final class Reader {
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

    Reader(String name, StrictJson json, ProtocolCatalog catalog) {
      this.name = name;
      this.json = json;
      this.catalog = catalog;
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
      unknownKeys(root, "", TOP_KEYS);
      if (root.has("description")) {
        description = text(root.get("description"), "description");
      }
      if (root.has("dateFormat")) {
        String p = text(root.get("dateFormat"), "dateFormat");
        if (p != null) {
          try {
            dates = formatter(p);
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
        unknownKeys(node, path, FIELD_KEYS);
        return null;
      }
      unknownKeys(node, path, FIELD_KEYS);
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
      if (INCIDENT_FIELDS.contains(lower)) {
        ValueMap values = node == null ? null : values(node, path, lower, Use.FIELD);
        return new ColumnRule(Use.FIELD, lower, values, prefix, null, null, null, order);
      }
      var check = catalog.check(t);
      if (check.isPresent()) {
        ValueMap values = node == null ? null : values(node, path, check.get().id(), Use.CHECK);
        return new ColumnRule(Use.CHECK, check.get().id(), values, prefix, null, null, null, order);
      }
      String hint = suggest(t, INCIDENT_FIELDS);
      if (hint == null) {
        hint =
            suggest(
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
                      + String.join(", ", INCIDENT_FIELDS)
                      + "; 'setsafe protocols' lists the checks)"));
      return null;
    }

    private ColumnRule actionRule(JsonNode node, String path, int order) {
      unknownKeys(node, path, ACTION_KEYS);
      String field = text(node.get("action"), path + ".action");
      if (field == null) {
        return null;
      }
      field = field.strip().toLowerCase(Locale.ROOT);
      if (!ACTION_FIELDS.contains(field)) {
        String hint = suggest(field, ACTION_FIELDS);
        problem(
            path + ".action",
            "'"
                + field
                + "' is not a field of an action"
                + (hint != null ? "; did you mean '" + hint + "'?" : "")
                + " (expected one of: "
                + String.join(", ", ACTION_FIELDS)
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
      return FieldValues.problem(field, use == Use.ACTION, value, dates);
    }

    private void readCombine(JsonNode node) {
      for (Map.Entry<String, String> c : strings(node, "combine").entrySet()) {
        String path = StrictJson.child("combine", c.getKey());
        String field = c.getKey().strip().toLowerCase(Locale.ROOT);
        String how = c.getValue().strip().toLowerCase(Locale.ROOT);
        if (field.equals("id")) {
          problem(
              path,
              "an incident has one id; map one column to 'id' and keep the others in the note");
        } else if (!INCIDENT_FIELDS.contains(field)) {
          String hint = suggest(field, INCIDENT_FIELDS);
          problem(
              path,
              "'"
                  + c.getKey()
                  + "' is not an incident field"
                  + (hint != null ? "; did you mean '" + hint + "'?" : ""));
        } else if (how.equals("first")
            || (COUNT_FIELDS.contains(field) && (how.equals("max") || how.equals("sum")))) {
          combine.put(field, how);
        } else {
          problem(
              path,
              "'"
                  + c.getValue()
                  + "': columns feeding "
                  + field
                  + " combine by "
                  + (COUNT_FIELDS.contains(field)
                      ? "\"max\", \"sum\" or \"first\" (the first non-empty, in the mapping's order)"
                      : "\"first\" (the first non-empty, in the mapping's order)"));
        }
      }
    }

    private void readConstants(JsonNode node) {
      for (Map.Entry<String, String> c : strings(node, "constants").entrySet()) {
        String path = StrictJson.child("constants", c.getKey());
        String field = c.getKey().strip().toLowerCase(Locale.ROOT);
        if (!INCIDENT_FIELDS.contains(field)) {
          String hint = suggest(field, INCIDENT_FIELDS);
          keyProblem(
              path,
              "'"
                  + c.getKey()
                  + "' is not an incident field"
                  + (hint != null
                      ? "; did you mean '" + hint + "'?"
                      : " (fields: " + String.join(", ", INCIDENT_FIELDS) + ")"));
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
        if (!INCIDENT_FIELDS.contains(field)) {
          String hint = suggest(field, INCIDENT_FIELDS);
          problem(
              path,
              "'"
                  + t.getKey()
                  + "' is not an incident field"
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
        unknownKeys(node, "source", SOURCE_KEYS);
      }
      if (s.isEmpty()) {
        return;
      }
      if (!s.containsKey("title") || s.get("title").isBlank()) {
        problem(
            "source",
            "a source needs a \"title\" (and may have publisher, kind, published_on, url)");
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
      for (String k : SOURCE_KEYS) {
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
        String list = quoted(from) + (from.size() == 2 ? " both" : " all");
        if (t.getKey().equals("id")) {
          problem(
              path,
              list
                  + " map to 'id'; an incident has one id: map one of them and keep the"
                  + " others in the note");
        } else if (!INCIDENT_FIELDS.contains(t.getKey())) {
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
                  + (COUNT_FIELDS.contains(t.getKey())
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
                          + quoted(actionColumns));
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
                          : "; expected one of " + quoted(actionColumns)));
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
                quoted(same) + " both give the " + r.target() + " of the action in \"" + of + "\"");
          }
        }
      }
    }

    private void unknownKeys(JsonNode node, String path, List<String> known) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!known.contains(key)) {
          String hint = suggest(key, known);
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
        problem(path, "expected text in quotes, found " + kind(node));
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
        problem(path, "expected an object of text values, found " + kind(node));
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

  private static String kind(JsonNode n) {
    return n.isNumber()
        ? "the number " + n.asText()
        : n.isBoolean() ? n.asText() : n.isArray() ? "a list" : n.isObject() ? "an object" : "null";
  }

  private static String quoted(List<String> names) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        b.append(i == names.size() - 1 ? " and " : ", ");
      }
      b.append('"').append(names.get(i)).append('"');
    }
    return b.toString();
  }

  /** The candidate within two edits of {@code given} (ignoring case), or null. */
  static String suggest(String given, List<String> candidates) {
    String g = given.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = 3;
    for (String c : candidates) {
      int d = EditDistance.between(g, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /** A strict formatter for a java.time pattern such as {@code M/d/yyyy}. */
  public static DateTimeFormatter formatter(String pattern, String where) {
    try {
      return formatter(pattern);
    } catch (IllegalArgumentException e) {
      throw new InputException(where + ": bad date format '" + pattern + "': " + e.getMessage());
    }
  }

  private static DateTimeFormatter formatter(String pattern) {
    return DateTimeFormatter.ofPattern(
            pattern.replace("yyyy", "uuuu").replace("yy", "uu"), Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** Header names the mapping mentions that the file does not have (optional ones left out). */
  List<String> missingColumns(List<String> header) {
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, List<ColumnRule>> c : columns.entrySet()) {
      if (find(header, c.getKey()) < 0 && !optional.contains(c.getKey())) {
        missing.add(c.getKey());
      }
    }
    return missing;
  }

  static int find(List<String> header, String name) {
    int i = header.indexOf(name);
    if (i >= 0) {
      return i;
    }
    for (int j = 0; j < header.size(); j++) {
      if (header.get(j).equalsIgnoreCase(name)) {
        return j;
      }
    }
    return -1;
  }
}
