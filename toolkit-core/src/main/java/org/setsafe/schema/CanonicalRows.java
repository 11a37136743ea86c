package org.setsafe.schema;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.setsafe.model.ActionKind;
import org.setsafe.model.ActionStatus;
import org.setsafe.model.Activity;
import org.setsafe.model.Answer;
import org.setsafe.model.CaseType;
import org.setsafe.model.Category;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Confidence;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.Disposition;
import org.setsafe.model.Harm;
import org.setsafe.model.Incident;
import org.setsafe.model.Injury;
import org.setsafe.model.InvalidValueException;
import org.setsafe.model.Involvement;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.OutcomeKind;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Role;
import org.setsafe.model.Severity;
import org.setsafe.model.Source;
import org.setsafe.model.SourceKind;
import org.setsafe.model.Treatment;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * Turns rows of canonical fields into domain values; each returns null when the row has errors.
 * Each field is read as its record's field list declares it (name, kind, whether required): the
 * typed ones first, then the record is made from them and the text fields, so every problem of the
 * row is found before a constructor could refuse it.
 */
public final class CanonicalRows {
  private CanonicalRows() {}

  public static Incident incident(RowContext c) {
    String id = IncidentFields.ID.read(c);
    String title = IncidentFields.TITLE.read(c);
    String production = IncidentFields.PRODUCTION.read(c);
    PartialDate date = IncidentFields.DATE.read(c);
    c.notFuture(IncidentFields.DATE.name(), date);
    Category category = IncidentFields.CATEGORY.read(c);
    Activity activity = IncidentFields.ACTIVITY.read(c);
    Severity severity = IncidentFields.SEVERITY.read(c);
    Integer fatalities = IncidentFields.FATALITIES.read(c);
    Integer injuries = IncidentFields.INJURIES.read(c);
    LocalTime time = IncidentFields.TIME.read(c);
    Answer highEnergy = IncidentFields.HIGH_ENERGY.read(c);
    Answer highEnergyIncident = IncidentFields.HIGH_ENERGY_INCIDENT.read(c);
    Answer seriousInjury = IncidentFields.SERIOUS_INJURY.read(c);
    Answer directControl = IncidentFields.DIRECT_CONTROL.read(c);
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
          IncidentFields.LOCATION.read(c),
          IncidentFields.DEPARTMENT.read(c),
          IncidentFields.JURISDICTION.read(c),
          category,
          activity,
          severity,
          fatalities,
          injuries,
          IncidentFields.SUMMARY.read(c),
          IncidentFields.REPORTED_BY.read(c),
          IncidentFields.NOTE.read(c),
          highEnergy,
          highEnergyIncident,
          seriousInjury,
          directControl,
          IncidentFields.CATEGORY_EVIDENCE.read(c));
    } catch (InvalidValueException e) {
      c.invalid(e);
      return null;
    }
  }

  public static Involvement person(RowContext c) {
    String incidentId = PersonFields.INCIDENT_ID.read(c);
    String name = PersonFields.NAME.read(c);
    Role role = PersonFields.ROLE.read(c);
    Harm harm = PersonFields.HARM.read(c);
    Injury injury = injury(c);
    if (c.hasErrors()) {
      return null;
    }
    return new Involvement(incidentId, name, role, harm, PersonFields.NOTE.read(c), injury);
  }

  /**
   * What the row records of an injury ({@link PersonFields#INJURY}); {@link Injury#NONE} when it
   * records none of it, null when a value has errors (recorded in {@code c}).
   */
  static Injury injury(RowContext c) {
    Treatment treatment = PersonFields.TREATMENT.read(c);
    Integer daysAway = PersonFields.DAYS_AWAY.read(c);
    Integer daysRestricted = PersonFields.DAYS_RESTRICTED.read(c);
    Boolean lostConsciousness = PersonFields.LOST_CONSCIOUSNESS.read(c);
    CaseType caseType = PersonFields.CASE_TYPE.read(c);
    Boolean privacy = PersonFields.PRIVACY_CASE.read(c);
    LocalDateTime reportedAt = PersonFields.REPORTED_AT.read(c);
    if (c.hasErrors()) {
      return null;
    }
    return new Injury(
        treatment,
        daysAway,
        daysRestricted,
        lostConsciousness,
        PersonFields.BODY_PART.read(c),
        PersonFields.NATURE.read(c),
        caseType,
        PersonFields.JOB_TITLE.read(c),
        PersonFields.EMPLOYER.read(c),
        privacy,
        reportedAt,
        PersonFields.REPORTED_TO.read(c),
        List.of());
  }

  /**
   * The person a flat log's row is about, when the row gives any of {@link PersonFields#FLAT}:
   * named by its {@code person} column, or {@code not named}; killed when the row says so ({@code
   * harm}) or counts a death and no injury, injured otherwise. Null when the row gives none of
   * them, or has errors (recorded in {@code c}).
   */
  public static Involvement flatPerson(RowContext c, Incident incident) {
    boolean any = false;
    for (var f : PersonFields.FLAT) {
      if (c.text(f.name()) != null) {
        any = true;
        break;
      }
    }
    if (!any) {
      return null;
    }
    Role role = PersonFields.FLAT_PERSON_ROLE.read(c);
    Harm harm = PersonFields.FLAT_HARM.read(c);
    Injury injury = injury(c);
    if (c.hasErrors() || incident == null) {
      return null;
    }
    if (harm == null) {
      boolean death =
          incident.fatalities() > 0 && (incident.injuries() == null || incident.injuries() == 0);
      harm = death ? Harm.KILLED : Harm.INJURED;
    }
    String name = PersonFields.FLAT_PERSON.read(c);
    return new Involvement(
        incident.id(),
        name == null ? NOT_NAMED : name,
        role == null ? Role.OTHER : role,
        harm,
        null,
        injury);
  }

  /** The name of a flat log's person whose name the log does not give. */
  public static final String NOT_NAMED = "not named";

  public static CheckResult check(RowContext c, ProtocolCatalog catalog) {
    String incidentId = CheckFields.INCIDENT_ID.read(c);
    String checkId = checkId(c, CheckFields.CHECK_ID.name(), CheckFields.CHECK_ID.read(c), catalog);
    CheckStatus status = CheckFields.STATUS.read(c);
    Role role = CheckFields.RESPONSIBLE_ROLE.read(c);
    Confidence confidence = CheckFields.CONFIDENCE.read(c);
    if (c.hasErrors()) {
      return null;
    }
    return new CheckResult(
        incidentId,
        checkId,
        status,
        role,
        confidence,
        CheckFields.EVIDENCE.read(c),
        CheckFields.SOURCE_URL.read(c));
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
    String incidentId = OutcomeFields.INCIDENT_ID.read(c);
    String party = OutcomeFields.PARTY.read(c);
    Role role = OutcomeFields.PARTY_ROLE.read(c);
    OutcomeKind kind = OutcomeFields.KIND.read(c);
    PartialDate filed = OutcomeFields.FILED_ON.read(c);
    Disposition disposition = OutcomeFields.DISPOSITION.read(c);
    PartialDate decided = OutcomeFields.DECIDED_ON.read(c);
    PartialDate sentenced = OutcomeFields.SENTENCED_ON.read(c);
    Integer months = OutcomeFields.SENTENCE_MONTHS.read(c);
    BigDecimal initial = OutcomeFields.INITIAL_AMOUNT.read(c);
    BigDecimal amount = OutcomeFields.AMOUNT.read(c);
    if (c.hasErrors()) {
      return null;
    }
    try {
      return new LegalOutcome(
          incidentId,
          party,
          role,
          kind,
          OutcomeFields.ACTION.read(c),
          filed,
          disposition,
          decided,
          sentenced,
          months,
          OutcomeFields.SENTENCE.read(c),
          initial,
          amount,
          OutcomeFields.CURRENCY.read(c),
          OutcomeFields.NOTE.read(c),
          OutcomeFields.SOURCE_URL.read(c));
    } catch (InvalidValueException e) {
      c.invalid(e);
      return null;
    }
  }

  public static CorrectiveAction action(RowContext c) {
    String incidentId = ActionFields.INCIDENT_ID.read(c);
    String actionId = ActionFields.ACTION_ID.read(c);
    String action = ActionFields.ACTION.read(c);
    ActionKind kind = ActionFields.KIND.read(c);
    Role role = ActionFields.OWNER_ROLE.read(c);
    PartialDate raised = ActionFields.RAISED_ON.read(c);
    PartialDate due = ActionFields.DUE_ON.read(c);
    ActionStatus status = ActionFields.STATUS.read(c);
    PartialDate closed = ActionFields.CLOSED_ON.read(c);
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
              ActionFields.OWNER.read(c),
              role,
              raised,
              due,
              status,
              closed,
              ActionFields.VERIFIED_BY.read(c),
              ActionFields.NOTE.read(c),
              ActionFields.SOURCE_URL.read(c));
    } catch (InvalidValueException e) {
      c.invalid(e);
      return null;
    }
    c.notFuture(ActionFields.RAISED_ON.name(), raised, "an action raised");
    c.notFuture(ActionFields.CLOSED_ON.name(), closed, "an action closed");
    if (closed != null
        && (a.status() == ActionStatus.OPEN || a.status() == ActionStatus.IN_PROGRESS)) {
      c.warning(
          ActionFields.CLOSED_ON.name(),
          "status is "
              + a.status().code()
              + " but closed_on is "
              + closed
              + ": is the action closed? It is counted as "
              + a.status().code()
              + ", and its closing date is not used");
    }
    // a log without a closed-date column is not told so on every row
    if (a.status().closed() && a.closedOn() == null && c.hasColumn(ActionFields.CLOSED_ON.name())) {
      c.warning(
          ActionFields.CLOSED_ON.name(),
          "status is "
              + a.status().code()
              + " but closed_on is empty; the action is kept, but its days to close cannot be"
              + " counted");
    }
    return a;
  }

  /**
   * A warning on {@code c} (the action's row) when the action was raised before its incident
   * happened: a typing slip in one of the two dates.
   */
  public static void raisedAfterIncident(RowContext c, CorrectiveAction a, Incident incident) {
    if (a.raisedOn() == null || incident == null || incident.date() == null) {
      return;
    }
    if (a.raisedOn().lastDay().isBefore(incident.date().firstDay())) {
      c.warning(
          ActionFields.RAISED_ON.name(),
          "action "
              + a.actionId()
              + " was raised on "
              + a.raisedOn()
              + ", before its incident happened ("
              + incident.date()
              + "): a typing slip in one of the dates?");
    }
  }

  public static Source source(RowContext c) {
    String incidentId = SourceFields.INCIDENT_ID.read(c);
    String title = SourceFields.TITLE.read(c);
    PartialDate published = SourceFields.PUBLISHED_ON.read(c);
    SourceKind kind = SourceFields.KIND.read(c);
    if (c.hasErrors()) {
      return null;
    }
    try {
      return new Source(
          incidentId,
          title,
          SourceFields.PUBLISHER.read(c),
          kind,
          published,
          SourceFields.URL.read(c));
    } catch (InvalidValueException e) {
      c.invalid(e);
      return null;
    }
  }
}
