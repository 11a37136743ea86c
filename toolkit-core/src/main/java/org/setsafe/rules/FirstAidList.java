package org.setsafe.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.setsafe.data.BundledData;
import org.setsafe.model.InjuryWords;
import org.setsafe.read.StrictJson;

/**
 * OSHA's list of first-aid treatments (29 CFR 1904.7(b)(5)(ii)), the treatments the same paragraph
 * names as medical treatment, and the significant diagnosed conditions of 1904.7(b)(7), each with
 * the words by which setsafe recognises it in a description ({@code
 * data/rules/osha-first-aid.json}).
 *
 * @param firstAid the first-aid treatments, items (A) to (N)
 * @param medicalTreatment treatments named as medical treatment beyond first aid
 * @param significant the words of the significant diagnosed conditions
 */
public record FirstAidList(
    List<Item> firstAid, List<Item> medicalTreatment, List<String> significant) {
  static final List<String> TOP_KEYS =
      List.of(
          "description",
          "citation",
          "wording_status",
          "source",
          "first_aid",
          "medical_treatment",
          "significant");

  /**
   * One treatment: its letter in the regulation (or null), its text as the regulation words it, and
   * setsafe's words for it.
   */
  public record Item(String item, String text, List<String> words) {
    public Item {
      words = List.copyOf(words);
    }
  }

  private static volatile FirstAidList bundled;

  public FirstAidList {
    firstAid = List.copyOf(firstAid);
    medicalTreatment = List.copyOf(medicalTreatment);
    significant = List.copyOf(significant);
  }

  /** The list shipped with setsafe (read once). */
  public static FirstAidList bundled() {
    FirstAidList l = bundled;
    if (l == null) {
      synchronized (FirstAidList.class) {
        l = bundled;
        if (l == null) {
          l = load(BundledData.path("rules/osha-first-aid.json"));
          bundled = l;
        }
      }
    }
    return l;
  }

  /** Reads a list in the bundled file's form, checked whole. */
  public static FirstAidList load(Path file) {
    JsonFile f = JsonFile.read(file, "a first-aid list");
    JsonNode root = f.object(f.root(), "");
    List<Item> firstAid = new ArrayList<>();
    List<Item> medical = new ArrayList<>();
    List<String> significant = new ArrayList<>();
    if (root != null) {
      f.unknownKeys(root, "", TOP_KEYS);
      items(f, root, "first_aid", firstAid, true);
      items(f, root, "medical_treatment", medical, false);
      JsonNode s = root.get("significant");
      if (s != null && f.object(s, "significant") != null) {
        f.unknownKeys(
            s, "significant", List.of("citation", "text", "wording_status", "source", "words"));
        significant.addAll(f.texts(s, "significant", "words", true));
      }
    }
    f.done("first-aid list");
    return new FirstAidList(firstAid, medical, significant);
  }

  private static void items(
      JsonFile f, JsonNode root, String key, List<Item> out, boolean lettered) {
    JsonNode list = root.get(key);
    if (list == null || !list.isArray()) {
      f.problem(list == null ? "" : key, "expected a \"" + key + "\" list");
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      String path = StrictJson.item(key, i);
      JsonNode n = list.get(i);
      if (f.object(n, path) == null) {
        continue;
      }
      f.unknownKeys(n, path, List.of("item", "text", "words"));
      String item = f.text(n, path, "item", lettered);
      String text = f.text(n, path, "text", true);
      List<String> words = f.texts(n, path, "words", true);
      if (text != null) {
        out.add(new Item(item, text, words));
      }
    }
  }

  /**
   * The words of the treatments, as {@link InjuryWords#FIRST_AID} and {@link
   * InjuryWords#MEDICAL_TREATMENT}, in the list's order.
   */
  public InjuryWords treatmentWords() {
    List<String> aid = new ArrayList<>();
    firstAid.forEach(i -> aid.addAll(i.words()));
    List<String> medical = new ArrayList<>();
    medicalTreatment.forEach(i -> medical.addAll(i.words()));
    return new InjuryWords(
        Map.of(InjuryWords.FIRST_AID, aid, InjuryWords.MEDICAL_TREATMENT, medical));
  }

  /** The significant conditions' words, as {@link InjuryWords#SIGNIFICANT}. */
  public InjuryWords significantWords() {
    return new InjuryWords(Map.of(InjuryWords.SIGNIFICANT, significant));
  }
}
