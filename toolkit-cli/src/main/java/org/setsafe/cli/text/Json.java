package org.setsafe.cli.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.setsafe.analysis.ActionRow;
import org.setsafe.analysis.FollowUps;
import org.setsafe.analysis.IdSample;
import org.setsafe.ingest.IngestResult;
import org.setsafe.model.CheckResult;
import org.setsafe.model.Coded;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.FollowUp;
import org.setsafe.model.FollowUpState;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Involvement;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Severity;
import org.setsafe.model.Source;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;
import org.setsafe.read.Diagnostic;
import org.setsafe.read.FileStats;
import org.setsafe.schema.ActionFields;
import org.setsafe.schema.CheckFields;
import org.setsafe.schema.Field;
import org.setsafe.schema.IncidentFields;
import org.setsafe.schema.OutcomeFields;
import org.setsafe.schema.PersonFields;
import org.setsafe.schema.SourceFields;

/**
 * JSON views of setsafe's data with a stable shape: field names as in the CSV files (snake case),
 * codes for closed vocabularies, ISO dates as text, amounts as numbers. Used by every {@code
 * --format json}.
 */
public final class Json {
  public static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static void put(ObjectNode n, String k, String v) {
    if (v == null) {
      n.putNull(k);
    } else {
      n.put(k, v);
    }
  }

  static void put(ObjectNode n, String k, Coded c) {
    put(n, k, c == null ? null : c.code());
  }

  static void put(ObjectNode n, String k, PartialDate d) {
    put(n, k, d == null ? null : d.toString());
  }

  static void put(ObjectNode n, String k, BigDecimal d) {
    if (d == null) {
      n.putNull(k);
    } else {
      n.put(k, d);
    }
  }

  static void put(ObjectNode n, String k, Integer i) {
    if (i == null) {
      n.putNull(k);
    } else {
      n.put(k, i.intValue());
    }
  }

  /**
   * Puts the fields of {@code record} (all of {@code fields} but {@code skip}) into {@code n}:
   * counts and amounts as numbers, yes/no as booleans, the others as the text the CSV files hold.
   */
  private static <R> ObjectNode fields(
      ObjectNode n, List<Field<R, ?>> fields, R record, Field<R, ?> skip) {
    for (Field<R, ?> f : fields) {
      if (f == skip) {
        continue;
      }
      Object v = f.get(record);
      switch (f.kind()) {
        case COUNT -> put(n, f.name(), (Integer) v);
        case MONEY -> put(n, f.name(), (BigDecimal) v);
        case FLAG -> {
          if (v == null) {
            n.putNull(f.name());
          } else {
            n.put(f.name(), (Boolean) v);
          }
        }
        default -> put(n, f.name(), f.cell(record));
      }
    }
    return n;
  }

  public static ObjectNode incident(Incident i) {
    return fields(object(), IncidentFields.ALL, i, null);
  }

  /** A person, without the incident id (the record holds it). */
  public static ObjectNode person(Involvement p) {
    return fields(object(), PersonFields.ALL, p, PersonFields.INCIDENT_ID);
  }

  /** A check's result, with the check's title, rule and layer from the catalogue after its id. */
  public static ObjectNode check(CheckResult c, ProtocolCatalog catalog) {
    ObjectNode n = object();
    put(n, CheckFields.CHECK_ID.name(), c.checkId());
    put(n, "title", catalog.title(c.checkId()));
    put(n, "rule", catalog.check(c.checkId()).map(ProtocolCheck::rule).orElse(null));
    put(n, "layer", catalog.check(c.checkId()).map(ProtocolCheck::layer).orElse(null));
    ObjectNode rest = fields(object(), CheckFields.ALL, c, CheckFields.INCIDENT_ID);
    rest.remove(CheckFields.CHECK_ID.name());
    return n.setAll(rest);
  }

  public static ObjectNode outcome(LegalOutcome o) {
    return fields(object(), OutcomeFields.ALL, o, OutcomeFields.INCIDENT_ID);
  }

  public static ObjectNode source(Source s) {
    return fields(object(), SourceFields.ALL, s, SourceFields.INCIDENT_ID);
  }

  /** An action with the fields of actions.csv (less incident_id). */
  public static ObjectNode action(CorrectiveAction a) {
    return fields(object(), ActionFields.ALL, a, ActionFields.INCIDENT_ID);
  }

