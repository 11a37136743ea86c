package org.setsafe.cli.text;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.setsafe.compare.OutcomeSentence;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Confidence;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Involvement;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.Source;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;

/** One incident in full, as plain text for a terminal. */
public final class RecordText {
  private RecordText() {}

  /**
   * The incident in full.
   *
   * @param day the day its follow-up state is for (an action past its due date on that day and not
   *     marked done is overdue)
   * @param recordAsOf the date a reference record is complete to, shown with it; null for a record
   *     from the user's own data
   * @param classification the incident's class with its reasons ({@link SclText#section}), shown
   *     after its summary
   */
  public static String render(
      IncidentRecord r,
      ProtocolCatalog catalog,
      int width,
      LocalDate day,
      LocalDate recordAsOf,
      String classification) {
    Incident i = r.incident();
    StringBuilder b = new StringBuilder();
    heading(b, i, width);
    field(b, "Production", i.production(), width);
    field(b, "Date", i.date() + (i.time() == null ? "" : " " + i.time()), width);
    field(
        b,
        "Place",
        join(i.location(), i.jurisdiction() == null ? null : "(" + i.jurisdiction() + ")"),
        width);
    field(b, "Department", i.department(), width);
    field(
        b,
        "Category",
        i.category().label() + "; activity: " + i.activity().label().toLowerCase(Locale.ROOT),
        width);
    field(b, "Severity", i.severity().label(), width);
    field(b, "Casualties", i.casualties(), width);
    field(b, "Reported by", i.reportedBy(), width);
    asOf(b, recordAsOf, width);
    if (i.summary() != null) {
      b.append('\n').append(Text.block(i.summary(), width, 2));
    }
    if (i.note() != null) {
      b.append('\n').append(Text.block("Note: " + i.note(), width, 2));
    }
    b.append(classification);

    if (!r.people().isEmpty()) {
      b.append("\nPeople and roles (").append(r.people().size()).append(")\n");
      TextTable t = new TextTable(List.of("Name", "Role", "Harm", "Note"));
      for (Involvement p : r.people()) {
        t.add(
            List.of(
                p.name(),
                p.role().label(),
                p.harm() == org.setsafe.model.Harm.NONE ? "" : p.harm().code(),
                p.note() == null ? "" : p.note()));
      }
      indent(b, t.render(width - 2));
      for (Involvement p : r.people()) {
        String facts = injury(p.injury());
        if (!facts.isEmpty()) {
          b.append(Text.block(p.name() + ": " + facts, width, 2));
        }
      }
    }

    List<CheckResult> failed = r.failedChecks();
    b.append("\nFailed checks (").append(failed.size()).append(")\n");
    if (failed.isEmpty()) {
      b.append(
          r.checks().isEmpty() ? "  No checks were assessed for this incident.\n" : "  None.\n");
    }
    for (CheckResult c : failed) {
      ProtocolCheck pc = catalog.check(c.checkId()).orElse(null);
      String head = c.checkId() + " — " + (pc == null ? "(not in the protocols)" : pc.title());
      String tags = tags(c);
      b.append("  ").append(head).append(tags.isEmpty() ? "" : "  [" + tags + "]").append('\n');
      if (pc != null) {
        b.append(Text.block("Rule: " + pc.rule(), width, 6));
      }
      if (c.evidence() != null) {
        b.append(Text.block("What happened: " + c.evidence(), width, 6));
      }
    }
    Map<CheckStatus, List<CheckResult>> others = new TreeMap<>();
    for (CheckResult c : r.checks()) {
      if (!c.status().failure()) {
        others.computeIfAbsent(c.status(), k -> new java.util.ArrayList<>()).add(c);
      }
    }
    for (Map.Entry<CheckStatus, List<CheckResult>> e : others.entrySet()) {
      b.append("\nChecks ")
          .append(e.getKey().label().toLowerCase(Locale.ROOT))
          .append(" (")
          .append(e.getValue().size())
          .append(")\n");
      for (CheckResult c : e.getValue()) {
        b.append("  ")
            .append(c.checkId())
            .append(" — ")
            .append(catalog.title(c.checkId()))
            .append('\n');
        if (c.evidence() != null) {
          b.append(Text.block(c.evidence(), width, 6));
        }
      }
    }

    b.append("\nOutcomes (").append(r.outcomes().size()).append(")\n");
    if (r.outcomes().isEmpty()) {
      b.append("  None recorded.\n");
    }
    for (LegalOutcome o : sorted(r.outcomes())) {
      b.append(Text.block(OutcomeSentence.of(o), width, 4).replaceFirst("^    ", "  - "));
      if (o.sentence() != null) {
        b.append(Text.block("Sentence: " + o.sentence(), width, 6));
      }
      if (o.note() != null) {
        b.append(Text.block("Note: " + o.note(), width, 6));
      }
    }

    b.append(ActionsText.followUp(r.followUp(day), r.actions(), width));

    b.append("\nSources (").append(r.sources().size()).append(")\n");
    for (Source s : r.sources()) {
      source(b, s, width);
    }
    return b.toString();
  }

