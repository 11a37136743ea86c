package org.setsafe.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.setsafe.data.BundledData;
import org.setsafe.model.Category;
import org.setsafe.model.RiskMatrix;
import org.setsafe.model.RiskMatrix.Band;
import org.setsafe.model.RiskMatrix.Level;
import org.setsafe.model.SpecificAssessments;
import org.setsafe.read.StrictJson;

/**
 * Reads a risk matrix ({@code data/rules/risk-matrix.json}) and the list of activities that need a
 * specific risk assessment ({@code data/rules/specific-assessments.json}), each checked whole:
 * every problem placed by line and column.
 */
public final class RiskMatrixFile {
  static final List<String> TOP_KEYS = List.of("about", "likelihood", "severity", "bands");
  static final List<String> LEVEL_KEYS = List.of("rating", "word", "meaning");
  static final List<String> BAND_KEYS =
      List.of("id", "word", "from", "to", "acceptable", "meaning");
  static final List<String> LAW_KEYS = List.of("about", "law", "url", "items");
  static final List<String> ITEM_KEYS =
      List.of("id", "says", "categories", "words", "conditional", "hours_over");

  private static volatile RiskMatrix bundled;
  private static volatile SpecificAssessments bundledLaw;

  private RiskMatrixFile() {}

  /** The matrix shipped with setsafe (read once). */
  public static RiskMatrix bundled() {
    RiskMatrix m = bundled;
    if (m == null) {
      m = load(BundledData.path("rules/risk-matrix.json"));
      bundled = m;
    }
    return m;
  }

  /** The §9152.5(c) list shipped with setsafe (read once). */
  public static SpecificAssessments bundledSpecific() {
    SpecificAssessments s = bundledLaw;
    if (s == null) {
      s = specific(BundledData.path("rules/specific-assessments.json"));
      bundledLaw = s;
    }
    return s;
  }

  /** Reads a matrix file: two scales of the same size, rated 1 upwards, and bands with no gap. */
  public static RiskMatrix load(Path file) {
    JsonFile f = JsonFile.read(file, "a risk matrix");
    JsonNode root = f.object(f.root(), "");
    List<Level> likelihood = new ArrayList<>();
    List<Level> severity = new ArrayList<>();
    List<Band> bands = new ArrayList<>();
    if (root != null) {
      f.unknownKeys(root, "", TOP_KEYS);
      levels(f, root, "likelihood", likelihood);
      levels(f, root, "severity", severity);
      if (!likelihood.isEmpty() && likelihood.size() != severity.size()) {
        f.problem(
            "severity",
            "the severity scale has "
                + severity.size()
                + " ratings and the likelihood scale "
                + likelihood.size()
                + "; a matrix is square");
      }
      bands(f, root, likelihood.size() * likelihood.size(), bands);
    }
    f.done("the risk matrix");
    return new RiskMatrix(file.getFileName().toString(), likelihood, severity, bands);
  }

  private static void levels(JsonFile f, JsonNode root, String key, List<Level> out) {
    JsonNode list = root.get(key);
    if (list == null || !list.isArray() || list.size() < 2) {
      f.problem(key, "expected a list of at least two ratings, found " + JsonFile.kind(list));
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      String path = StrictJson.item(key, i);
      JsonNode l = f.object(list.get(i), path);
      if (l == null) {
        continue;
      }
      f.unknownKeys(l, path, LEVEL_KEYS);
      Long rating = f.number(l, path, "rating", true);
      String word = f.text(l, path, "word", true);
      String meaning = f.text(l, path, "meaning", true);
      if (rating != null && rating != i + 1) {
        f.problem(
            StrictJson.child(path, "rating"),
            "ratings run 1, 2, 3, ... in order; this one should be " + (i + 1));
      }
      if (rating != null && word != null) {
        out.add(new Level(i + 1, word.strip(), meaning));
      }
    }
  }

  private static void bands(JsonFile f, JsonNode root, int maxScore, List<Band> out) {
    JsonNode list = root.get("bands");
    if (list == null || !list.isArray() || list.isEmpty()) {
      f.problem("bands", "expected a list of bands, found " + JsonFile.kind(list));
      return;
    }
    long next = 1;
    for (int i = 0; i < list.size(); i++) {
      String path = StrictJson.item("bands", i);
      JsonNode b = f.object(list.get(i), path);
      if (b == null) {
        continue;
      }
      f.unknownKeys(b, path, BAND_KEYS);
      String id = f.text(b, path, "id", true);
      String word = f.text(b, path, "word", true);
      Long from = f.number(b, path, "from", true);
      Long to = f.number(b, path, "to", true);
      boolean acceptable = f.flag(b, path, "acceptable", false);
      String meaning = f.text(b, path, "meaning", true);
      if (from == null || to == null || id == null || word == null) {
        continue;
      }
      if (from != next || to < from) {
        f.problem(
            path,
            "bands run in order without a gap or overlap: this one should start at "
                + next
                + " and end at "
                + from
                + " or later");
      }
      next = to + 1;
      out.add(new Band(id, word, from.intValue(), to.intValue(), acceptable, meaning));
    }
    if (maxScore > 0 && next - 1 < maxScore) {
      f.problem("bands", "the bands end at " + (next - 1) + "; the matrix reaches " + maxScore);
    }
  }

  /** Reads a list of activities that need a specific risk assessment. */
  public static SpecificAssessments specific(Path file) {
    JsonFile f = JsonFile.read(file, "a list of activities needing a specific assessment");
    JsonNode root = f.object(f.root(), "");
    String law = null;
    String url = null;
    List<SpecificAssessments.Item> items = new ArrayList<>();
    if (root != null) {
      f.unknownKeys(root, "", LAW_KEYS);
      law = f.text(root, "", "law", true);
      url = f.text(root, "", "url", true);
      JsonNode list = root.get("items");
      if (list == null || !list.isArray()) {
        f.problem("items", "expected a list of activities, found " + JsonFile.kind(list));
      } else {
        for (int i = 0; i < list.size(); i++) {
          String path = StrictJson.item("items", i);
          JsonNode n = f.object(list.get(i), path);
          if (n == null) {
            continue;
          }
          f.unknownKeys(n, path, ITEM_KEYS);
          String id = f.text(n, path, "id", true);
          String says = f.text(n, path, "says", true);
          List<Category> categories = new ArrayList<>();
          List<String> codes = f.texts(n, path, "categories", false);
          for (int k = 0; k < codes.size(); k++) {
            Category c = org.setsafe.model.Coded.find(Category.class, codes.get(k));
            if (c == null) {
              f.problem(
                  StrictJson.item(StrictJson.child(path, "categories"), k),
                  "unknown category \""
                      + codes.get(k)
                      + "\"; expected one of: "
                      + org.setsafe.model.Coded.codes(Category.class));
            } else {
              categories.add(c);
            }
          }
          List<String> words = f.texts(n, path, "words", false);
          boolean conditional = f.flag(n, path, "conditional", false);
          Long hours = f.number(n, path, "hours_over", false);
          if (id != null && says != null) {
            items.add(
                new SpecificAssessments.Item(
                    id,
                    says,
                    categories,
                    words,
                    conditional,
                    hours == null ? 0 : hours.intValue()));
          }
        }
      }
    }
    f.done("the list of activities needing a specific assessment");
    return new SpecificAssessments(law, url, items);
  }
}
