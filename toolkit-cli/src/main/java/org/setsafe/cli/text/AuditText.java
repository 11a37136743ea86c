package org.setsafe.cli.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.setsafe.analysis.RecordAudit;
import org.setsafe.compare.OutcomeSentence;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.Source;

/** The audit of the reference record ({@code setsafe data audit}), as text or JSON. */
public final class AuditText {
  private AuditText() {}

  /** The audit as plain text for a terminal. */
  public static String render(RecordAudit a, LocalDate asOf, int width) {
    StringBuilder b = new StringBuilder();
    b.append(
        Text.block(
            "Reference record as of "
                + asOf
                + ": "
                + a.incidents()
                + " incidents, "
                + a.citations()
                + " citations in sources.csv ("
                + a.addresses()
                + " distinct addresses)",
            width,
            0));
    b.append(Text.block("Before moving the as-of date, recheck:", width, 0));

    b.append("\nOutcomes still open (")
        .append(a.open().size())
        .append("), the oldest last source first\n");
    if (a.open().isEmpty()) {
      b.append("  None.\n");
    }
    for (RecordAudit.OpenOutcome o : a.open()) {
      String when =
          o.lastSourceOn() == null ? "no dated source" : "last source " + o.lastSourceOn();
      b.append(
          Text.block(
                  o.record().id()
                      + " ("
                      + o.state()
                      + "; "
                      + when
                      + "): "
                      + OutcomeSentence.of(o.outcome()),
                  width,
                  4)
              .replaceFirst("^    ", "  - "));
      source(b, o.lastSource(), o.outcome().sourceUrl(), width);
    }

    b.append("\nFacts resting on one weak source (").append(a.weak().size()).append(")\n");
    if (a.weak().isEmpty()) {
      b.append("  None.\n");
    }
    for (RecordAudit.WeakFact f : a.weak()) {
      b.append(Text.block(f.record().id() + " " + fact(f), width, 4).replaceFirst("^    ", "  - "));
      source(b, f.source(), url(f), width);
      b.append(Text.block("Weak: " + f.why(), width, 6));
    }
    return b.toString();
  }

  /** The audit as JSON: the data of {@code data audit}'s envelope. */
  public static ObjectNode json(RecordAudit a, LocalDate asOf) {
    ObjectNode n = Json.object();
    n.put("as_of", asOf.toString());
    n.put("incidents", a.incidents());
    n.put("citations", a.citations());
    n.put("addresses", a.addresses());
    ArrayNode open = n.putArray("open_outcomes");
    for (RecordAudit.OpenOutcome o : a.open()) {
      ObjectNode x = Json.outcome(o.outcome());
      x.put("incident_id", o.record().id());
      x.put("state", o.state());
      Json.put(x, "last_source_on", o.lastSourceOn());
      Json.put(x, "last_source_url", o.lastSource() == null ? null : o.lastSource().url());
      open.add(x);
    }
    ArrayNode weak = n.putArray("weak_facts");
    for (RecordAudit.WeakFact f : a.weak()) {
      ObjectNode x = Json.object();
      x.put("incident_id", f.record().id());
      x.put("fact", f.outcome() != null ? "outcome" : f.check() != null ? "check" : "action");
      x.put("what", fact(f));
      x.put("source_url", url(f));
      x.put("why", f.why());
      weak.add(x);
    }
    return n;
  }

  /**
   * The audit as CSV: one row per open outcome, then one per fact on a weak source ({@code kind}
   * says which).
   */
  public static String csv(RecordAudit a) {
    CsvTable t =
        new CsvTable(List.of("kind", "incident_id", "what", "state_or_why", "date", "source_url"));
    for (RecordAudit.OpenOutcome o : a.open()) {
      t.add(
          java.util.Arrays.asList(
              "open_outcome",
              o.record().id(),
              o.outcome().party() + ": " + o.outcome().action(),
              o.state(),
              o.lastSourceOn() == null ? null : o.lastSourceOn().toString(),
              o.lastSource() == null ? null : o.lastSource().url()));
    }
    for (RecordAudit.WeakFact f : a.weak()) {
      t.add(
          java.util.Arrays.asList(
              "weak_" + (f.outcome() != null ? "outcome" : f.check() != null ? "check" : "action"),
              f.record().id(),
              fact(f),
              f.why(),
              null,
              url(f)));
    }
    return t.render();
  }

  private static String fact(RecordAudit.WeakFact f) {
    if (f.outcome() != null) {
      return "outcome: " + OutcomeSentence.of(f.outcome());
    }
    if (f.check() != null) {
      CheckResult c = f.check();
      return "check "
          + c.checkId()
          + ": "
          + c.status().label().toLowerCase(Locale.ROOT)
          + " ["
          + c.confidence().code()
          + "]";
    }
    CorrectiveAction x = f.action();
    return "action " + x.actionId() + ": " + x.action();
  }

  private static String url(RecordAudit.WeakFact f) {
    return f.outcome() != null
        ? f.outcome().sourceUrl()
        : f.check() != null ? f.check().sourceUrl() : f.action().sourceUrl();
  }

  private static void source(StringBuilder b, Source s, String url, int width) {
    if (s == null) {
      b.append(
          Text.block(
              "Source: " + (url == null ? "none recorded" : url + " (not listed)"), width, 6));
      return;
    }
    b.append(Text.block("Source: " + RecordText.describe(s), width, 6));
    b.append("        ").append(s.url()).append('\n');
  }
}
