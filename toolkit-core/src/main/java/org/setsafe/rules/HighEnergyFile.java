package org.setsafe.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.setsafe.data.BundledData;
import org.setsafe.model.Answer;
import org.setsafe.model.Category;
import org.setsafe.model.Coded;
import org.setsafe.model.Energy;
import org.setsafe.model.EnergyRules;
import org.setsafe.model.EnergyRules.Limit;
import org.setsafe.model.EnergyRules.Measure;
import org.setsafe.model.EnergyRules.Presumption;
import org.setsafe.model.EnergyRules.RuleSource;
import org.setsafe.read.StrictJson;

/**
 * Reads {@code data/rules/high-energy.json}, what counts as high energy in the Safety
 * Classification and Learning model, into {@link EnergyRules}; every problem of the file is
 * reported at once, placed by line and column.
 */
public final class HighEnergyFile {
  static final List<String> TOP_KEYS =
      List.of(
          "about",
          "sources",
          "threshold",
          "proximity",
          "limits",
          "ladder_step_spacing",
          "categories");
  static final List<String> SOURCE_KEYS = List.of("id", "title", "publisher", "url", "says");
  static final List<String> VALUE_KEYS =
      List.of("value", "at_most", "unit", "joules", "confirmed", "sources", "note");
  static final List<String> LIMIT_KEYS =
      List.of(
          "id", "energy", "measure", "at_least", "unit", "confirmed", "used", "sources", "note");
  static final List<String> CATEGORY_KEYS = List.of("presumed", "energy", "why");

  private static volatile EnergyRules bundled;

  private HighEnergyFile() {}

  /** The rules shipped with setsafe (read once). */
  public static EnergyRules bundled() {
    EnergyRules r = bundled;
    if (r == null) {
      synchronized (HighEnergyFile.class) {
        r = bundled;
        if (r == null) {
          r = load(BundledData.path("rules/high-energy.json"));
          bundled = r;
        }
      }
    }
    return r;
  }

  /** Reads a file in the bundled file's form, checked whole. */
  public static EnergyRules load(Path file) {
    JsonFile f = JsonFile.read(file, "a high-energy rules file");
    JsonNode root = f.object(f.root(), "");
    Map<String, RuleSource> sources = new LinkedHashMap<>();
    List<Limit> limits = new ArrayList<>();
    Map<Category, Presumption> categories = new EnumMap<>(Category.class);
    double threshold = Double.NaN;
    double proximity = Double.NaN;
    double ladder = Double.NaN;
    if (root != null) {
      f.unknownKeys(root, "", TOP_KEYS);
      sources(f, root, sources);
      threshold = value(f, root, "threshold", "value", "ft-lbf");
      proximity = value(f, root, "proximity", "value", "ft");
      ladder = value(f, root, "ladder_step_spacing", "at_most", "in");
      limits(f, root, sources, limits);
      categories(f, root, categories);
    }
    f.done("the high-energy rules file");
    return new EnergyRules(threshold, proximity, ladder, limits, categories, sources);
  }

  private static void sources(JsonFile f, JsonNode root, Map<String, RuleSource> out) {
    JsonNode list = root.get("sources");
    if (list == null || !list.isArray()) {
      f.problem("sources", "expected a list of sources, found " + JsonFile.kind(list));
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      String path = StrictJson.item("sources", i);
      JsonNode s = f.object(list.get(i), path);
      if (s == null) {
        continue;
      }
      f.unknownKeys(s, path, SOURCE_KEYS);
      String id = f.text(s, path, "id", true);
      String title = f.text(s, path, "title", true);
      String url = f.text(s, path, "url", true);
      if (id != null && title != null && url != null) {
        RuleSource src =
            new RuleSource(
                id,
                title,
                orEmpty(f.text(s, path, "publisher", false)),
                url,
                orEmpty(f.text(s, path, "says", true)));
        if (out.put(id, src) != null) {
          f.problem(StrictJson.child(path, "id"), "source \"" + id + "\" is listed twice");
        }
      }
    }
  }

