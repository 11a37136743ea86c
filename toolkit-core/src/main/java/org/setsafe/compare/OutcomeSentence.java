package org.setsafe.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.setsafe.model.Disposition;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Role;

/**
 * The one way setsafe words a legal, regulatory or civil outcome, wherever it is shown (the {@code
 * show} and {@code compare} commands, the workbooks).
 *
 * <p>The verdict or plea and the sentencing are two facts with two dates: {@code Criminal: Hannah
 * Gutierrez-Reed (armorer), Involuntary manslaughter — convicted 2024-03-06; sentenced 2024-04-15
 * to 18 months}. Money follows, reduced figures with the first one: {@code USD 136,793 reduced to
 * USD 100,000}. Counts agree with their number ({@code 1 month}, {@code 2 months}).
 */
public final class OutcomeSentence {
  private OutcomeSentence() {}

  /**
   * The whole sentence: kind, party (role, unless only "other"), action, then {@link
   * #result(LegalOutcome)}. {@code Criminal: David Halls (first assistant director), Negligent use
   * of a deadly weapon — pleaded no contest 2023-03-31; sentenced the same day; USD 500}.
   */
  public static String of(LegalOutcome o) {
    StringBuilder b = new StringBuilder();
    b.append(o.kind().label()).append(": ").append(o.party());
    if (o.partyRole() != null && o.partyRole() != Role.OTHER) {
      b.append(" (").append(o.partyRole().label().toLowerCase(Locale.ROOT)).append(')');
    }
    if (o.action() != null) {
      b.append(", ").append(o.action());
    }
    return b.append(" — ").append(result(o)).toString();
  }

  /**
   * What came of it, without the party: the verdict or plea with its date, the sentencing with its
   * date and term, the money. {@code convicted 2024-03-06; sentenced 2024-04-15 to 18 months}.
   */
  public static String result(LegalOutcome o) {
    List<String> parts = new ArrayList<>();
    parts.add(verdict(o));
    String sentencing = sentencing(o);
    if (sentencing != null) {
      parts.add(sentencing);
    }
    String money = money(o);
    if (money != null) {
      parts.add(money);
    }
    return String.join("; ", parts);
  }

  /**
   * The disposition and when it was decided: {@code convicted 2024-03-06}, {@code settled 2023},
   * {@code pending (filed 2025-01)}, {@code outcome not known (reported 2020-02)}; the disposition
   * alone when no date is recorded.
   */
  public static String verdict(LegalOutcome o) {
    String phrase = phrase(o.disposition());
    if (o.disposition() == Disposition.UNKNOWN && o.decidedOn() != null) {
      return phrase + " (reported " + o.decidedOn() + ')';
    }
    if (o.decidedOn() != null) {
      return phrase + ' ' + o.decidedOn();
    }
    if (o.filedOn() != null) {
      return phrase + " (filed " + o.filedOn() + ')';
    }
    return phrase;
  }

  /**
   * The sentencing as its own fact: {@code sentenced 2024-04-15 to 18 months}, {@code sentenced the
   * same day to 24 months} when it fell on the day of the verdict or plea, {@code sentenced
   * 2023-03-31} when no custodial term was imposed (the sentence text says what was); null when no
   * sentencing is recorded.
   */
  public static String sentencing(LegalOutcome o) {
    PartialDate on = o.sentencedOn();
    String term = term(o.sentenceMonths());
    if (on == null && term == null) {
      return null;
    }
    StringBuilder b = new StringBuilder("sentenced");
    if (on != null) {
      b.append(on.equals(o.decidedOn()) ? " the same day" : " " + on);
    }
    if (term != null) {
      b.append(" to ").append(term);
    }
    return b.toString();
  }

  /** A custodial term: {@code 1 month}, {@code 18 months}; null for none. */
  public static String term(Integer months) {
    return months == null ? null : Wording.count(months, "month", "months");
  }

  /**
   * The money figures: {@code USD 136,793 reduced to USD 100,000}, {@code USD 500}, {@code
   * initially USD 8,600,000} (a first figure with no final one, such as an award overturned); null
   * when there is none.
   */
  public static String money(LegalOutcome o) {
    if (o.reduced()) {
      return Wording.money(o.initialAmount(), o.currency())
          + " reduced to "
          + Wording.money(o.amount(), o.currency());
    }
    if (o.amount() != null) {
      return Wording.money(o.amount(), o.currency());
    }
    return o.initialAmount() == null
        ? null
        : "initially " + Wording.money(o.initialAmount(), o.currency());
  }

  /** The disposition as the verb or noun a sentence uses. */
  private static String phrase(Disposition d) {
    return switch (d) {
      case ALFORD_PLEA -> "entered an Alford plea";
      case VERDICT -> "verdict for the claimant";
      case UNKNOWN -> "outcome not known";
      default -> d.label().toLowerCase(Locale.ROOT);
    };
  }
}
