package org.setsafe.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.setsafe.data.BundledData;
import org.setsafe.read.StrictJson;

/**
 * The layout of the CSV file OSHA's Injury Tracking Application takes for an establishment and its
 * Form 300A summary ({@code data/rules/osha-ita-csv.json}): the columns in order, each with what it
 * may hold and where that rule comes from, and the characters the ITA refuses in text.
 *
 * @param summary the columns of the summary file, in order
 * @param refusedCharacters characters refused in text fields
 * @param sources the sources the fields cite, by key, as their titles
 */
public record ItaLayout(
    List<Field> summary, String refusedCharacters, Map<String, String> sources) {
  /** What a field holds, which decides how it is checked. */
  public enum Type {
    /** Free text, up to {@code maxLength}, without the refused characters. */
    TEXT,
    /** Digits only, of one of the {@code lengths}. */
    DIGITS,
    /** A two-letter U.S. postal code. */
    STATE,
    /** One of {@code values}. */
    CODE,
    /** A four-digit year, from {@code min}. */
    YEAR,
    /** A whole number from {@code min}, at most {@code maxLength} digits. */
    INTEGER
  }

  /**
   * One column.
   *
   * @param maxLength the most characters (text) or digits (integer), or 0 for no limit
   * @param lengths the lengths a digits field may have
   * @param values the codes a code field may hold
   * @param min the least an integer or year may be, or null
   * @param source the key of the source the rule comes from
   */
  public record Field(
      String name,
      boolean required,
      Type type,
      int maxLength,
      List<Integer> lengths,
      List<String> values,
      Long min,
      String source,
      String note) {
    public Field {
      lengths = List.copyOf(lengths);
      values = List.copyOf(values);
    }
  }

  private static volatile ItaLayout bundled;

  public ItaLayout {
    summary = List.copyOf(summary);
    sources = Map.copyOf(sources);
  }

  /** The column names of the summary file, in order. */
  public List<String> header() {
    return summary.stream().map(Field::name).toList();
  }

  /** The layout shipped with setsafe (read once). */
  public static ItaLayout bundled() {
    ItaLayout l = bundled;
    if (l == null) {
      synchronized (ItaLayout.class) {
        l = bundled;
        if (l == null) {
          l = load(BundledData.path("rules/osha-ita-csv.json"));
          bundled = l;
        }
      }
    }
    return l;
  }

  static ItaLayout load(Path file) {
    JsonFile f = JsonFile.read(file, "the ITA CSV layout");
    JsonNode root = f.object(f.root(), "");
    List<Field> fields = new ArrayList<>();
    String refused = "";
    Map<String, String> sources = new java.util.LinkedHashMap<>();
    if (root != null) {
      f.unknownKeys(
          root, "", List.of("description", "sources", "refused_characters", "summary", "totals"));
      JsonNode s = root.get("sources");
      if (s != null && f.object(s, "sources") != null) {
        for (Map.Entry<String, JsonNode> e : JsonFile.fields(s)) {
          String p = StrictJson.child("sources", e.getKey());
          if (f.object(e.getValue(), p) != null) {
            sources.put(e.getKey(), f.text(e.getValue(), p, "title", true));
          }
        }
      }
      JsonNode r = root.get("refused_characters");
      if (r != null && f.object(r, "refused_characters") != null) {
        refused = f.text(r, "refused_characters", "characters", true);
      }
      JsonNode list = root.get("summary");
      if (list == null || !list.isArray()) {
        f.problem("", "expected a \"summary\" list of fields");
      } else {
        for (int i = 0; i < list.size(); i++) {
          Field fld = field(f, list.get(i), StrictJson.item("summary", i), sources);
          if (fld != null) {
            fields.add(fld);
          }
        }
      }
    }
    f.done("ITA CSV layout");
    return new ItaLayout(fields, refused == null ? "" : refused, sources);
  }

  private static Field field(JsonFile f, JsonNode n, String path, Map<String, String> sources) {
    if (f.object(n, path) == null) {
      return null;
    }
    f.unknownKeys(
        n,
        path,
        List.of(
            "name", "required", "type", "max_length", "length", "values", "min", "source", "note"));
    String name = f.text(n, path, "name", true);
    JsonNode req = n.get("required");
    boolean required = req != null && req.asBoolean(false);
    String typeText = f.text(n, path, "type", true);
    Type type = null;
    if (typeText != null) {
      try {
        type = Type.valueOf(typeText.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        f.problem(StrictJson.child(path, "type"), "unknown type '" + typeText + "'");
      }
    }
    Long max = f.number(n, path, "max_length", false);
    List<Integer> lengths = new ArrayList<>();
    JsonNode len = n.get("length");
    if (len != null && len.isArray()) {
      len.forEach(x -> lengths.add(x.asInt()));
    }
    List<String> values = f.texts(n, path, "values", false);
    Long min = f.number(n, path, "min", false);
    String source = f.text(n, path, "source", true);
    if (source != null && !sources.containsKey(source)) {
      f.problem(StrictJson.child(path, "source"), "no source '" + source + "' under \"sources\"");
    }
    String note = f.text(n, path, "note", false);
    if (name == null || type == null) {
      return null;
    }
    return new Field(
        name, required, type, max == null ? 0 : max.intValue(), lengths, values, min, source, note);
  }
}
