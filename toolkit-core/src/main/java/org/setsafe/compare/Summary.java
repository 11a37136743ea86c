package org.setsafe.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Coded;
import org.setsafe.model.Incident;

/**
 * The plain-language summary of a comparison, built only from the data:
 *
 * <ol>
 *   <li>the checks every incident failed, by title (or that there is none, and which incidents had
 *       no checks assessed);
 *   <li>whether category and activity are shared or differ;
 *   <li>the checks recorded as failed in only some of them, grouped by which incidents failed them
 *       ("recorded": the others may not have assessed them, which the check matrix shows);
 *   <li>the checks one incident passed and another failed (what held in one and not in the other);
 *   <li>for each incident, its casualties and what followed ({@link Aftermath}).
 * </ol>
 */
final class Summary {
  /** How many check titles a sentence names before it says "and N more". */
  static final int MAX_TITLES = 5;

  private Summary() {}

  static List<String> of(List<Side> sides, List<CheckLine> checks) {
    List<String> out = new ArrayList<>();
    int n = sides.size();
    String all = n == 2 ? "Both" : "All " + n;

    List<String> common =
        checks.stream()
            .filter(c -> c.spread() == Spread.FAILED_IN_ALL)
            .map(CheckLine::title)
            .toList();
    List<String> unassessed =
        sides.stream().filter(s -> !Involved.checksAssessed(s.record())).map(Side::id).toList();
    if (!common.isEmpty()) {
      out.add(
          all
              + " failed "
              + Wording.count(common.size(), "check", "checks")
              + ": "
              + Wording.titles(common, Integer.MAX_VALUE)
              + ".");
    } else {
      out.add((n == 2 ? "No check failed in both" : "No check failed in all " + n) + ".");
    }
    if (!unassessed.isEmpty()) {
      out.add(
          Wording.and(unassessed)
              + (unassessed.size() == 1 ? " has" : " have")
              + " no protocol checks assessed.");
    }

    String category = facet(sides, i -> i.category());
    String activity = facet(sides, i -> i.activity());
    out.add(
        (category == null
                ? all + " are " + sameLabel(sides, i -> i.category()) + " incidents"
                : "Categories differ: " + category)
            + (activity == null
                ? ", with the same activity (" + sameLabel(sides, i -> i.activity()) + ")"
                : "; activities differ: " + activity)
            + ".");

    Map<List<String>, List<String>> someBy = new LinkedHashMap<>();
    for (CheckLine c : checks) {
      if (c.spread() == Spread.FAILED_IN_SOME) {
        someBy.computeIfAbsent(c.failedBy(), k -> new ArrayList<>()).add(c.title());
      }
    }
    // larger groups of incidents first, then in the order the incidents were given
    List<String> ids = sides.stream().map(Side::id).toList();
    someBy.entrySet().stream()
        .sorted(
            (a, b) -> {
              int c = Integer.compare(b.getKey().size(), a.getKey().size());
              return c != 0
                  ? c
                  : Integer.compare(ids.indexOf(a.getKey().get(0)), ids.indexOf(b.getKey().get(0)));
            })
        .forEach(
            e ->
                out.add(
                    "Recorded as failed only in "
                        + Wording.and(e.getKey())
                        + " ("
                        + e.getValue().size()
                        + "): "
                        + Wording.titles(e.getValue(), MAX_TITLES)
                        + "."));

    // what held in one incident but failed in another: the difference a crew briefing dwells on
    Map<List<List<String>>, List<String>> heldBy = new LinkedHashMap<>();
    for (CheckLine c : checks) {
      if (c.spread() != Spread.FAILED_IN_SOME) {
        continue;
      }
      List<String> passed = ids.stream().filter(id -> c.status(id) == CheckStatus.PASSED).toList();
      if (!passed.isEmpty()) {
        heldBy
            .computeIfAbsent(List.of(passed, c.failedBy()), k -> new ArrayList<>())
            .add(c.title());
      }
    }
    heldBy.forEach(
        (k, titles) ->
            out.add(
                "Passed in "
                    + Wording.and(k.get(0))
                    + " but failed in "
                    + Wording.and(k.get(1))
                    + " ("
                    + titles.size()
                    + "): "
                    + Wording.titles(titles, MAX_TITLES)
                    + "."));

    boolean anyOutcome = sides.stream().anyMatch(s -> !s.record().outcomes().isEmpty());
    if (!anyOutcome) {
      out.add("No legal, regulatory or civil outcome is recorded for any of them.");
    } else {
      for (Side s : sides) {
        out.add(
            "After "
                + s.id()
                + " ("
                + s.record().incident().casualties()
                + "): "
                + s.consequences()
                + ".");
      }
    }
    return out;
  }

  private static <C extends Coded> String sameLabel(List<Side> sides, Function<Incident, C> get) {
    return Wording.lower(get.apply(sides.get(0).record().incident()).label());
  }

  /** Null when every incident has the same value, else {@code firearm (A, B), aviation (C)}. */
  private static <C extends Coded> String facet(List<Side> sides, Function<Incident, C> get) {
    Map<C, List<String>> by = new LinkedHashMap<>();
    for (Side s : sides) {
      by.computeIfAbsent(get.apply(s.record().incident()), k -> new ArrayList<>()).add(s.id());
    }
    if (by.size() == 1) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    by.forEach((k, v) -> parts.add(Wording.lower(k.label()) + " (" + String.join(", ", v) + ")"));
    return String.join(", ", parts);
  }
}
