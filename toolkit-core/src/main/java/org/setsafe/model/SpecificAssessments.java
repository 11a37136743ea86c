package org.setsafe.model;

import java.util.List;
import java.util.Objects;

/**
 * The activities a law asks a specific risk assessment for (California Labor Code §9152.5(c)), each
 * with the hazard categories and words that name it on an assessment.
 *
 * @param law the law's name, for messages ("Labor Code §9152.5(c)")
 * @param url where its text can be read
 */
public record SpecificAssessments(String law, String url, List<Item> items) {

  /**
   * One activity of the list.
   *
   * @param id a stable id ({@code firearms})
   * @param says the law's words for it, as the law writes them ("Firearms.")
   * @param categories the hazard categories that are this activity
   * @param words words of an assessment's activity or description that name it (any case)
   * @param conditional whether the law asks it only of some such work ("major" stunts, "prolonged"
   *     periods under water): the assessor then says whether this work is such, and an explicit
   *     "no" is taken as that judgement
   * @param hoursOver for workweeks: the weekly hours above which it applies (0: not about hours)
   */
  public record Item(
      String id,
      String says,
      List<Category> categories,
      List<String> words,
      boolean conditional,
      int hoursOver) {
    public Item {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(says, "says");
      categories = List.copyOf(categories);
      words = List.copyOf(words);
    }
  }

  public SpecificAssessments {
    Objects.requireNonNull(law, "law");
    items = List.copyOf(items);
  }
}
