package org.setsafe.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.setsafe.model.Coded;
import org.setsafe.model.Harm;
import org.setsafe.model.Injury;
import org.setsafe.model.InjuryWords;
import org.setsafe.model.Treatment;

/**
 * Whether one person's injury is recordable on the OSHA 300 log under the general recording
 * criteria of 29 CFR 1904.7, with the reason: the criterion that makes it recordable, or why not,
 * or what is missing to decide. The decision reads what the log records; a fact filled from the
 * words of a description is named with those words ({@link #inferredFrom}).
 *
 * @param criterion the first criterion met (in the order of 1904.7(b)(1)), or null when none is
 * @param column the 300 log column the case is classified in (G to J), or null when not recordable
 * @param daysAway days away from work as the log counts them: at most 180 (1904.7(b)(3)(vii))
 * @param daysRestricted days of restricted work or transfer, at most 180 less {@code daysAway}
 * @param reason the decision in words, with its paragraph of 1904.7
 * @param inferredFrom the words the deciding fact was read from, or null when it was recorded
 */
public record CaseDecision(
    Casualty casualty,
    Answer answer,
    Criterion criterion,
    Column column,
    int daysAway,
    int daysRestricted,
    String reason,
    String inferredFrom) {

  /** The most days of away and restricted work together that the log counts (1904.7(b)(3)(vii)). */
  public static final int DAY_CAP = 180;

  /** Recordable, not recordable, or not decidable from what the log records. */
  public enum Answer implements Coded {
    RECORDABLE("Recordable"),
    NOT_RECORDABLE("Not recordable"),
    UNDECIDED("Not decided");

    private final String label;

    Answer(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** The general recording criteria of 1904.7(b)(1), in its order. */
  public enum Criterion implements Coded {
    DEATH("death", "1904.7(b)(2)"),
    DAYS_AWAY("days away from work", "1904.7(b)(3)"),
    RESTRICTED_WORK("restricted work or job transfer", "1904.7(b)(4)"),
    MEDICAL_TREATMENT("medical treatment beyond first aid", "1904.7(b)(5)"),
    LOSS_OF_CONSCIOUSNESS("loss of consciousness", "1904.7(b)(6)"),
    SIGNIFICANT_DIAGNOSIS("a significant diagnosed injury or illness", "1904.7(b)(7)");

    private final String label;
    private final String paragraph;

    Criterion(String label, String paragraph) {
      this.label = label;
      this.paragraph = paragraph;
    }

    @Override
    public String label() {
      return label;
    }

    /** The paragraph of 29 CFR that sets the criterion. */
    public String paragraph() {
      return paragraph;
    }
  }

  /**
   * Where the 300 log classifies a recordable case, the most serious outcome first: (G) death, (H)
   * days away from work, (I) job transfer or restriction, (J) other recordable case. The ITA's
   * {@code incident_outcome} codes are 1 to 4 in this order.
   */
  public enum Column implements Coded {
    DEATH("Death", "G"),
    DAYS_AWAY("Days away from work", "H"),
    RESTRICTED("Job transfer or restriction", "I"),
    OTHER("Other recordable case", "J");

    private final String label;
    private final String letter;

    Column(String label, String letter) {
      this.label = label;
      this.letter = letter;
    }

    @Override
    public String label() {
      return label;
    }

    /** The 300 log's column letter. */
    public String letter() {
      return letter;
    }

    /** The ITA's {@code incident_outcome} code, 1 to 4. */
    public int itaCode() {
      return ordinal() + 1;
    }
  }

  public CaseDecision {
    Objects.requireNonNull(casualty, "casualty");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(reason, "reason");
  }

  public boolean recordable() {
    return answer == Answer.RECORDABLE;
  }

  /**
   * Decides for {@code c}. {@code employers} names the establishment's employer (its name, its
   * company, the production): a person recorded as employed by someone else is on that employer's
   * log, not this one (29 CFR 1904.31); null when no establishment is given.
   */
  public static CaseDecision decide(Casualty c, InjuryWords words, List<String> employers) {
    Injury f = c.injury();
    int away = Math.min(DAY_CAP, f.daysAway() == null ? 0 : f.daysAway());
    int restricted = Math.min(DAY_CAP - away, f.daysRestricted() == null ? 0 : f.daysRestricted());
    if (employers != null && f.employer() != null && !employs(employers, f.employer())) {
      return new CaseDecision(
          c,
          Answer.NOT_RECORDABLE,
          null,
          null,
          away,
          restricted,
          "not on this establishment's log: employed by "
              + f.employer()
              + ", whose log records it unless this establishment supervised the work day to day"
              + " (1904.31)",
          f.inferredFrom("employer"));
    }
    List<Criterion> met = new ArrayList<>();
    List<String> why = new ArrayList<>();
    if (c.harm() == Harm.KILLED) {
      met.add(Criterion.DEATH);
      why.add("death");
    }
    if (away > 0) {
      met.add(Criterion.DAYS_AWAY);
      why.add(days(f.daysAway(), "away from work"));
    }
    if (restricted > 0) {
      met.add(Criterion.RESTRICTED_WORK);
      why.add(days(f.daysRestricted(), "of restricted work or job transfer"));
    }
    Treatment t = f.treatment();
    if (t == Treatment.MEDICAL_TREATMENT || t == Treatment.IN_PATIENT) {
      met.add(Criterion.MEDICAL_TREATMENT);
      why.add(
          t == Treatment.IN_PATIENT
              ? "admitted to hospital as an in-patient (read as treatment beyond first aid)"
              : "medical treatment beyond first aid");
    }
    if (Boolean.TRUE.equals(f.lostConsciousness())) {
      met.add(Criterion.LOSS_OF_CONSCIOUSNESS);
      why.add("loss of consciousness");
    }
    String significant = words.find(InjuryWords.SIGNIFICANT, f.nature());
    if (significant != null) {
      met.add(Criterion.SIGNIFICANT_DIAGNOSIS);
      why.add("'" + significant + "', a significant diagnosed injury");
    }
    if (!met.isEmpty()) {
      Criterion main = met.get(0);
      Column column =
          c.harm() == Harm.KILLED
              ? Column.DEATH
              : away > 0 ? Column.DAYS_AWAY : restricted > 0 ? Column.RESTRICTED : Column.OTHER;
      StringBuilder reason =
          new StringBuilder("recordable: ")
              .append(why.get(0))
              .append(" (")
              .append(main.paragraph())
              .append(")");
      for (int k = 1; k < met.size(); k++) {
        reason
            .append(k == 1 ? "; also " : ", ")
            .append(why.get(k))
            .append(" (")
            .append(met.get(k).paragraph())
            .append(")");
      }
      return new CaseDecision(
          c,
          Answer.RECORDABLE,
          main,
          column,
          away,
          restricted,
          reason.toString(),
          inferredFor(main, f));
    }
    if (t == Treatment.FIRST_AID) {
      return new CaseDecision(
          c,
          Answer.NOT_RECORDABLE,
          null,
          null,
          away,
          restricted,
          "not recordable: first aid only (1904.7(b)(5)(ii)), with no days away, restricted work,"
              + " loss of consciousness or significant diagnosed injury recorded",
          f.inferredFrom("treatment"));
    }
    String missing =
        t == Treatment.EMERGENCY_ROOM
            ? "treated in an emergency room, but what was done is not recorded: it is recordable"
                + " only if the treatment went beyond first aid (1904.7(b)(5))"
            : "the treatment is not recorded: first aid only is not recordable, anything more is"
                + " (1904.7(b)(5))";
    return new CaseDecision(
        c,
        Answer.UNDECIDED,
        null,
        null,
        away,
        restricted,
        "not decided: " + missing,
        t == null ? null : f.inferredFrom("treatment"));
  }

  private static String inferredFor(Criterion main, Injury f) {
    return switch (main) {
      case DEATH -> null;
      case DAYS_AWAY -> f.inferredFrom("days_away");
      case RESTRICTED_WORK -> f.inferredFrom("days_restricted");
      case MEDICAL_TREATMENT -> f.inferredFrom("treatment");
      case LOSS_OF_CONSCIOUSNESS -> f.inferredFrom("lost_consciousness");
      case SIGNIFICANT_DIAGNOSIS -> f.inferredFrom("nature");
    };
  }

  private static String days(Integer n, String what) {
    return n + (n == 1 ? " day " : " days ") + what;
  }

  /**
   * Whether {@code employer} names one of {@code employers} (any case, either holding the other).
   */
  static boolean employs(List<String> employers, String employer) {
    String e = employer.strip().toLowerCase(Locale.ROOT);
    for (String name : employers) {
      if (name == null || name.isBlank()) {
        continue;
      }
      String n = name.strip().toLowerCase(Locale.ROOT);
      if (e.contains(n) || n.contains(e)) {
        return true;
      }
    }
    return false;
  }
}
