package org.setsafe.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a foreign log's columns and values map onto setsafe's fields, read from a JSON file:
 *
 * <pre>{@code
 * {
 *   "description": "what layout this maps",
 *   "dateFormat": "M/d/yyyy",
 *   "columns": {
 *     "Incident #": "id",
 *     "Armorer present?": {"field": "DESIGNATED_CUSTODIAN", "values": {"Y": "passed", "N": "failed", "N/A": "not_applicable"}},
 *     "Kind": {"field": "category", "values": {"Gun": "firearm"}, "default": "other"},
 *     "ID": {"field": "id", "prefix": "OSHA-"},
 *     "Address": {"note": "Address"},
 *     "Internal ref": {"ignore": "our own numbering"}
 *   },
 *   "constants": {"activity": "unknown"},
 *   "templates": {"title": "{Nature} at {Employer}"},
 *   "combine": {"injuries": "max"},
 *   "source": {"title": "OSHA Severe Injury Reports", "publisher": "OSHA"}
 * }
 * }</pre>
 *
 * A target is an incident field (as in incidents.csv) or a check id. Columns marked {@code note}
 * are kept in the incident's note as {@code Label: value}; {@code ignore} drops a column on
 * purpose. A {@code source} is cited for every incident the log gives.
 */
public final class ColumnMapping {
  /** Incident fields a flat log (or a mapping) may fill. */
  public static final List<String> INCIDENT_FIELDS = CanonicalTable.INCIDENTS.columns();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> COUNT_FIELDS = Set.of("fatalities", "injuries");

  /** What one source column becomes. */
  record ColumnRule(
      String field,
      Map<String, String> values,
      String defaultValue,
      String prefix,
      String noteLabel,
      String ignoreReason) {
    boolean ignored() {
      return ignoreReason != null;
    }

    boolean note() {
      return noteLabel != null;
    }

    String apply(String raw) {
      String v = raw;
      if (values != null && !v.isEmpty()) {
        String mapped = values.get(v);
        if (mapped == null) {
          mapped = values.get(v.toLowerCase(Locale.ROOT));
        }
        if (mapped != null) {
          v = mapped;
        } else if (defaultValue != null) {
          v = defaultValue;
        }
      }
      if (prefix != null && !v.isEmpty()) {
        v = prefix + v;
      }
      return v;
    }
  }

  private final String name;
  private final String description;
  private final String dateFormat;
  private final Map<String, ColumnRule> columns;
  private final Map<String, String> constants;
  private final Map<String, String> templates;
  private final Map<String, String> combine;
  private final Map<String, String> source;

