package org.setsafe.schema;

import java.util.List;
import org.setsafe.model.ActionKind;
import org.setsafe.model.ActionStatus;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Role;

/** The fields of a corrective action ({@code actions.csv}), in column order: see {@link Field}. */
public final class ActionFields {
  private ActionFields() {}

  public static final Field<CorrectiveAction, String> INCIDENT_ID =
      Field.text("incident_id", CorrectiveAction::incidentId).required();
  public static final Field<CorrectiveAction, String> ACTION_ID =
      Field.text("action_id", CorrectiveAction::actionId).required();
  public static final Field<CorrectiveAction, String> ACTION =
      Field.text("action", CorrectiveAction::action).required();
  public static final Field<CorrectiveAction, ActionKind> KIND =
      Field.code("kind", ActionKind.class, "action kind", CorrectiveAction::kind);
  public static final Field<CorrectiveAction, String> OWNER =
      Field.text("owner", CorrectiveAction::owner);
  public static final Field<CorrectiveAction, Role> OWNER_ROLE =
      Field.code("owner_role", Role.class, "role", CorrectiveAction::ownerRole);
  public static final Field<CorrectiveAction, PartialDate> RAISED_ON =
      Field.date("raised_on", CorrectiveAction::raisedOn);
  public static final Field<CorrectiveAction, PartialDate> DUE_ON =
      Field.date("due_on", CorrectiveAction::dueOn);
  public static final Field<CorrectiveAction, ActionStatus> STATUS =
      Field.code("status", ActionStatus.class, "action status", CorrectiveAction::status);
  public static final Field<CorrectiveAction, PartialDate> CLOSED_ON =
      Field.date("closed_on", CorrectiveAction::closedOn);
  public static final Field<CorrectiveAction, String> VERIFIED_BY =
      Field.text("verified_by", CorrectiveAction::verifiedBy);
  public static final Field<CorrectiveAction, String> NOTE =
      Field.text("note", CorrectiveAction::note);
  public static final Field<CorrectiveAction, String> SOURCE_URL =
      Field.text("source_url", CorrectiveAction::sourceUrl);

  /** Every field, in column order. */
  public static final List<Field<CorrectiveAction, ?>> ALL =
      List.of(
          INCIDENT_ID,
          ACTION_ID,
          ACTION,
          KIND,
          OWNER,
          OWNER_ROLE,
          RAISED_ON,
          DUE_ON,
          STATUS,
          CLOSED_ON,
          VERIFIED_BY,
          NOTE,
          SOURCE_URL);
}
