package org.setsafe.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.setsafe.model.Disposition;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.OutcomeKind;

/**
 * What followed an incident, in one phrase built from its outcomes, e.g. {@code criminal: a
 * conviction (…, armorer, 18 months) and a dismissal with prejudice (…, actor); regulatory: a fine
 * reduced from USD 84,000 to USD 55,000 (…); civil claims: 1 settled}.
 *
 * <p>Criminal outcomes are read per party: a party's decisive outcome is a conviction if there is
 * one, else the latest decided (a charge dropped and later brought again and dismissed reads as the
 * dismissal). Parties who were not charged are left out of the phrase. Regulatory outcomes are
 * listed one by one with their amounts; civil claims are counted by how they ended.
 */
public final class Aftermath {
  private Aftermath() {}

  /**
   * The phrase for one incident; "no legal, regulatory or civil outcome recorded" when there is
   * none.
   */
  public static String describe(IncidentRecord r) {
    if (r.outcomes().isEmpty()) {
      return "no legal, regulatory or civil outcome recorded";
    }
    List<String> parts = new ArrayList<>();
    String criminal = criminal(of(r, OutcomeKind.CRIMINAL));
    if (criminal != null) {
      parts.add("criminal: " + criminal);
    }
    List<LegalOutcome> regulatory = of(r, OutcomeKind.REGULATORY);
    if (!regulatory.isEmpty()) {
      parts.add(
          "regulatory: " + Wording.and(regulatory.stream().map(Aftermath::regulatory).toList()));
    }
    List<LegalOutcome> civil = of(r, OutcomeKind.CIVIL);
    if (!civil.isEmpty()) {
      parts.add("civil claims: " + counted(civil));
    }
    List<LegalOutcome> inquest = of(r, OutcomeKind.INQUEST);
    if (!inquest.isEmpty()) {
      parts.add("inquest or inquiry: " + counted(inquest));
    }
    return String.join("; ", parts);
  }

  private static List<LegalOutcome> of(IncidentRecord r, OutcomeKind kind) {
    return r.outcomes().stream().filter(o -> o.kind() == kind).toList();
  }

  /**
   * The decisive outcome per party, grouped by disposition; null when there is no criminal outcome.
   */
  static String criminal(List<LegalOutcome> outcomes) {
    if (outcomes.isEmpty()) {
      return null;
    }
    Map<String, List<LegalOutcome>> byParty = new LinkedHashMap<>();
    for (LegalOutcome o : outcomes) {
      byParty.computeIfAbsent(o.party(), k -> new ArrayList<>()).add(o);
    }
    List<LegalOutcome> decisive = new ArrayList<>();
    for (List<LegalOutcome> list : byParty.values()) {
      decisive.add(decisive(list));
    }
    List<LegalOutcome> shown =
        decisive.stream().filter(o -> o.disposition() != Disposition.NOT_CHARGED).toList();
    if (shown.isEmpty()) {
      return "nobody charged";
    }
    Map<Disposition, List<LegalOutcome>> byDisposition = new LinkedHashMap<>();
    shown.stream()
        .sorted(
            Comparator.comparingInt((LegalOutcome o) -> rank(o.disposition()))
                .thenComparing(LegalOutcome::disposition))
        .forEach(
            o -> byDisposition.computeIfAbsent(o.disposition(), k -> new ArrayList<>()).add(o));
    List<String> items = new ArrayList<>();
    for (Map.Entry<Disposition, List<LegalOutcome>> e : byDisposition.entrySet()) {
      List<String> details =
          e.getValue().stream().map(Aftermath::details).filter(Objects::nonNull).toList();
      String noun = noun(e.getKey(), e.getValue().size());
      items.add(details.isEmpty() ? noun : noun + " (" + String.join("; ", details) + ")");
    }
    return Wording.and(items);
  }