  /**
   * Which source supports each outcome, each check and each action: the source whose address is the
   * row's {@code source_url}, marked when it is a weak source, then the sources the incident lists
   * that no row cites.
   *
   * @param recordAsOf as for {@link #render(IncidentRecord, ProtocolCatalog, int, LocalDate,
   *     LocalDate, String)}
   * @param weakness why a source address is a weak source, or empty when it is not
   */
  public static String sources(
      IncidentRecord r,
      ProtocolCatalog catalog,
      int width,
      LocalDate recordAsOf,
      Function<String, Optional<String>> weakness) {
    Incident i = r.incident();
    StringBuilder b = new StringBuilder();
    heading(b, i, width);
    asOf(b, recordAsOf, width);
    Map<String, Source> byUrl = new LinkedHashMap<>();
    for (Source s : r.sources()) {
      if (s.url() != null) {
        byUrl.putIfAbsent(s.url(), s);
      }
    }
    long weakOutcomes =
        r.outcomes().stream()
            .filter(o -> o.sourceUrl() != null && weakness.apply(o.sourceUrl()).isPresent())
            .count();
    field(
        b,
        "Weak sources",
        weakOutcomes == 0
            ? "no outcome rests on a weak source"
            : weakOutcomes
                + " of "
                + r.outcomes().size()
                + " outcome(s) rest on a weak source alone (marked 'Weak source' below)",
        width);
    Set<String> cited = new HashSet<>();

    b.append("\nOutcomes and their sources (").append(r.outcomes().size()).append(")\n");
    if (r.outcomes().isEmpty()) {
      b.append("  None recorded.\n");
    }
    for (LegalOutcome o : sorted(r.outcomes())) {
      b.append(Text.block(OutcomeSentence.of(o), width, 4).replaceFirst("^    ", "  - "));
      support(b, o.sourceUrl(), byUrl, cited, weakness, width);
    }

    b.append("\nChecks and their sources (").append(r.checks().size()).append(")\n");
    if (r.checks().isEmpty()) {
      b.append("  No checks were assessed for this incident.\n");
    }
    for (CheckResult c : r.checks()) {
      String line =
          c.checkId()
              + " — "
              + catalog.title(c.checkId())
              + ": "
              + c.status().label().toLowerCase(Locale.ROOT)
              + " ["
              + (c.responsibleRole() == null
                  ? ""
                  : c.responsibleRole().label().toLowerCase(Locale.ROOT) + "; ")
              + c.confidence().code()
              + "]";
      b.append(Text.block(line, width, 4).replaceFirst("^    ", "  - "));
      support(b, c.sourceUrl(), byUrl, cited, weakness, width);
    }

    if (!r.actions().isEmpty()) {
      b.append("\nActions and their sources (").append(r.actions().size()).append(")\n");
      for (CorrectiveAction a : r.actions()) {
        b.append(
            Text.block(a.actionId() + " " + a.action() + " [" + a.status().code() + "]", width, 4)
                .replaceFirst("^    ", "  - "));
        support(b, a.sourceUrl(), byUrl, cited, weakness, width);
      }
    }

    List<Source> uncited =
        r.sources().stream().filter(s -> s.url() == null || !cited.contains(s.url())).toList();
    b.append(
            r.actions().isEmpty()
                ? "\nOther sources for this incident, cited by no outcome or check ("
                : "\nOther sources for this incident, cited by no outcome, check or action (")
        .append(uncited.size())
        .append(")\n");
    for (Source s : uncited) {
      source(b, s, width);
    }
    return b.toString();
  }

  private static void support(
      StringBuilder b,
      String url,
      Map<String, Source> byUrl,
      Set<String> cited,
      Function<String, Optional<String>> weakness,
      int width) {
    if (url == null) {
      b.append("      Source: none recorded\n");
      return;
    }
    Source s = byUrl.get(url);
    if (s == null) {
      b.append(Text.block("Source: " + url + " (not among this incident's sources)", width, 6));
      return;
    }
    cited.add(url);
    b.append(Text.block("Source: " + describe(s), width, 6));
    b.append("        ").append(url).append('\n');
    weakness.apply(url).ifPresent(w -> b.append(Text.block("Weak source: " + w, width, 8)));
  }