  private ColumnMapping(
      String name,
      String description,
      String dateFormat,
      Map<String, ColumnRule> columns,
      Map<String, String> constants,
      Map<String, String> templates,
      Map<String, String> combine,
      Map<String, String> source) {
    this.name = name;
    this.description = description;
    this.dateFormat = dateFormat;
    this.columns = columns;
    this.constants = constants;
    this.templates = templates;
    this.combine = combine;
    this.source = source;
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

  Map<String, ColumnRule> columns() {
    return columns;
  }

  Map<String, String> constants() {
    return constants;
  }

  Map<String, String> templates() {
    return templates;
  }

  String combine(String field) {
    return combine.get(field);
  }

  /**
   * Reads a mapping file.
   *
   * @throws InputException naming the file and the problem when it is missing or malformed
   */
  public static ColumnMapping load(Path file) {
    String name = file.toString();
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such mapping file");
    } catch (JsonProcessingException e) {
      throw new InputException(
          name
              + ":"
              + e.getLocation().getLineNr()
              + ":"
              + e.getLocation().getColumnNr()
              + ": not valid JSON: "
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputException(name + ": cannot read (" + e.getMessage() + ")", e);
    }
    if (!root.isObject() || !root.path("columns").isObject()) {
      throw new InputException(name + ": a mapping is a JSON object with a \"columns\" object");
    }
    Set<String> known =
        Set.of(
            "description", "dateFormat", "columns", "constants", "templates", "combine", "source");
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        throw new InputException(name + ": unknown key \"" + key + "\"; expected one of " + known);
      }
    }
    String dateFormat = root.hasNonNull("dateFormat") ? root.get("dateFormat").asText() : null;
    if (dateFormat != null) {
      formatter(dateFormat, name);
    }
    Map<String, ColumnRule> columns = new LinkedHashMap<>();
    Map<String, Integer> targets = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.get("columns").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String where = name + ": columns.\"" + e.getKey() + "\"";
      ColumnRule rule = rule(e.getValue(), where);
      columns.put(e.getKey().strip(), rule);
      if (rule.field() != null) {
        targets.merge(rule.field(), 1, Integer::sum);
      }
    }
    Map<String, String> constants = strings(root.path("constants"), name + ": constants");
    Map<String, String> templates = strings(root.path("templates"), name + ": templates");
    Map<String, String> combine = strings(root.path("combine"), name + ": combine");
    for (Map.Entry<String, String> c : combine.entrySet()) {
      if (!COUNT_FIELDS.contains(c.getKey()) || !Set.of("max", "sum").contains(c.getValue())) {
        throw new InputException(
            name
                + ": combine.\""
                + c.getKey()
                + "\": only fatalities or injuries can be "
                + "combined, with \"max\" or \"sum\"");
      }
    }
    for (Map.Entry<String, Integer> t : targets.entrySet()) {
      if (t.getValue() > 1 && !combine.containsKey(t.getKey())) {
        throw new InputException(
            name
                + ": "
                + t.getValue()
                + " columns map to '"
                + t.getKey()
                + "'; say how to combine them in \"combine\" (max or sum, for counts)");
      }
    }
    for (String f : constants.keySet()) {
      checkTarget(f, name + ": constants");
    }
    for (String f : templates.keySet()) {
      checkTarget(f, name + ": templates");
    }
    Map<String, String> source = strings(root.path("source"), name + ": source");
    if (!source.isEmpty() && !source.containsKey("title")) {
      throw new InputException(
          name + ": source needs a \"title\" (and may have publisher, kind, published_on, url)");
    }
    return new ColumnMapping(
        name,
        root.path("description").asText(""),
        dateFormat,
        columns,
        constants,
        templates,
        combine,
        source);
  }

  private static ColumnRule rule(JsonNode node, String where) {
    if (node.isTextual()) {
      String field = normaliseTarget(node.asText());
      checkTarget(field, where);
      return new ColumnRule(field, null, null, null, null, null);
    }
    if (!node.isObject()) {
      throw new InputException(where + ": expected a field name or an object");
    }
    if (node.has("ignore")) {
      String why = node.get("ignore").asText("");
      return new ColumnRule(null, null, null, null, null, why.isBlank() ? "ignored" : why);
    }
    if (node.has("note")) {
      return new ColumnRule(null, null, null, null, node.get("note").asText(), null);
    }
    if (!node.hasNonNull("field")) {
      throw new InputException(where + ": needs \"field\", \"note\" or \"ignore\"");
    }
    String field = normaliseTarget(node.get("field").asText());
    checkTarget(field, where);
    Map<String, String> values = null;
    if (node.has("values")) {
      values = new HashMap<>();
      for (Map.Entry<String, String> v :
          strings(node.get("values"), where + ".values").entrySet()) {
        values.put(v.getKey(), v.getValue());
        values.putIfAbsent(v.getKey().toLowerCase(Locale.ROOT), v.getValue());
      }
    }
    String def = node.hasNonNull("default") ? node.get("default").asText() : null;
    String prefix = node.hasNonNull("prefix") ? node.get("prefix").asText() : null;
    return new ColumnRule(field, values, def, prefix, null, null);
  }

  /** Incident fields are lower case; check ids are upper case. */
  private static String normaliseTarget(String target) {
    String t = target.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    return INCIDENT_FIELDS.contains(lower) ? lower : t.toUpperCase(Locale.ROOT);
  }

  private static void checkTarget(String field, String where) {
    if (field.isEmpty()) {
      throw new InputException(where + ": empty target field");
    }
  }

  private static Map<String, String> strings(JsonNode node, String where) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node == null || node.isMissingNode() || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      throw new InputException(where + ": expected an object of text values");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isValueNode()) {
        throw new InputException(where + ".\"" + e.getKey() + "\": expected text");
      }
      out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }

  /** A strict formatter for a java.time pattern such as {@code M/d/yyyy}. */
  public static DateTimeFormatter formatter(String pattern, String where) {
    try {
      return DateTimeFormatter.ofPattern(
              pattern.replace("yyyy", "uuuu").replace("yy", "uu"), Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw new InputException(where + ": bad date format '" + pattern + "': " + e.getMessage());
    }
  }

  /** Header names the mapping mentions that the file does not have. */
  List<String> missingColumns(List<String> header) {
    List<String> missing = new ArrayList<>();
    for (String c : columns.keySet()) {
      if (find(header, c) < 0) {
        missing.add(c);
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
