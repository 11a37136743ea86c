package org.setsafe.analysis;

import org.setsafe.model.Disposition;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.OutcomeKind;
import org.setsafe.model.Severity;

/**
 * What followed a set of incidents: casualties, criminal charges and how they ended, regulator
 * fines (before and after reduction where both are known), civil settlements and verdicts.
 */
public final class Consequences {
  private long incidents;
  private long fatalities;
  private long injuries;
  private long criminalCharges;
  private long convictions;
  private long pleas;
  private long acquittalsAndDismissals;
  private long notProsecuted;
  private final MoneyTotals courtFines = new MoneyTotals();
  private long courtFined;
  private long regulatoryFined;
  private long regulatoryActions;
  private final MoneyTotals fines = new MoneyTotals();
  private final MoneyTotals finesReducedFrom = new MoneyTotals();
  private final MoneyTotals finesReducedTo = new MoneyTotals();
  private long civilSettlements;
  private long civilVerdicts;
  private final MoneyTotals civilAmounts = new MoneyTotals();
  private final IdSample ids = new IdSample();
  private final long[] bySeverity = new long[Severity.values().length];
  private long withCharges;
  private long withConvictions;
  private long withFines;
  private long withSettlements;

  /** What followed {@code records} (each counted once). */
  public static Consequences of(Iterable<IncidentRecord> records) {
    Consequences c = new Consequences();
    records.forEach(c::add);
    return c;
  }

  void add(IncidentRecord r) {
    incidents++;
    ids.add(r.id());
    fatalities += r.incident().fatalities();
    if (r.incident().injuries() != null) {
      injuries += r.incident().injuries();
    }
    bySeverity[r.incident().severity().ordinal()]++;
    long charges = criminalCharges;
    long convicted = convictions;
    long finesBefore = regulatoryFined + courtFined;
    long settled = civilSettlements + civilVerdicts;
    for (LegalOutcome o : r.outcomes()) {
      Disposition d = o.disposition();
      if (o.kind() == OutcomeKind.CRIMINAL) {
        if (d != Disposition.NOT_CHARGED
            && d != Disposition.DECLINED_TO_PROSECUTE
            && d != Disposition.CLOSED) {
          criminalCharges++;
        } else {
          notProsecuted++;
        }
        if (d.conviction()) {
          convictions++;
          courtFines.add(o.currency(), o.amount());
          if (o.amount() != null && o.amount().signum() > 0) {
            courtFined++;
          }
        }
        if (d.plea()) {
          pleas++;
        }
        if (d.group() == Disposition.Group.CLEARED) {
          acquittalsAndDismissals++;
        }
      } else if (o.kind() == OutcomeKind.REGULATORY) {
        regulatoryActions++;
        fines.add(o.currency(), o.amount());
        if (o.amount() != null && o.amount().signum() > 0) {
          regulatoryFined++;
        }
        if (o.initialAmount() != null && o.amount() != null) {
          finesReducedFrom.add(o.currency(), o.initialAmount());
          finesReducedTo.add(o.currency(), o.amount());
        }
      } else if (o.kind() == OutcomeKind.CIVIL) {
        if (d == Disposition.SETTLED || d == Disposition.COMPENSATION_PAID) {
          civilSettlements++;
          civilAmounts.add(o.currency(), o.amount());
        } else if (d == Disposition.VERDICT) {
          civilVerdicts++;
          civilAmounts.add(o.currency(), o.amount());
        }
      }
    }
    withCharges += criminalCharges > charges ? 1 : 0;
    withConvictions += convictions > convicted ? 1 : 0;
    withFines += regulatoryFined + courtFined > finesBefore ? 1 : 0;
    withSettlements += civilSettlements + civilVerdicts > settled ? 1 : 0;
  }

  void merge(Consequences o) {
    incidents += o.incidents;
    fatalities += o.fatalities;
    injuries += o.injuries;
    criminalCharges += o.criminalCharges;
    convictions += o.convictions;
    pleas += o.pleas;
    acquittalsAndDismissals += o.acquittalsAndDismissals;
    notProsecuted += o.notProsecuted;
    courtFines.merge(o.courtFines);
    regulatoryActions += o.regulatoryActions;
    fines.merge(o.fines);
    finesReducedFrom.merge(o.finesReducedFrom);
    finesReducedTo.merge(o.finesReducedTo);
    civilSettlements += o.civilSettlements;
    civilVerdicts += o.civilVerdicts;
    civilAmounts.merge(o.civilAmounts);
    ids.merge(o.ids);
    for (int i = 0; i < bySeverity.length; i++) {
      bySeverity[i] += o.bySeverity[i];
    }
    courtFined += o.courtFined;
    regulatoryFined += o.regulatoryFined;
    withCharges += o.withCharges;
    withConvictions += o.withConvictions;
    withFines += o.withFines;
    withSettlements += o.withSettlements;
  }

  /** Incidents of severity {@code s}. */
  public long incidents(Severity s) {
    return bySeverity[s.ordinal()];
  }

  /** Incidents with an injury or worse. */
  public long harmful() {
    return incidents - incidents(Severity.NEAR_MISS);
  }

  /** Incidents with at least one criminal charge. */
  public long incidentsWithCharges() {
    return withCharges;
  }

  /** Incidents with at least one conviction (pleas included). */
  public long incidentsWithConvictions() {
    return withConvictions;
  }

  /** Incidents with at least one fine (a regulator's, or a court's on conviction). */
  public long incidentsWithFines() {
    return withFines;
  }

  /** Incidents with at least one civil settlement, compensation or verdict for the claimant. */
  public long incidentsWithSettlements() {
    return withSettlements;
  }

  public long incidents() {
    return incidents;
  }

  public long fatalities() {
    return fatalities;
  }

  /** Injuries where the count is known. */
  public long injuries() {
    return injuries;
  }

  /**
   * Criminal proceedings against a party (charges, prosecutions), not counting decisions not to
   * charge.
   */
  public long criminalCharges() {
    return criminalCharges;
  }

  /** Convictions, including guilty, no-contest and Alford pleas. */
  public long convictions() {
    return convictions;
  }

  public long pleas() {
    return pleas;
  }

  /** Acquittals, dismissals, dropped charges and overturned results. */
  public long acquittalsAndDismissals() {
    return acquittalsAndDismissals;
  }

  /** Decisions not to prosecute, parties not charged, investigations closed. */
  public long notProsecuted() {
    return notProsecuted;
  }

  /**
   * Fines imposed by criminal courts on conviction (e.g. a regulator's prosecution), by currency.
   */
  public MoneyTotals courtFines() {
    return courtFines;
  }

  public long regulatoryActions() {
    return regulatoryActions;
  }

  /** Final (or only) regulator fines, by currency. */
  public MoneyTotals fines() {
    return fines;
  }

  /** For fines whose first figure is known too: the sum first assessed. */
  public MoneyTotals finesBeforeReduction() {
    return finesReducedFrom;
  }

  /** For fines whose first figure is known too: the sum finally paid. */
  public MoneyTotals finesAfterReduction() {
    return finesReducedTo;
  }

  public long civilSettlements() {
    return civilSettlements;
  }

  public long civilVerdicts() {
    return civilVerdicts;
  }

  /** Disclosed settlement and award amounts, by currency. */
  public MoneyTotals civilAmounts() {
    return civilAmounts;
  }

  public IdSample incidentIds() {
    return ids;
  }
}
