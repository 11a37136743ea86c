package org.setsafe.report;

import org.setsafe.analysis.InjuryReading;
import org.setsafe.rules.FirstAidList;
import org.setsafe.rules.ReportingRules;
import org.setsafe.text.TreatmentWords;

/**
 * The readings of words that the analyses take as given, made from setsafe's bundled lists (the
 * rules and the description words sit above the analyses, which see only their model values).
 */
public final class Readings {
  private Readings() {}

  /**
   * What descriptions say of an injury: OSHA's first-aid list ({@code osha-first-aid.json}), the
   * words of kinds of injury ({@code reporting.json}) and the care the description words speak of.
   */
  public static InjuryReading injuries() {
    return new InjuryReading(
        FirstAidList.bundled().treatmentWords(),
        ReportingRules.bundled().words(),
        text -> TreatmentWords.infer(text).orElse(null));
  }
}
