package org.setsafe.cli.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.setsafe.compare.CheckLine;
import org.setsafe.compare.Comparison;
import org.setsafe.compare.Component;
import org.setsafe.compare.Factor;
import org.setsafe.compare.OutcomeLine;
import org.setsafe.compare.Precedent;
import org.setsafe.compare.PrecedentRanking;
import org.setsafe.compare.SharedCheck;
import org.setsafe.compare.Side;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Coded;
import org.setsafe.model.Confidence;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * The JSON of {@code setsafe compare} and {@code setsafe precedents}. The shapes are stable
 * (documented in the README and their JSON Schemas); the envelope ({@link JsonEnvelope}) names
 * their versions. Field names are snake case, closed vocabularies are codes, as everywhere in
 * setsafe's JSON.
 */
public final class CompareJson {

  /** The status of a check an incident has no result for. */
  public static final String NOT_ASSESSED = "not_assessed";

  private CompareJson() {}

  public static ObjectNode comparison(Comparison c) {
    ObjectNode root = Json.object();
    ArrayNode incidents = root.putArray("incidents");
    for (Side s : c.sides()) {
      ObjectNode n = Json.incident(s.record().incident());
      ArrayNode casualties = n.putArray("casualties");
      s.casualties().forEach(p -> casualties.add(Json.person(p)));
      ArrayNode roles = n.putArray("roles_involved");
      s.rolesInvolved().forEach(r -> roles.add(r.code()));
      n.put("checks_recorded", s.record().checks().size());
      n.put("checks_failed", s.record().failedChecks().size());
      n.put("consequences", s.consequences());
      incidents.add(n);
    }
    ArrayNode checks = root.putArray("checks");
    for (CheckLine l : c.checks()) {
      ObjectNode n = checks.addObject();
      n.put("check_id", l.checkId());
      n.put("title", l.title());
      Json.put(n, "layer", l.layer());
      n.put("spread", l.spread().code());
      ArrayNode failedBy = n.putArray("failed_by");
      l.failedBy().forEach(failedBy::add);
      ObjectNode statuses = n.putObject("statuses");
      for (String id : c.ids()) {
        CheckStatus s = l.status(id);
        statuses.put(id, s == null ? NOT_ASSESSED : s.code());
      }
    }
    ArrayNode outcomes = root.putArray("outcomes");
    for (OutcomeLine l : c.outcomes()) {
      ObjectNode n = outcomes.addObject();
      Json.put(n, "party_role", l.role());
      ObjectNode by = n.putObject("by_incident");
      for (int i = 0; i < c.sides().size(); i++) {
        ArrayNode a = by.putArray(c.ids().get(i));
        l.perIncident().get(i).forEach(o -> a.add(Json.outcome(o)));
      }
    }
    ArrayNode summary = root.putArray("summary");
    c.summary().forEach(summary::add);
    return root;
  }

  public static ObjectNode precedents(List<PrecedentRanking> rankings, ProtocolCatalog catalog) {
    ObjectNode root = Json.object();
    ObjectNode weights = root.putObject("weights");
    for (Factor f : Factor.values()) {
      weights.put(f.code(), f.weight());
    }
    ObjectNode confidence = root.putObject("confidence_weights");
    for (Confidence c : Confidence.values()) {
      confidence.put(c.code(), Factor.confidenceWeight(c));
    }
    ArrayNode list = root.putArray("rankings");
    for (PrecedentRanking r : rankings) {
      ObjectNode n = list.addObject();
      ObjectNode target = Json.incident(r.target().incident());
      target.put("checks_assessed", r.checksAssessed());
      target.set("failed_checks", checks(r.targetFailedChecks(), catalog));
      target.set("inferred_checks", checks(r.targetInferredChecks(), catalog));
      n.set("target", target);
      n.set("history", precedentList(r.historyCandidates(), r.history(), catalog));
      n.set("log", precedentList(r.logCandidates(), r.log(), catalog));
    }
    return root;
  }

