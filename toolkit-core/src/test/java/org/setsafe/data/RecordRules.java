package org.setsafe.data;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.CheckResult;
import org.setsafe.model.Confidence;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.Dataset;
import org.setsafe.model.EditDistance;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Involvement;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Source;
import org.setsafe.protocol.Basis;
import org.setsafe.protocol.BasisKind;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;
import org.setsafe.read.Diagnostic;
import org.setsafe.read.Diagnostics;

/**
 * The rules the reference record is held to, checked on a dataset folder, its {@code dataset.json}
 * and a protocols folder. Each broken rule is one {@link Violation}; a record that keeps every rule
 * gives none.
 */
final class RecordRules {
  /** The rules, each with what it asks of the record. */
  enum Rule {
    READABLE("every row reads without an error"),
    SOURCE_LISTED(
        "every outcome, and every check that cites one, cites a source_url listed in sources.csv"
            + " for its incident; a confirmed check must cite one"),
    CONFIRMED_NEEDS_OFFICIAL_SOURCE(
        "a confirmed check rests on a court, regulator or official investigator source"),
    CONVICTION_HAS_VERDICT_DATE("a conviction (verdict or plea) has its decided_on date"),
    SENTENCE_HAS_SENTENCING_DATE(
        "a sentence imposed has a sentenced_on date, not before the verdict or plea"),
    NOTHING_AFTER_AS_OF("no recorded date is after the dataset's as-of date"),
    NAMES_SPELLED_ALIKE(
        "a person's name is spelled the same in people, outcomes and notes of an incident"),
    VERBATIM_QUOTE_IN_EXCERPT(
        "a basis marked verbatim quotes words found in its source excerpt, kept beside it");

    final String description;

    Rule(String description) {
      this.description = description;
    }
  }

  record Violation(Rule rule, String where, String message) {
    @Override
    public String toString() {
      return rule + " " + where + ": " + message;
    }
  }

  private final List<Violation> found = new ArrayList<>();

  private RecordRules() {}

  /** Every rule broken by the dataset in {@code dataset} and the protocols in {@code protocols}. */
  static List<Violation> check(Path dataset, Path protocols) {
    RecordRules r = new RecordRules();
    Dataset d = r.read(dataset);
    LocalDate asOf = BundledData.asOf(dataset.resolve(BundledData.DATASET_FILE));
    for (IncidentRecord rec : d.records()) {
      r.sources(rec);
      r.sentences(rec);
      r.dates(rec, asOf);
      r.names(rec);
    }
    r.verbatim(ProtocolCatalog.load(protocols));
    return List.copyOf(r.found);
  }

  private void add(Rule rule, String where, String message) {
    found.add(new Violation(rule, where, message));
  }

  private Dataset read(Path folder) {
    Diagnostics problems = new Diagnostics();
    Dataset d = new Dataset();
    new Ingest().read(List.of(folder), problems, d::add);
    for (Diagnostic p : problems.list()) {
      // the model refuses a sentence dated before its verdict, so that rule shows as a read error
      Rule rule =
          "sentenced_on".equals(p.columnName()) ? Rule.SENTENCE_HAS_SENTENCING_DATE : Rule.READABLE;
      add(rule, p.location(), p.message());
    }
    return d;
  }

  private void sources(IncidentRecord rec) {
    Map<String, Source> listed = new HashMap<>();
    for (Source s : rec.sources()) {
      if (s.url() != null) {
        listed.put(s.url(), s);
      }
    }
    for (LegalOutcome o : rec.outcomes()) {
      String where = rec.id() + " outcome '" + o.party() + "'";
      if (o.sourceUrl() == null) {
        add(Rule.SOURCE_LISTED, where, "cites no source_url");
      } else if (!listed.containsKey(o.sourceUrl())) {
        add(Rule.SOURCE_LISTED, where, o.sourceUrl() + " is not in sources.csv for " + rec.id());
      }
    }
    for (CheckResult c : rec.checks()) {
      String where = rec.id() + " check " + c.checkId();
      boolean confirmed = c.confidence() == Confidence.CONFIRMED;
      if (c.sourceUrl() == null) {
        if (confirmed) {
          add(Rule.SOURCE_LISTED, where, "is confirmed but cites no source_url");
        }
        continue;
      }
      Source s = listed.get(c.sourceUrl());
      if (s == null) {
        add(Rule.SOURCE_LISTED, where, c.sourceUrl() + " is not in sources.csv for " + rec.id());
      } else if (confirmed && (s.kind() == null || !s.kind().official())) {
        add(
            Rule.CONFIRMED_NEEDS_OFFICIAL_SOURCE,
            where,
            "is confirmed on '"
                + s.title()
                + "', a "
                + (s.kind() == null ? "source of no recorded kind" : s.kind().code() + " source"));
      }
    }
  }

  private void sentences(IncidentRecord rec) {
    for (LegalOutcome o : rec.outcomes()) {
      String where = rec.id() + " outcome '" + o.party() + "' (" + o.action() + ")";
      if (o.disposition().conviction() && o.decidedOn() == null) {
        add(
            Rule.CONVICTION_HAS_VERDICT_DATE,
            where,
            o.disposition().code() + " without a decided_on date");
      }
      boolean sentenced = o.sentenceMonths() != null || o.sentence() != null;
      if (sentenced && o.sentencedOn() == null) {
        add(Rule.SENTENCE_HAS_SENTENCING_DATE, where, "a sentence without a sentenced_on date");
      }
    }
  }

