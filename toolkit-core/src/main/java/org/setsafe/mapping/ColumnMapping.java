package org.setsafe.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.setsafe.model.ActionKind;
import org.setsafe.model.ActionStatus;
import org.setsafe.model.EditDistance;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.InputException;
import org.setsafe.read.StrictJson;
import org.setsafe.schema.CanonicalTable;
import org.setsafe.schema.RecordKind;
import org.setsafe.schema.RowContext;

/**
 * How a foreign log's columns and values map onto setsafe's fields, read from a JSON file:
 *
 * <pre>{@code
 * {
 *   "description": "what layout this maps",
 *   "record": "incident",
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
 *
 * <p>{@code "record"} says what a row of the file is: {@code incident} (a log; the default) or
 * {@code assessment} (a scene's risk assessment, one row per hazard), whose columns feed the fields
 * of {@link org.setsafe.schema.AssessmentFields}; an assessment has no checks or actions by column.
 */
public final class ColumnMapping {
  /** Incident fields a flat log (or a mapping) may fill. */
  public static final List<String> INCIDENT_FIELDS = CanonicalTable.INCIDENTS.columns();

  /** Fields of a follow-up action a column can give (actions.csv without the two ids). */
  static final List<String> ACTION_FIELDS =
      CanonicalTable.ACTIONS.columns().subList(2, CanonicalTable.ACTIONS.columns().size());

  static final Set<String> COUNT_FIELDS = Set.of("fatalities", "injuries");
  static final List<String> TOP_KEYS =
      List.of(
          "description",
          "record",
          "dateFormat",
          "columns",
          "constants",
          "templates",
          "combine",
          "source",
          "review");
  static final List<String> FIELD_KEYS =
      List.of("field", "values", "match", "default", "prefix", "optional");
  static final List<String> ACTION_KEYS =
      List.of("action", "for", "values", "match", "default", "status", "kind", "optional");
  static final List<String> SOURCE_KEYS =
      List.of("title", "publisher", "kind", "published_on", "url");

  /** What a rule does with its column. */
  public enum Use {
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
  public record ColumnRule(
      Use use,
      String target,
      ValueMap values,
      String prefix,
      String of,
      ActionStatus status,
      ActionKind kind,
      int order) {

    public String apply(String raw) {
      String v = values == null ? raw : values.apply(raw);
      if (prefix != null && !v.isEmpty()) {
        v = prefix + v;
      }
      return v;
    }

    /**
     * A value of this column that setsafe could not read, told in the log's and the mapping's
     * words: the log's own value, the column, the values the mapping reads there and the line to
     * add to the mapping, e.g. {@code 'Yes' in column "Injured? (Y/N)" is not one of the values the
     * mapping reads there (Y, N); add it to "values" of field injuries in log.mapping.json: "Yes":
     * "1"}. Null when the mapping is not why: the value was translated, or a default applies, or
     * the column is read as it is and {@code expected} is null.
     *
     * @param raw the cell as the log has it
     * @param header the column's header
     * @param mapping the mapping's name, as the user gave it
     * @param target what the column feeds, in words: {@code field severity}, {@code check
     *     NO_LIVE_AMMO}, {@code follow-up field status}
     * @param expected setsafe's values there (codes, comma-separated), or null when the field is
     *     not a code
     */
    public RowContext.Told unreadValue(
        String raw, String header, String mapping, String target, String expected) {
      String value = raw.strip();
      if (value.isEmpty()) {
        return null;
      }
      String choices = expected == null ? null : expected.replace(", ", "|");
      if (values == null) {
        if (expected == null || use == Use.NOTE || use == Use.IGNORE) {
          return null;
        }
        return new RowContext.Told(
            quoted(value)
                + " in column "
                + json(header)
                + " is not one of setsafe's values for "
                + target
                + " ("
                + expected
                + "), and mapping "
                + mapping
                + " reads the column as it is",
            "give it \"values\" there, e.g. "
                + json(header)
                + ": {"
                + json(use == Use.ACTION ? "action" : "field")
                + ": "
                + json(this.target)
                + ", \"values\": {"
                + json(value)
                + ": \"<one of them>\"}}");
      }
      if (values.hasDefault() || values.find(value) != null) {
        return null;
      }
      String similar = values.similarKey(value);
      String to;
      if (similar != null) {
        to = json(values.translation(similar));
      } else if (choices != null) {
        to = "\"<" + choices + ">\"";
      } else {
        to = "\"<" + String.join("|", values.translations()) + "|...>\"";
      }
      return new RowContext.Told(
          quoted(value)
              + " in column "
              + json(header)
              + " is not one of the values the mapping reads there ("
              + values.describe()
              + ")",
          "add it to \"values\" of " + target + " in " + mapping + ": " + json(value) + ": " + to);
    }

    private static String quoted(String v) {
      return "'" + v + "'";
    }

    private static String json(String v) {
      return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
  }

  /** How a value map finds a value's translation. */
  enum Match {
    EXACT,
    PREFIX,
    RANGE
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
  private final RecordKind record;

  private ColumnMapping(MappingReader r) {
    this.warnings = List.copyOf(r.warnings);
    this.record = r.kind;
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
  public Map<String, String> source() {
    return source;
  }

  public String name() {
    return name;
  }

  /** What a row of the files this mapping reads is ({@code "record"}; default: an incident). */
  public RecordKind record() {
    return record;
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

  public Map<String, String> constants() {
    return constants;
  }

  public Map<String, String> templates() {
    return templates;
  }

  /**
   * How several columns feeding {@code field} combine ({@code max}, {@code sum}, {@code first}).
   */
  public String combine(String field) {
    return combine.get(field);
  }

  /** The rules for a header (exact, else case-insensitive), or null when the mapping lacks it. */
  public List<ColumnRule> rulesFor(String header) {
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

  private final List<org.setsafe.read.Diagnostic> warnings;

  /**
   * What the mapping may not mean as written (ranges that overlap, value keys equal but for case),
   * each placed in the mapping file: the readers that use it tell them as warnings.
   */
  public List<org.setsafe.read.Diagnostic> warnings() {
    return warnings;
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
    MappingReader r = new MappingReader(name, json, catalog);
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

  static String kind(JsonNode n) {
    return n.isNumber()
        ? "the number " + n.asText()
        : n.isBoolean() ? n.asText() : n.isArray() ? "a list" : n.isObject() ? "an object" : "null";
  }

  static String quoted(List<String> names) {
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

  static DateTimeFormatter formatter(String pattern) {
    return DateTimeFormatter.ofPattern(
            pattern.replace("yyyy", "uuuu").replace("yy", "uu"), Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** Header names the mapping mentions that the file does not have (optional ones left out). */
  public List<String> missingColumns(List<String> header) {
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, List<ColumnRule>> c : columns.entrySet()) {
      if (find(header, c.getKey()) < 0 && !optional.contains(c.getKey())) {
        missing.add(c.getKey());
      }
    }
    return missing;
  }

  public static int find(List<String> header, String name) {
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