  /** A conviction if there is one, else the latest decided; ties go to the later row. */
  private static LegalOutcome decisive(List<LegalOutcome> list) {
    LegalOutcome best = list.get(0);
    for (LegalOutcome o : list.subList(1, list.size())) {
      boolean conv = o.disposition().conviction();
      boolean bestConv = best.disposition().conviction();
      if (conv != bestConv) {
        best = conv ? o : best;
      } else if (o.decidedOn() != null
          && (best.decidedOn() == null || o.decidedOn().compareTo(best.decidedOn()) >= 0)) {
        best = o;
      }
    }
    return best;
  }

  /**
   * Order of mention: convictions first, then acquittals and dismissals, open cases, decisions not
   * to prosecute.
   */
  private static int rank(Disposition d) {
    if (d == Disposition.UNKNOWN) {
      return 99;
    }
    return switch (d.group()) {
      case CONVICTION -> 0;
      case PENALTY -> 1;
      case CLEARED -> 2;
      case OPEN -> 3;
      case NOT_PURSUED -> 4;
      case SETTLEMENT -> 5;
      case VERDICT -> 6;
      case FINDING -> 7;
    };
  }

  /**
   * {@code Hannah Gutierrez-Reed, armorer, 18 months}; null when the party is only a placeholder.
   */
  private static String details(LegalOutcome o) {
    List<String> d = new ArrayList<>();
    if (named(o)) {
      d.add(o.party());
    }
    if (o.partyRole() != null) {
      d.add(Wording.lower(o.partyRole().label()));
    }
    if (o.sentenceMonths() != null) {
      d.add(OutcomeSentence.term(o.sentenceMonths()));
    }
    if (o.amount() != null) {
      d.add(Wording.money(o.amount(), o.currency()));
    }
    return d.isEmpty() ? null : String.join(", ", d);
  }

  /**
   * Whether the party names someone: a party with a role, or one that was charged, penalised or
   * sued. "No defendant" beside a decision not to prosecute, or "not identified" beside an unknown
   * outcome, names nobody.
   */
  private static boolean named(LegalOutcome o) {
    Disposition d = o.disposition();
    return o.partyRole() != null
        || !(d == Disposition.UNKNOWN
            || d.group() == Disposition.Group.NOT_PURSUED
            || d == Disposition.FINDING);
  }

  /**
   * One regulatory outcome: {@code a fine reduced from USD 84,000 to USD 55,000 (Crowvision Inc.)}.
   */
  static String regulatory(LegalOutcome o) {
    Disposition d = o.disposition();
    String money = "";
    if (o.reduced()) {
      money =
          " reduced from "
              + Wording.money(o.initialAmount(), o.currency())
              + " to "
              + Wording.money(o.amount(), o.currency());
    } else if (o.amount() != null) {
      money = " of " + Wording.money(o.amount(), o.currency());
    } else if (o.initialAmount() != null) {
      money = " (first assessed at " + Wording.money(o.initialAmount(), o.currency()) + ")";
    }
    String phrase =
        switch (d) {
          case FINED -> "a fine" + money;
          case CITED -> money.isEmpty() ? "a citation" : "a citation with a penalty" + money;
          case SETTLED ->
              money.isEmpty()
                  ? "a settlement"
                  : o.reduced() ? "a penalty" + money + " in a settlement" : "a settlement" + money;
          case UNKNOWN -> "action not known";
          default -> noun(d, 1) + money;
        };
    return named(o) ? phrase + " (" + o.party() + ")" : phrase;
  }

