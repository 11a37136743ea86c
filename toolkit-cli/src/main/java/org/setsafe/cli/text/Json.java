package org.setsafe.cli.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
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

  public static ObjectNode incident(Incident i) {
    ObjectNode n = object();
    put(n, "id", i.id());
    put(n, "title", i.title());
    put(n, "production", i.production());
    put(n, "date", i.date());
    put(n, "time", i.time() == null ? null : i.time().toString());
    put(n, "location", i.location());
    put(n, "department", i.department());
    put(n, "jurisdiction", i.jurisdiction());
    put(n, "category", i.category());
    put(n, "activity", i.activity());
    put(n, "severity", i.severity());
    n.put("fatalities", i.fatalities());
    put(n, "injuries", i.injuries());
    put(n, "summary", i.summary());
    put(n, "reported_by", i.reportedBy());
    put(n, "note", i.note());
    return n;
  }

  public static ObjectNode person(Involvement p) {
    ObjectNode n = object();
    put(n, "name", p.name());
    put(n, "role", p.role());
    put(n, "harm", p.harm());
    put(n, "note", p.note());
    return n;
  }

  public static ObjectNode check(CheckResult c, ProtocolCatalog catalog) {
    ObjectNode n = object();
    put(n, "check_id", c.checkId());
    put(n, "title", catalog.title(c.checkId()));
    put(n, "rule", catalog.check(c.checkId()).map(ProtocolCheck::rule).orElse(null));
    put(n, "layer", catalog.check(c.checkId()).map(ProtocolCheck::layer).orElse(null));
    put(n, "status", c.status());
    put(n, "responsible_role", c.responsibleRole());
    put(n, "confidence", c.confidence());
    put(n, "evidence", c.evidence());
    put(n, "source_url", c.sourceUrl());
    return n;
  }

  public static ObjectNode outcome(LegalOutcome o) {
    ObjectNode n = object();
    put(n, "party", o.party());
    put(n, "party_role", o.partyRole());
    put(n, "kind", o.kind());
    put(n, "action", o.action());
    put(n, "filed_on", o.filedOn());
    put(n, "disposition", o.disposition());
    put(n, "decided_on", o.decidedOn());
    put(n, "sentenced_on", o.sentencedOn());
    put(n, "sentence_months", o.sentenceMonths());
    put(n, "sentence", o.sentence());
    put(n, "initial_amount", o.initialAmount());
    put(n, "amount", o.amount());
    put(n, "currency", o.currency());
    put(n, "note", o.note());
    put(n, "source_url", o.sourceUrl());
    return n;
  }

  public static ObjectNode source(Source s) {
    ObjectNode n = object();
    put(n, "title", s.title());
    put(n, "publisher", s.publisher());
    put(n, "kind", s.kind());
    put(n, "published_on", s.publishedOn());
    put(n, "url", s.url());
    return n;
  }

  /** An action with the fields of actions.csv (less incident_id). */
  public static ObjectNode action(CorrectiveAction a) {
    ObjectNode n = object();
    put(n, "action_id", a.actionId());
    put(n, "action", a.action());
    put(n, "kind", a.kind());
    put(n, "owner", a.owner());
    put(n, "owner_role", a.ownerRole());
    put(n, "raised_on", a.raisedOn());
    put(n, "due_on", a.dueOn());
    put(n, "status", a.status());
    put(n, "closed_on", a.closedOn());
    put(n, "verified_by", a.verifiedBy());
    put(n, "note", a.note());
    put(n, "source_url", a.sourceUrl());
    return n;
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