  private static ObjectNode precedentList(
      int candidates, List<Precedent> precedents, ProtocolCatalog catalog) {
    ObjectNode n = Json.object();
    n.put("candidates", candidates);
    ArrayNode ps = n.putArray("precedents");
    for (Precedent p : precedents) {
      ObjectNode q = ps.addObject();
      q.put("rank", p.rank());
      var i = p.record().incident();
      q.put("id", i.id());
      q.put("title", i.title());
      q.put("production", i.production());
      Json.put(q, "date", i.date());
      Json.put(q, "category", i.category());
      Json.put(q, "activity", i.activity());
      Json.put(q, "severity", i.severity());
      q.put("fatalities", i.fatalities());
      Json.put(q, "injuries", i.injuries());
      q.put("score", p.score());
      ArrayNode comps = q.putArray("components");
      for (Component k : p.components()) {
        ObjectNode cn = comps.addObject();
        cn.put("factor", k.factor().code());
        cn.put("weight", k.factor().weight());
        cn.put("similarity", round(k.similarity()));
        cn.put("points", round(k.points()));
      }
      ArrayNode words = q.putArray("shared_words");
      p.sharedWords().forEach(words::add);
      ArrayNode shared = q.putArray("shared_failed_checks");
      for (SharedCheck s : p.sharedChecks()) {
        shared
            .addObject()
            .put("check_id", s.checkId())
            .put("title", catalog.title(s.checkId()))
            .put("target_confidence", s.target().code())
            .put("precedent_confidence", s.precedent().code());
      }
      q.put("same_category", p.sameCategory());
      q.put("same_activity", p.sameActivity());
      q.set("shared_roles", codes(p.sharedRoles()));
      q.set("shared_layers", codes(p.sharedLayers()));
    }
    return n;
  }

  private static ArrayNode checks(List<String> ids, ProtocolCatalog catalog) {
    ArrayNode a = Json.array();
    for (String id : ids) {
      a.addObject().put("check_id", id).put("title", catalog.title(id));
    }
    return a;
  }

  private static ArrayNode codes(List<? extends Coded> values) {
    ArrayNode a = Json.array();
    values.forEach(v -> a.add(v.code()));
    return a;
  }

  private static double round(double d) {
    return Math.round(d * 10_000) / 10_000.0;
  }

  /**
   * The comparison as CSV: one row per incidents.csv field, then one per check assessed in any of
   * them ({@code check:ID}, each incident's status or {@link #NOT_ASSESSED}); a column per
   * incident.
   */
  public static String csv(Comparison c) {
    List<String> head = new java.util.ArrayList<>();
    head.add("field");
    head.addAll(c.ids());
    CsvTable t = new CsvTable(head);
    for (org.setsafe.schema.Field<org.setsafe.model.Incident, ?> f :
        org.setsafe.schema.IncidentFields.ALL) {
      List<Object> row = new java.util.ArrayList<>();
      row.add(f.name());
      c.sides().forEach(s -> row.add(f.cell(s.record().incident())));
      t.add(row);
    }
    for (CheckLine l : c.checks()) {
      List<Object> row = new java.util.ArrayList<>();
      row.add("check:" + l.checkId());
      for (String id : c.ids()) {
        CheckStatus s = l.status(id);
        row.add(s == null ? NOT_ASSESSED : s.code());
      }
      t.add(row);
    }
    return t.render();
  }

  /** The rankings as CSV: one row per precedent, history then log, for each target. */
  public static String precedentsCsv(List<PrecedentRanking> rankings) {
    CsvTable t =
        new CsvTable(
            List.of(
                "target_id",
                "list",
                "rank",
                "id",
                "title",
                "date",
                "score",
                "shared_failed_checks",
                "shared_words"));
    for (PrecedentRanking r : rankings) {
      for (String list : List.of("history", "log")) {
        for (Precedent p : list.equals("history") ? r.history() : r.log()) {
          t.add(
              List.of(
                  r.target().id(),
                  list,
                  p.rank(),
                  p.id(),
                  p.record().incident().title(),
                  p.record().incident().date().toString(),
                  p.score(),
                  String.join(";", p.sharedFailedChecks()),
                  String.join(";", p.sharedWords())));
        }
      }
    }
    return t.render();
  }
}