  /**
   * Civil claims or inquests counted by how they ended: {@code 2 settled (1 for USD 1,150,000), 1
   * pending}.
   */
  static String counted(List<LegalOutcome> outcomes) {
    Map<Disposition, List<LegalOutcome>> by = new LinkedHashMap<>();
    outcomes.stream()
        .sorted(
            Comparator.comparingInt((LegalOutcome o) -> civilRank(o.disposition()))
                .thenComparing(LegalOutcome::disposition))
        .forEach(o -> by.computeIfAbsent(o.disposition(), k -> new ArrayList<>()).add(o));
    List<String> items = new ArrayList<>();
    for (Map.Entry<Disposition, List<LegalOutcome>> e : by.entrySet()) {
      List<LegalOutcome> list = e.getValue();
      StringBuilder b =
          new StringBuilder()
              .append(list.size())
              .append(' ')
              .append(civil(e.getKey(), list.size()));
      List<String> amounts = new ArrayList<>();
      for (LegalOutcome o : list) {
        if (o.amount() != null) {
          amounts.add(
              o.reduced()
                  ? Wording.money(o.amount(), o.currency())
                      + ", reduced from "
                      + Wording.money(o.initialAmount(), o.currency())
                  : Wording.money(o.amount(), o.currency()));
        } else if (o.initialAmount() != null) {
          amounts.add("initially " + Wording.money(o.initialAmount(), o.currency()));
        }
      }
      if (!amounts.isEmpty()) {
        b.append(" (");
        if (amounts.size() < list.size()) {
          b.append(amounts.size()).append(" for ");
        }
        b.append(String.join("; ", amounts)).append(')');
      }
      items.add(b.toString());
    }
    return Wording.and(items);
  }

  private static int civilRank(Disposition d) {
    if (d == Disposition.UNKNOWN) {
      return 99;
    }
    return switch (d.group()) {
      case VERDICT -> 0;
      case SETTLEMENT -> 1;
      case CLEARED -> 2;
      case FINDING -> 3;
      case CONVICTION, PENALTY -> 4;
      case NOT_PURSUED -> 5;
      case OPEN -> 6;
    };
  }

  private static String civil(Disposition d, int n) {
    return switch (d) {
      case SETTLED -> "settled";
      case VERDICT -> n == 1 ? "verdict for the claimant" : "verdicts for the claimants";
      case COMPENSATION_PAID -> "with compensation paid";
      case OVERTURNED -> n == 1 ? "award overturned" : "awards overturned";
      case PENDING -> "pending";
      case UNKNOWN -> "with outcome not known";
      case FINDING -> n == 1 ? "finding" : "findings";
      default -> Wording.lower(d.label());
    };
  }

  /**
   * A noun phrase for {@code n} outcomes with this disposition: {@code a conviction}, {@code 5
   * acquittals}.
   */
  static String noun(Disposition d, int n) {
    boolean one = n == 1;
    return switch (d) {
      case CONVICTED -> one ? "a conviction" : n + " convictions";
      case PLEADED_GUILTY -> one ? "a guilty plea" : n + " guilty pleas";
      case PLEADED_NO_CONTEST -> one ? "a no-contest plea" : n + " no-contest pleas";
      case ALFORD_PLEA -> one ? "an Alford plea" : n + " Alford pleas";
      case ACQUITTED -> one ? "an acquittal" : n + " acquittals";
      case DISMISSED -> one ? "a dismissal" : n + " dismissals";
      case DISMISSED_WITH_PREJUDICE ->
          one ? "a dismissal with prejudice" : n + " dismissals with prejudice";
      case DROPPED -> one ? "charges dropped" : "charges dropped against " + n;
      case OVERTURNED -> one ? "a conviction overturned" : n + " convictions overturned";
      case CHARGED -> one ? "a charge not yet decided" : n + " charges not yet decided";
      case PENDING -> one ? "a case pending" : n + " cases pending";
      case DECLINED_TO_PROSECUTE -> "prosecution declined";
      case NOT_CHARGED -> "nobody charged";
      case CLOSED ->
          one
              ? "investigation closed without charges"
              : n + " investigations closed without charges";
      case CITED -> one ? "a citation" : n + " citations";
      case FINED -> one ? "a fine" : n + " fines";
      case SETTLED -> one ? "a settlement" : n + " settlements";
      case VERDICT -> one ? "a verdict for the claimant" : n + " verdicts for the claimants";
      case COMPENSATION_PAID -> "compensation paid";
      case FINDING -> one ? "a finding" : n + " findings";
      case UNKNOWN -> one ? "an outcome not known" : n + " outcomes not known";
    };
  }
}