  private void dates(IncidentRecord rec, LocalDate asOf) {
    List<Map.Entry<String, PartialDate>> dates = new ArrayList<>();
    dates.add(Map.entry("date", rec.incident().date()));
    for (LegalOutcome o : rec.outcomes()) {
      String who = "outcome '" + o.party() + "' ";
      dates.add(entry(who + "filed_on", o.filedOn()));
      dates.add(entry(who + "decided_on", o.decidedOn()));
      dates.add(entry(who + "sentenced_on", o.sentencedOn()));
    }
    for (Source s : rec.sources()) {
      dates.add(entry("source '" + s.title() + "' published_on", s.publishedOn()));
    }
    for (CorrectiveAction a : rec.actions()) {
      dates.add(entry("action " + a.actionId() + " raised_on", a.raisedOn()));
      dates.add(entry("action " + a.actionId() + " closed_on", a.closedOn()));
    }
    for (Map.Entry<String, PartialDate> e : dates) {
      if (e.getValue() != null && e.getValue().firstDay().isAfter(asOf)) {
        add(
            Rule.NOTHING_AFTER_AS_OF,
            rec.id() + " " + e.getKey(),
            e.getValue() + " is after the as-of date " + asOf);
      }
    }
  }

  private static Map.Entry<String, PartialDate> entry(String what, PartialDate d) {
    return new java.util.AbstractMap.SimpleEntry<>(what, d);
  }

  /** Capitalised words in a row, as names are written: {@code Monty Simons}, {@code Jr.}. */
  private static final Pattern NAME_RUN =
      Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)+");

  /**
   * A name in the incident's text that differs by one or two letters from a person's name in
   * people.csv is the same person misspelled ({@code Marty Simons} beside {@code Monty Simons}).
   */
  private void names(IncidentRecord rec) {
    List<String> people = new ArrayList<>();
    for (Involvement p : rec.people()) {
      String name = p.name().replaceAll("\\s*\\(.*$", "").strip();
      if (name.contains(" ")) {
        people.add(name);
      }
    }
    List<Map.Entry<String, String>> texts = new ArrayList<>();
    texts.add(entry2("summary", rec.incident().summary()));
    texts.add(entry2("note", rec.incident().note()));
    for (Involvement p : rec.people()) {
      texts.add(entry2("people '" + p.name() + "'", p.name() + ". " + nz(p.note())));
    }
    for (LegalOutcome o : rec.outcomes()) {
      texts.add(
          entry2(
              "outcome '" + o.party() + "'",
              String.join(". ", o.party(), nz(o.action()), nz(o.sentence()), nz(o.note()))));
    }
    for (CheckResult c : rec.checks()) {
      texts.add(entry2("check " + c.checkId(), c.evidence()));
    }
    for (Map.Entry<String, String> t : texts) {
      if (t.getValue() == null) {
        continue;
      }
      Matcher m = NAME_RUN.matcher(t.getValue());
      while (m.find()) {
        String[] words = m.group().replaceAll("['’]s\\b", "").split("\\s+");
        for (String person : people) {
          int n = person.split("\\s+").length;
          for (int i = 0; i + n <= words.length; i++) {
            String window = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
            // a sentence's full stop is not part of a name (but "Jr." keeps its own)
            int d = EditDistance.between(stop(window), stop(person));
            if (d > 0 && d <= 2 && !people.contains(window) && !people.contains(stop(window))) {
              add(
                  Rule.NAMES_SPELLED_ALIKE,
                  rec.id() + " " + t.getKey(),
                  "'" + stop(window) + "' is spelled '" + person + "' in people.csv");
            }
          }
        }
      }
    }
  }

  private static Map.Entry<String, String> entry2(String where, String text) {
    return new java.util.AbstractMap.SimpleEntry<>(where, text);
  }

  private static String stop(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private void verbatim(ProtocolCatalog catalog) {
    for (ProtocolCheck c : catalog.checks()) {
      for (Basis b : c.basis()) {
        if (b.kind() != BasisKind.BULLETIN_VERBATIM) {
          continue;
        }
        String where = c.protocolId() + ".json " + c.id();
        if (b.quote() == null || b.excerpt() == null) {
          add(Rule.VERBATIM_QUOTE_IN_EXCERPT, where, "verbatim basis without quote and excerpt");
        } else if (!words(b.excerpt()).contains(words(b.quote()))) {
          add(
              Rule.VERBATIM_QUOTE_IN_EXCERPT,
              where,
              "'" + b.quote() + "' is not in the excerpt of " + b.url());
        } else if (!words(b.text()).contains(words(b.quote()))) {
          add(Rule.VERBATIM_QUOTE_IN_EXCERPT, where, "the basis text does not give its quote");
        }
      }
    }
  }

  /**
   * The words of a text, for comparing a quote with a transcript: case, punctuation and spacing set
   * aside ({@code you're} reads as {@code you re}, as transcripts write it).
   */
  static String words(String text) {
    return " "
        + Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            .filter(w -> !w.isEmpty())
            .reduce((x, y) -> x + " " + y)
            .orElse("")
        + " ";
  }
}
