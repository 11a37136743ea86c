package org.setsafe.risk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.setsafe.model.Answer;
import org.setsafe.model.AssessedHazard;
import org.setsafe.model.Category;
import org.setsafe.model.SpecificAssessments;
import org.setsafe.protocol.Protocol;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;

/**
 * A risk assessment to fill for a scene: one row per hazard (activity category), with the
 * protocol's direct controls and required checks listed as the planned controls to confirm, the
 * ratings and sign-off left empty for the people who own them.
 */
public final class RiskTemplate {
  private RiskTemplate() {}

  /** The rows to fill for {@code categories} of {@code scene}, in the order given. */
  public static List<AssessedHazard> rows(
      String scene, List<Category> categories, RiskCheck check) {
    List<AssessedHazard> out = new ArrayList<>();
    long line = 2;
    for (Category c : new LinkedHashSet<>(categories)) {
      Set<String> ids = new LinkedHashSet<>();
      check.directControls(c).forEach(k -> ids.add(k.id()));
      check.requiredChecks(c).forEach(k -> ids.add(k.id()));
      List<String> law = new ArrayList<>();
      for (SpecificAssessments.Item item : check.law().items()) {
        if (item.categories().contains(c)) {
          law.add(item.says());
        }
      }
      String protocols =
          check.protocolsFor(c).stream()
              .map(Protocol::title)
              .reduce((a, b) -> a + " and " + b)
              .orElse("no protocol of its own");
      String note =
          "Planned controls: the direct controls and required checks of "
              + protocols
              + "; confirm each, add your own, or remove one and say why."
              + (law.isEmpty()
                  ? ""
                  : " "
                      + check.law().law()
                      + " asks a specific assessment for: "
                      + String.join(" ", law));
      out.add(
          new AssessedHazard(
              scene,
              null,
              null,
              null,
              c,
              null,
              ids.isEmpty() ? null : String.join("; ", ids),
              List.copyOf(ids),
              List.of(),
              List.of(),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              Answer.UNKNOWN,
              note,
              line++));
    }
    return out;
  }

  /**
   * The hazard categories a scene's words name: those of each protocol whose words (its hazard
   * words, and the words its signals need around them) occur in {@code words} as whole words.
   */
  public static List<Category> categories(String words, ProtocolCatalog catalog) {
    String text = words.toLowerCase(Locale.ROOT);
    Set<Category> out = new LinkedHashSet<>();
    for (Protocol p : catalog.protocols()) {
      if (p.general()) {
        continue;
      }
      List<String> said = new ArrayList<>(p.signalContext());
      said.addAll(hazardWords(p));
      for (String w : said) {
        if (Pattern.compile("\\b" + Pattern.quote(w.toLowerCase(Locale.ROOT)) + "\\b")
            .matcher(text)
            .find()) {
          out.addAll(p.categories());
          break;
        }
      }
    }
    return List.copyOf(out);
  }

  private static List<String> hazardWords(Protocol p) {
    return p.hazardWords();
  }

  /** The checks named in rows' planned controls, once each, in order (for a list of them). */
  public static List<ProtocolCheck> checksNamed(List<AssessedHazard> rows, ProtocolCatalog c) {
    Set<String> ids = new LinkedHashSet<>();
    rows.forEach(r -> ids.addAll(r.controlIds()));
    return ids.stream().map(c::check).flatMap(java.util.Optional::stream).toList();
  }
}
