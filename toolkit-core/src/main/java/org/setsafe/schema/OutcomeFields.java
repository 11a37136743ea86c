package org.setsafe.schema;

import java.math.BigDecimal;
import java.util.List;
import org.setsafe.model.Disposition;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.OutcomeKind;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Role;

/** The fields of a legal outcome ({@code outcomes.csv}), in column order: see {@link Field}. */
public final class OutcomeFields {
  private OutcomeFields() {}

  public static final Field<LegalOutcome, String> INCIDENT_ID =
      Field.text("incident_id", LegalOutcome::incidentId).required();
  public static final Field<LegalOutcome, String> PARTY =
      Field.text("party", LegalOutcome::party).required();
  public static final Field<LegalOutcome, Role> PARTY_ROLE =
      Field.code("party_role", Role.class, "role", LegalOutcome::partyRole);
  public static final Field<LegalOutcome, OutcomeKind> KIND =
      Field.code("kind", OutcomeKind.class, "outcome kind", LegalOutcome::kind).required();
  public static final Field<LegalOutcome, String> ACTION =
      Field.text("action", LegalOutcome::action);
  public static final Field<LegalOutcome, PartialDate> FILED_ON =
      Field.date("filed_on", LegalOutcome::filedOn);
  public static final Field<LegalOutcome, Disposition> DISPOSITION =
      Field.code("disposition", Disposition.class, "disposition", LegalOutcome::disposition);
  public static final Field<LegalOutcome, PartialDate> DECIDED_ON =
      Field.date("decided_on", LegalOutcome::decidedOn);
  public static final Field<LegalOutcome, PartialDate> SENTENCED_ON =
      Field.date("sentenced_on", LegalOutcome::sentencedOn);
  public static final Field<LegalOutcome, Integer> SENTENCE_MONTHS =
      Field.count("sentence_months", LegalOutcome::sentenceMonths);
  public static final Field<LegalOutcome, String> SENTENCE =
      Field.text("sentence", LegalOutcome::sentence);
  public static final Field<LegalOutcome, BigDecimal> INITIAL_AMOUNT =
      Field.money("initial_amount", LegalOutcome::initialAmount);
  public static final Field<LegalOutcome, BigDecimal> AMOUNT =
      Field.money("amount", LegalOutcome::amount);
  public static final Field<LegalOutcome, String> CURRENCY =
      Field.text("currency", LegalOutcome::currency);
  public static final Field<LegalOutcome, String> NOTE = Field.text("note", LegalOutcome::note);
  public static final Field<LegalOutcome, String> SOURCE_URL =
      Field.text("source_url", LegalOutcome::sourceUrl);

  /** Every field, in column order. */
  public static final List<Field<LegalOutcome, ?>> ALL =
      List.of(
          INCIDENT_ID,
          PARTY,
          PARTY_ROLE,
          KIND,
          ACTION,
          FILED_ON,
          DISPOSITION,
          DECIDED_ON,
          SENTENCED_ON,
          SENTENCE_MONTHS,
          SENTENCE,
          INITIAL_AMOUNT,
          AMOUNT,
          CURRENCY,
          NOTE,
          SOURCE_URL);
}
