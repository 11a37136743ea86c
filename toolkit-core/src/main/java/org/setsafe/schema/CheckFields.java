package org.setsafe.schema;

import java.util.List;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Confidence;
import org.setsafe.model.Role;

/**
 * The fields of a check's result ({@code checks.csv}), in column order: see {@link Field}. A check
 * id is also resolved against the protocol catalogue when read ({@link CanonicalRows}).
 */
public final class CheckFields {
  private CheckFields() {}

  public static final Field<CheckResult, String> INCIDENT_ID =
      Field.text("incident_id", CheckResult::incidentId).required();
  public static final Field<CheckResult, String> CHECK_ID =
      Field.text("check_id", CheckResult::checkId).required();
  public static final Field<CheckResult, CheckStatus> STATUS =
      Field.code("status", CheckStatus.class, "status", CheckResult::status).required();
  public static final Field<CheckResult, Role> RESPONSIBLE_ROLE =
      Field.code("responsible_role", Role.class, "role", CheckResult::responsibleRole);
  public static final Field<CheckResult, Confidence> CONFIDENCE =
      Field.code("confidence", Confidence.class, "confidence", CheckResult::confidence);
  public static final Field<CheckResult, String> EVIDENCE =
      Field.text("evidence", CheckResult::evidence);
  public static final Field<CheckResult, String> SOURCE_URL =
      Field.text("source_url", CheckResult::sourceUrl);

  /** Every field, in column order. */
  public static final List<Field<CheckResult, ?>> ALL =
      List.of(INCIDENT_ID, CHECK_ID, STATUS, RESPONSIBLE_ROLE, CONFIDENCE, EVIDENCE, SOURCE_URL);
}