  /** A line of the action list: the incident, the action and how it stands on the day. */
  public static ObjectNode actionRow(ActionRow r) {
    ObjectNode n = object();
    put(n, "incident_id", r.incident().id());
    put(n, "incident_title", r.incident().title());
    put(n, "severity", r.incident().severity());
    n.setAll(action(r.action()));
    n.put("overdue", r.overdue());
    put(n, "days_open", r.daysOpen());
    put(n, "days_overdue", r.daysOverdue());
    return n;
  }

  /** An incident's follow-up state as of a day, with its actions counted by status. */
  public static ObjectNode followUp(FollowUp f) {
    ObjectNode n = object();
    put(n, "state", f.state());
    n.put("as_of", f.asOf().toString());
    n.put("actions", f.actions());
    n.put("open", f.open());
    n.put("overdue", f.overdue());
    n.put("unknown", f.unknown());
    n.put("done", f.done());
    n.put("verified", f.verified());
    n.put("cancelled", f.cancelled());
    put(n, "max_days_overdue", f.maxDaysOverdue());
    return n;
  }

  /** The follow-up figures of a set of incidents as of a day. */
  public static ObjectNode followUps(FollowUps f) {
    ObjectNode n = object();
    n.put("as_of", f.asOf().toString());
    n.put("incidents", f.incidents());
    n.put("actions", f.actions());
    n.put("open", f.open());
    n.put("overdue", f.overdue());
    n.put("unknown", f.unknown());
    n.put("done", f.done());
    n.put("verified", f.verified());
    n.put("cancelled", f.cancelled());
    if (f.medianDaysToClose() == null) {
      n.putNull("median_days_to_close");
    } else {
      n.put("median_days_to_close", f.medianDaysToClose());
    }
    n.put("closed_with_days", f.closedWithDays());
    ObjectNode states = n.putObject("incidents_by_follow_up");
    for (Map.Entry<FollowUpState, Long> e : f.incidentsByState().entrySet()) {
      states.put(e.getKey().code(), e.getValue());
    }
    // per severity: how many incidents have no action in force, and their ids (the first
    // IdSample.LIMIT by id when there are more)
    ObjectNode none = n.putObject("no_action");
    for (Map.Entry<Severity, IdSample> e : f.noAction().entrySet()) {
      ObjectNode sev = none.putObject(e.getKey().code());
      sev.put("incidents", e.getValue().count());
      ArrayNode ids = sev.putArray("ids");
      e.getValue().ids().forEach(ids::add);
    }
    return n;
  }

  /** The whole record: the incident's fields plus people, checks, outcomes, actions and sources. */
  public static ObjectNode record(IncidentRecord r, ProtocolCatalog catalog) {
    ObjectNode n = incident(r.incident());
    ArrayNode people = n.putArray("people");
    r.people().forEach(p -> people.add(person(p)));
    ArrayNode checks = n.putArray("checks");
    r.checks().forEach(c -> checks.add(check(c, catalog)));
    ArrayNode outcomes = n.putArray("outcomes");
    r.outcomes().forEach(o -> outcomes.add(outcome(o)));
    ArrayNode actions = n.putArray("actions");
    r.actions().forEach(a -> actions.add(action(a)));
    ArrayNode sources = n.putArray("sources");
    r.sources().forEach(s -> sources.add(source(s)));
    return n;
  }

  public static ObjectNode diagnostic(Diagnostic d) {
    ObjectNode n = object();
    put(n, "file", d.file());
    put(n, "sheet", d.sheet());
    put(n, "location", d.location());
    n.put("line", d.line());
    n.put("column", d.column());
    put(n, "column_name", d.columnName());
    put(n, "level", d.level().name().toLowerCase(java.util.Locale.ROOT));
    put(n, "message", d.message());
    return n;
  }

  public static ArrayNode files(IngestResult result) {
    ArrayNode a = array();
    for (FileStats f : result.files()) {
      ObjectNode n = a.addObject();
      n.put("file", f.file());
      n.put("kind", f.kind().label());
      n.put("read", f.read());
      n.put("imported", f.imported());
      n.put("rejected", f.rejected());
      n.put("blank", f.blank());
      n.put("stopped_early", f.stoppedEarly());
    }
    return a;
  }
}
