package org.setsafe.cli;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.setsafe.analysis.CaseDecision;
import org.setsafe.analysis.Casualty;
import org.setsafe.analysis.Deadline;
import org.setsafe.analysis.Deadlines;
import org.setsafe.analysis.IncidentCases;
import org.setsafe.analysis.OshaLog;
import org.setsafe.analysis.Recordkeeping;
import org.setsafe.model.Establishment;
import org.setsafe.model.Incident;
import org.setsafe.redact.Redactor;

/**
 * A production's recordkeeping decided on its records as written, shown redacted. A deadline counts
 * from the incident's hour and a case goes on the log of its employer: redaction coarsens the one
 * and scrubs the other, so {@code due} and {@code osha} decide on the records as read and show each
 * decision with the redacted record's incident and people ({@code privacy case}, {@code a grip}),
 * its words scrubbed and its times cut as the profile cuts an incident's. Nothing here is counted
 * twice in the ledger: the records' redaction counted what it removed.
 */
final class RedactedCases {
  private final Redactor redactor;
  private final Map<String, Incident> incidents = new HashMap<>();
  private final Map<String, String> ids = new HashMap<>();
  private final Map<Casualty, Casualty> casualties = new HashMap<>();

  /**
   * {@code real} and {@code redacted} read the same records, the one as written and the other
   * redacted, in the same order.
   */
  RedactedCases(Redactor redactor, Recordkeeping real, Recordkeeping redacted) {
    this.redactor = redactor;
    List<IncidentCases> a = real.cases();
    List<IncidentCases> b = redacted.cases();
    if (a.size() != b.size()) {
      throw new IllegalStateException("redacted records differ in number from those read");
    }
    for (int k = 0; k < a.size(); k++) {
      Incident from = a.get(k).record().incident();
      Incident to = b.get(k).record().incident();
      incidents.put(from.id(), to);
      ids.put(from.id(), to.id());
      List<Casualty> ca = a.get(k).casualties();
      List<Casualty> cb = b.get(k).casualties();
      for (int j = 0; j < ca.size() && j < cb.size(); j++) {
        casualties.put(ca.get(j), cb.get(j));
      }
    }
  }

  /** A time worked out from an incident's, cut as the profile cuts the incident's. */
  String when(LocalDateTime t) {
    return redactor.when(t);
  }

  Casualty casualty(Casualty c) {
    Casualty r = casualties.get(c);
    if (r != null) {
      return r;
    }
    // not among the records read: shown with nothing of its own
    return new Casualty(
        incident(c.incident()),
        c.name() == null ? null : redactor.name(c.name()),
        c.role(),
        c.harm(),
        redactor.injury(c.injury()),
        c.number(),
        c.unnamed());
  }

  private Incident incident(Incident i) {
    Incident r = incidents.get(i.id());
    if (r == null) {
      throw new IllegalStateException("an incident not among the records read: " + i.id());
    }
    return r;
  }

  private String id(String id) {
    return ids.getOrDefault(id, id);
  }

  /** The deadlines, each with its incident and people redacted and its words scrubbed. */
  Deadlines.Result deadlines(Deadlines.Result r) {
    List<Deadline> out = new ArrayList<>();
    for (Deadline d : r.deadlines()) {
      out.add(
          new Deadline(
              incident(d.incident()),
              d.rule(),
              d.people().stream().map(this::casualty).toList(),
              redactor.text(d.basis()),
              d.possible(),
              redactor.text(d.inferredFrom()),
              d.clockFrom(),
              d.timeKnown(),
              d.due(),
              d.status(),
              d.reportedAt()));
    }
    List<String> days = new ArrayList<>();
    for (String s : r.daysNotKnown()) {
      int colon = s.indexOf(": ");
      days.add(colon < 0 ? id(s) : id(s.substring(0, colon)) + s.substring(colon));
    }
    return new Deadlines.Result(
        out,
        r.asOf(),
        r.noJurisdiction().stream().map(this::id).toList(),
        r.dateNotKnown().stream().map(this::id).toList(),
        days);
  }

  /** A decision with its person redacted and its reason and words scrubbed. */
  CaseDecision decision(CaseDecision d) {
    return new CaseDecision(
        casualty(d.casualty()),
        d.answer(),
        d.criterion(),
        d.column(),
        d.daysAway(),
        d.daysRestricted(),
        redactor.text(d.reason()),
        redactor.text(d.inferredFrom()));
  }

  /** The log with its case numbers and totals, each case shown redacted. */
  OshaLog log(OshaLog log) {
    return log.map(this::decision);
  }

  List<CaseDecision> decisions(List<CaseDecision> ds) {
    return ds.stream().map(this::decision).toList();
  }

  /** Incident ids as the redacted records give them. */
  List<String> ids(List<String> xs) {
    return xs.stream().map(this::id).toList();
  }

  /**
   * The establishment as a redacted log shows it: its name a code, its company, EIN, street, city
   * and ZIP code removed; its state, industry, size and hours kept (the rates' denominators).
   */
  Establishment establishment(Establishment e) {
    String z = redactor.profile().replacement();
    return new Establishment(
        redactor.key().code("establishment", "E-", e.name().strip().toLowerCase(), 6),
        e.companyName() == null ? null : z,
        e.ein() == null ? null : z,
        z,
        z,
        e.state(),
        z,
        e.naics(),
        e.industryDescription(),
        e.establishmentType(),
        e.year(),
        e.annualAverageEmployees(),
        e.totalHoursWorked(),
        e.peakEmployees());
  }
}
