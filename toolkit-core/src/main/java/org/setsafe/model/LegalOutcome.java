package org.setsafe.model;

import static org.setsafe.model.InvalidValueException.check;
import static org.setsafe.model.InvalidValueException.optional;
import static org.setsafe.model.InvalidValueException.required;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A legal, regulatory or civil outcome for one party.
 *
 * @param decidedOn when the outcome was decided: a verdict, a plea accepted, a dismissal, a
 *     settlement agreed, a citation final
 * @param sentencedOn when a sentence was imposed (after a conviction or plea), or null; never
 *     before {@code decidedOn}
 * @param sentenceMonths custodial months imposed, or null
 * @param initialAmount the figure first assessed when it was later reduced, or null
 * @param amount the final (or only) money figure: fine, settlement or award; null if none or
 *     undisclosed
 */
public record LegalOutcome(
    String incidentId,
    String party,
    Role partyRole,
    OutcomeKind kind,
    String action,
    PartialDate filedOn,
    Disposition disposition,
    PartialDate decidedOn,
    PartialDate sentencedOn,
    Integer sentenceMonths,
    String sentence,
    BigDecimal initialAmount,
    BigDecimal amount,
    String currency,
    String note,
    String sourceUrl) {

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  public LegalOutcome {
    incidentId = required(incidentId, "incident_id");
    party = required(party, "party");
    Objects.requireNonNull(kind, "kind");
    action = optional(action);
    disposition = disposition == null ? Disposition.UNKNOWN : disposition;
    sentence = optional(sentence);
    note = optional(note);
    sourceUrl = optional(sourceUrl);
    currency = optional(currency);
    currency = currency == null ? "USD" : currency;
    check(
        CURRENCY.matcher(currency).matches(),
        "currency",
        "currency '" + currency + "' is not an ISO 4217 code such as USD");
    check(
        sentenceMonths == null || sentenceMonths >= 0,
        "sentence_months",
        "sentence_months must not be negative");
    check(amount == null || amount.signum() >= 0, "amount", "amount must not be negative");
    check(
        initialAmount == null || initialAmount.signum() >= 0,
        "initial_amount",
        "initial_amount must not be negative");
    check(
        filedOn == null || decidedOn == null || !decidedOn.lastDay().isBefore(filedOn.firstDay()),
        "decided_on",
        "decided_on " + decidedOn + " is before filed_on " + filedOn);
    check(
        sentencedOn == null
            || decidedOn == null
            || !sentencedOn.lastDay().isBefore(decidedOn.firstDay()),
        "sentenced_on",
        "sentenced_on " + sentencedOn + " is before decided_on " + decidedOn);
  }

  /** Whether the amount was reduced from a higher first figure. */
  public boolean reduced() {
    return initialAmount != null && amount != null && amount.compareTo(initialAmount) < 0;
  }
}
