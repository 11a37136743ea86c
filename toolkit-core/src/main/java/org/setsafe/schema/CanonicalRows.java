package org.setsafe.schema;

import java.time.LocalTime;
import java.util.Locale;
import org.setsafe.model.ActionKind;
import org.setsafe.model.ActionStatus;
import org.setsafe.model.Activity;
import org.setsafe.model.Category;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Confidence;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.Disposition;
import org.setsafe.model.Harm;
import org.setsafe.model.Incident;
import org.setsafe.model.InvalidValueException;
import org.setsafe.model.Involvement;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.OutcomeKind;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Role;
import org.setsafe.model.Severity;
import org.setsafe.model.Source;
import org.setsafe.model.SourceKind;
import org.setsafe.protocol.ProtocolCatalog;

/** Turns rows of canonical fields into domain values; each returns null when the row has errors. */
public final class CanonicalRows {
  private CanonicalRows() {}

  public static Incident incident(RowContext c) {
    String id = c.required("id");
    String title = c.required("title");
    String production = c.required("production");
    PartialDate date = c.date("date", true);
    c.notFuture("date", date);
    Category category = c.code(Category.class, "category", "category", true);
    Activity activity = c.code(Activity.class, "activity", "activity", true);
    Severity severity = c.code(Severity.class, "severity", "severity", true);
    Integer fatalities = c.count("fatalities", true);
    Integer injuries = c.count("injuries", false);
    LocalTime time = c.time("time");
    if (c.hasErrors()) {
      return null;
    }
    try {
      return new Incident(
          id,
          title,
          production,
          date,
          time,
          c.text("location"),
          c.text("department"),
          c.text("jurisdiction"),
          category,
          activity,
          severity,
          fatalities,
          injuries,
          c.text("summary"),
          c.text("reported_by"),
          c.text("note"));
    } catch (InvalidValueException e) {
      c.invalid(e);
      return null;
    }
  }

  public static Involvement person(RowContext c) {
    String incidentId = c.required("incident_id");
    String name = c.required("name");
    Role role = c.code(Role.class, "role", "role", true);
    Harm harm = c.code(Harm.class, "harm", "harm", false);
    if (c.hasErrors()) {
      return null;
    }
    return new Involvement(incidentId, name, role, harm, c.text("note"));
  }

  public static CheckResult check(RowContext c, ProtocolCatalog catalog) {
    String incidentId = c.required("incident_id");
    String checkId = checkId(c, "check_id", c.required("check_id"), catalog);
    CheckStatus status = c.code(CheckStatus.class, "status", "status", true);
    Role role = c.code(Role.class, "responsible_role", "role", false);
    Confidence confidence = c.code(Confidence.class, "confidence", "confidence", false);
    if (c.hasErrors()) {
      return null;
    }
    return new CheckResult(
        incidentId, checkId, status, role, confidence, c.text("evidence"), c.text("source_url"));
  }

  /**
   * Resolves a check id against the catalogue (any case); an unknown id is an error with
   * suggestions.
   */
  static String checkId(RowContext c, String field, String id, ProtocolCatalog catalog) {
    if (id == null) {
      return null;
    }
    var check = catalog.check(id);
    if (check.isPresent()) {
      return check.get().id();
    }
    String wanted = id.toUpperCase(Locale.ROOT);
    String hint =
        catalog.checks().stream()
            .map(k -> k.id())
            .filter(
                k ->
                    k.contains(wanted)
                        || wanted.contains(k)
                        || k.split("_")[0].equals(wanted.split("_")[0]))
            .limit(5)
            .reduce((a, b) -> a + ", " + b)
            .map(s -> "; similar: " + s)
            .orElse("; run 'setsafe protocols' for the list");
    c.error(field, "unknown check id '" + id + "'" + hint);
    return null;
  }

  public static LegalOutcome outcome(RowContext c) {
    String incidentId = c.required("incident_id");
    String party = c.required("party");
    Role role = c.code(Role.class, "party_role", "role", false);
    OutcomeKind kind = c.code(OutcomeKind.class, "kind", "outcome kind", true);
    PartialDate filed = c.date("filed_on", false);
    Disposition disposition = c.code(Disposition.class, "disposition", "disposition", false);
    PartialDate decided = c.date("decided_on", false);
    PartialDate sentenced = c.date("sentenced_on", false);
    Integer months = c.count("sentence_months", false);
    var initial = c.money("initial_amount");
    var amount = c.money("amount");
    if (c.hasErrors()) {
      return null;
    }
    try {
      return new LegalOutcome(
          incidentId,
          party,
          role,
          kind,
          c.text("action"),
          filed,
          disposition,
          decided,
          sentenced,
          months,
          c.text("sentence"),
          initial,
          amount,
          c.text("currency"),
          c.text("note"),
          c.text("source_url"));
    } catch (InvalidValueException e) {
      c.invalid(e);
      return null;
    }
  }

  public static CorrectiveAction action(RowContext c) {
    String incidentId = c.required("incident_id");
    String actionId = c.required("action_id");
    String action = c.required("action");
    ActionKind kind = c.code(ActionKind.class, "kind", "action kind", false);
    Role role = c.code(Role.class, "owner_role", "role", false);
    PartialDate raised = c.date("raised_on", false);
    PartialDate due = c.date("due_on", false);
    ActionStatus status = c.code(ActionStatus.class, "status", "action status", false);
    PartialDate closed = c.date("closed_on", false);
    if (c.hasErrors()) {
      return null;
    }
    CorrectiveAction a;
    try {
      a =
          new CorrectiveAction(
              incidentId,
              actionId,
              action,
              kind,
              c.text("owner"),
              role,
              raised,
              due,
              status,
              closed,
              c.text("verified_by"),
              c.text("note"),
              c.text("source_url"));
    } catch (InvalidValueException e) {
      c.invalid(e);
      return null;
    }
    // a log without a closed-date column is not told so on every row
    if (a.status().closed() && a.closedOn() == null && c.hasColumn("closed_on")) {
      c.warning(
          "closed_on",
          "status is "
              + a.status().code()
              + " but closed_on is empty; the action is kept, but its days to close cannot be"
              + " counted");
    }
    return a;
  }

  public static Source source(RowContext c) {
    String incidentId = c.required("incident_id");
    String title = c.required("title");
    PartialDate published = c.date("published_on", false);
    SourceKind kind = c.code(SourceKind.class, "kind", "source kind", false);
    if (c.hasErrors()) {
      return null;
    }
    try {
      return new Source(incidentId, title, c.text("publisher"), kind, published, c.text("url"));
    } catch (InvalidValueException e) {
      c.invalid(e);
      return null;
    }
  }
}