  /** A value with its unit ({@code "threshold": {"value": 500, "unit": "ft-lbf"}}); NaN if bad. */
  private static double value(JsonFile f, JsonNode root, String key, String field, String unit) {
    JsonNode v = root.get(key);
    if (v == null) {
      f.problem("", "\"" + key + "\" is required");
      return Double.NaN;
    }
    if (f.object(v, key) == null) {
      return Double.NaN;
    }
    f.unknownKeys(v, key, VALUE_KEYS);
    unit(f, v, key, unit);
    return number(f, v, key, field);
  }

  private static void limits(
      JsonFile f, JsonNode root, Map<String, RuleSource> sources, List<Limit> out) {
    JsonNode list = root.get("limits");
    if (list == null || !list.isArray()) {
      f.problem("limits", "expected a list of limits, found " + JsonFile.kind(list));
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      String path = StrictJson.item("limits", i);
      JsonNode l = f.object(list.get(i), path);
      if (l == null) {
        continue;
      }
      f.unknownKeys(l, path, LIMIT_KEYS);
      String id = f.text(l, path, "id", true);
      Energy energy = f.code(l, path, "energy", Energy.class, "energy", true);
      Measure measure = f.code(l, path, "measure", Measure.class, "measure", true);
      double atLeast = number(f, l, path, "at_least");
      if (measure != null) {
        unit(f, l, path, measure.unit());
      }
      List<RuleSource> cited = new ArrayList<>();
      boolean used = f.flag(l, path, "used", true);
      List<String> ids = f.texts(l, path, "sources", false);
      if (used && ids.isEmpty()) {
        f.problem(path, "a limit setsafe uses needs \"sources\"");
      }
      for (int k = 0; k < ids.size(); k++) {
        RuleSource s = sources.get(ids.get(k));
        if (s == null) {
          f.problem(
              StrictJson.item(StrictJson.child(path, "sources"), k),
              "no source \"" + ids.get(k) + "\" in \"sources\"");
        } else {
          cited.add(s);
        }
      }
      if (id != null && energy != null && measure != null && !Double.isNaN(atLeast)) {
        out.add(
            new Limit(
                id,
                energy,
                measure,
                atLeast,
                f.flag(l, path, "confirmed", false),
                used,
                cited,
                orEmpty(f.text(l, path, "note", false))));
      }
    }
  }

  private static void categories(JsonFile f, JsonNode root, Map<Category, Presumption> out) {
    JsonNode cats = root.get("categories");
    if (cats == null || f.object(cats, "categories") == null) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : JsonFile.fields(cats)) {
      String path = StrictJson.child("categories", e.getKey());
      Category c = Coded.find(Category.class, e.getKey());
      if (c == null) {
        f.keyProblem(
            path,
            "unknown category \""
                + e.getKey()
                + "\"; expected one of: "
                + Coded.codes(Category.class));
        continue;
      }
      JsonNode v = f.object(e.getValue(), path);
      if (v == null) {
        continue;
      }
      f.unknownKeys(v, path, CATEGORY_KEYS);
      Answer presumed = f.code(v, path, "presumed", Answer.class, "answer", true);
      Energy energy =
          v.hasNonNull("energy") ? f.code(v, path, "energy", Energy.class, "energy", true) : null;
      String why = f.text(v, path, "why", true);
      if (presumed != null && why != null) {
        out.put(c, new Presumption(c, presumed, energy, why));
      }
    }
  }

  private static void unit(JsonFile f, JsonNode node, String path, String want) {
    String u = f.text(node, path, "unit", true);
    if (u != null && !u.strip().equals(want)) {
      f.problem(StrictJson.child(path, "unit"), "expected \"" + want + "\", found \"" + u + "\"");
    }
  }

  private static double number(JsonFile f, JsonNode node, String path, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      f.problem(path, "\"" + key + "\" is required");
      return Double.NaN;
    }
    BigDecimal d = f.decimal(v, StrictJson.child(path, key));
    return d == null ? Double.NaN : d.doubleValue();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