  private static void source(StringBuilder b, Source s, int width) {
    b.append(Text.block(describe(s), width, 4).replaceFirst("^    ", "  - "));
    if (s.url() != null) {
      b.append("    ").append(s.url()).append('\n');
    }
  }

  /** {@code title, publisher, date [kind]}. */
  static String describe(Source s) {
    return s.title()
        + (s.publisher() == null ? "" : ", " + s.publisher())
        + (s.publishedOn() == null ? "" : ", " + s.publishedOn())
        + (s.kind() == null ? "" : " [" + s.kind().code() + "]");
  }

  private static void heading(StringBuilder b, Incident i, int width) {
    b.append(i.id()).append(": ").append(i.title()).append('\n');
    b.append("=".repeat(Math.min(width, i.id().length() + 2 + i.title().length()))).append('\n');
  }

  private static void asOf(StringBuilder b, LocalDate asOf, int width) {
    if (asOf != null) {
      field(
          b,
          "Record as of",
          asOf + " (reference data, checked to this date; later events are not recorded)",
          width);
    }
  }

  private static List<LegalOutcome> sorted(List<LegalOutcome> outcomes) {
    return outcomes.stream()
        .sorted(
            Comparator.comparing(LegalOutcome::kind)
                .thenComparing(
                    o -> o.decidedOn() != null ? o.decidedOn() : o.filedOn(),
                    Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  private static String tags(CheckResult c) {
    String parts =
        java.util.stream.Stream.of(
                c.status() == CheckStatus.NOT_PERFORMED ? "not performed" : null,
                c.responsibleRole() == null
                    ? null
                    : c.responsibleRole().label().toLowerCase(Locale.ROOT),
                c.confidence() == Confidence.REPORTED ? null : c.confidence().code())
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.joining("; "));
    return parts;
  }

  private static void field(StringBuilder b, String name, String value, int width) {
    if (value == null || value.isBlank()) {
      return;
    }
    List<String> lines = Text.wrap(value, Math.max(20, width - 14));
    b.append(Text.pad(name, 12)).append("  ").append(lines.get(0)).append('\n');
    for (int k = 1; k < lines.size(); k++) {
      b.append(" ".repeat(14)).append(lines.get(k)).append('\n');
    }
  }

  private static String join(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + " " + b;
  }

  private static void indent(StringBuilder b, String text) {
    for (String l : text.split("\n")) {
      b.append("  ").append(l).append('\n');
    }
  }

  /** What the log records of a person's injury, in words; empty when nothing. */
  static String injury(org.setsafe.model.Injury f) {
    List<String> parts = new java.util.ArrayList<>();
    if (f.treatment() != null) {
      parts.add(f.treatment().label().toLowerCase(java.util.Locale.ROOT));
    }
    if (f.daysAway() != null && f.daysAway() > 0) {
      parts.add(f.daysAway() + " days away");
    }
    if (f.daysRestricted() != null && f.daysRestricted() > 0) {
      parts.add(f.daysRestricted() + " days restricted");
    }
    if (Boolean.TRUE.equals(f.lostConsciousness())) {
      parts.add("lost consciousness");
    }
    if (f.nature() != null) {
      parts.add(f.nature() + (f.bodyPart() == null ? "" : " (" + f.bodyPart() + ")"));
    } else if (f.bodyPart() != null) {
      parts.add(f.bodyPart());
    }
    if (f.caseType() != null && f.caseType().illness()) {
      parts.add(f.caseType().label().toLowerCase(java.util.Locale.ROOT));
    }
    if (f.jobTitle() != null || f.employer() != null) {
      parts.add(
          (f.jobTitle() == null ? "" : f.jobTitle())
              + (f.jobTitle() != null && f.employer() != null ? ", " : "")
              + (f.employer() == null ? "" : f.employer()));
    }
    if (Boolean.TRUE.equals(f.privacyCase())) {
      parts.add("privacy case");
    }
    if (f.reportedAt() != null || f.reportedTo() != null) {
      parts.add(
          "reported"
              + (f.reportedAt() == null
                  ? ""
                  : " " + f.reportedAt().toLocalDate() + " " + f.reportedAt().toLocalTime())
              + (f.reportedTo() == null ? "" : " to " + f.reportedTo()));
    }
    return String.join("; ", parts);
  }
}
