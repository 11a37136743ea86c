package org.setsafe.data;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.setsafe.model.SourceKind;
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
        "a basis marked verbatim quotes words found in its source excerpt, kept beside it"),
    CLAIM_IS_ALLEGED(
        "a check resting on a lawsuit's claim (its evidence says so, or it cites a party's filing or"
            + " a report of a suit being brought) is alleged, whatever the publisher"),
    FINDING_CITES_OFFICIAL(
        "a protocol basis marked as a regulator's finding cites a court, regulator or investigator"
            + " source listed in sources.csv"),
    DESCRIPTION_AGREES_WITH_BASES(
        "a protocol's description claims no confirmed or verbatim wording that the bases of the"
            + " checks it names do not give"),
    SHARES_ADD_UP(
        "fault shares in an outcome's note add up to 100% and each names a party of the outcome or"
            + " a person of the incident"),
    LATER_EVENTS_REFLECTED(
        "an outcome that a known later event concerns cites a source dated on or after the event;"
            + " each event concerns an outcome and cites a source listed for its incident"),
    WEAK_SOURCE_MARKED(
        "a fact resting on a weak source says 'weak source' in its note or evidence, and a check"
            + " resting on one is not confirmed");

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
    DatasetDescription about = DatasetDescription.read(dataset.resolve(BundledData.DATASET_FILE));
    for (IncidentRecord rec : d.records()) {
      r.sources(rec);
      r.sentences(rec);
      r.dates(rec, about.asOf());
      r.names(rec);
      r.claims(rec);
      r.shares(rec);
      r.weak(rec, about);
    }
    r.laterEvents(d, about);
    ProtocolCatalog catalog = ProtocolCatalog.load(protocols);
    r.verbatim(catalog);
    r.findings(catalog, d);
    r.descriptions(catalog);
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
        String run = m.group().replaceAll("['’]s\\b", "");
        // a person named in full within the run (Zong Yu Liu) is not a misspelling of another (Kun
        // Liu)
        List<String> named = people.stream().filter(run::contains).toList();
        String[] words = run.split("\\s+");
        for (String person : people) {
          int n = person.split("\\s+").length;
          for (int i = 0; i + n <= words.length; i++) {
            String window = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
            // a sentence's full stop is not part of a name (but "Jr." keeps its own)
            int d = EditDistance.between(stop(window), stop(person));
            boolean inNamed = named.stream().anyMatch(x -> x.contains(stop(window)));
            if (d > 0
                && d <= 2
                && !inNamed
                && !people.contains(window)
                && !people.contains(stop(window))) {
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

  /** Words by which a check's evidence gives a lawsuit's claim as its ground. */
  private static final Pattern SUIT_CLAIM =
      Pattern.compile(
          "(?i)\\b(suit|suits|lawsuit|complaint|plaintiffs?)\\b[^.;]*?\\b(claim\\w*|alleg\\w*|contend\\w*)"
              + "|\\b(claim\\w*|alleg\\w*)\\b[^.;]*?\\b(suit|suits|lawsuit|complaint)\\b");

  /** A source title that reports a suit being brought ("sues", "suit filed", "files ... suit"). */
  private static final Pattern SUIT_TITLE =
      Pattern.compile(
          "(?i)\\b(sues?|sued|suing|seeks?)\\b|\\bsuit filed\\b|\\bfiles?\\b[^,;]{0,30}\\b(suit|lawsuit)\\b");

  private void claims(IncidentRecord rec) {
    Map<String, Source> listed = byUrl(rec.sources());
    for (CheckResult c : rec.checks()) {
      if (c.confidence() == Confidence.ALLEGED) {
        continue;
      }
      Source s = c.sourceUrl() == null ? null : listed.get(c.sourceUrl());
      String why = null;
      if (c.evidence() != null && SUIT_CLAIM.matcher(c.evidence()).find()) {
        why = "its evidence gives a lawsuit's claim as its ground";
      } else if (s != null && s.kind() == SourceKind.FILING) {
        why = "it cites a party's filing, '" + s.title() + "'";
      } else if (s != null && SUIT_TITLE.matcher(s.title()).find()) {
        why = "it cites '" + s.title() + "', a report of a suit being brought";
      }
      if (why != null) {
        add(
            Rule.CLAIM_IS_ALLEGED,
            rec.id() + " check " + c.checkId(),
            "is " + c.confidence().code() + ", but " + why);
      }
    }
  }

  private static Map<String, Source> byUrl(List<Source> sources) {
    Map<String, Source> m = new HashMap<>();
    for (Source s : sources) {
      if (s.url() != null) {
        m.putIfAbsent(s.url(), s);
      }
    }
    return m;
  }

  /** A note's list of fault shares: {@code Fault: CSX 35%, Miller 28%, ...}. */
  private static final Pattern FAULT =
      Pattern.compile("(?i)\\bfault\\b[^:;.]*:\\s*(.*?)(?:[;)]|\\.(?:\\s|$)|$)");

  private static final Pattern SHARE =
      Pattern.compile("^\\s*(.+?)\\s+(\\d+(?:\\.\\d+)?)\\s*%\\s*$");

  private void shares(IncidentRecord rec) {
    Set<String> known = new HashSet<>();
    for (Involvement p : rec.people()) {
      known.addAll(nameWords(p.name()));
    }
    for (LegalOutcome o : rec.outcomes()) {
      if (o.note() == null) {
        continue;
      }
      Matcher m = FAULT.matcher(o.note());
      if (!m.find()) {
        continue;
      }
      String where = rec.id() + " outcome '" + o.party() + "'";
      Set<String> parties = new HashSet<>(nameWords(o.party()));
      double total = 0;
      for (String item : m.group(1).replaceAll("\\.\\s*$", "").split(",")) {
        Matcher share = SHARE.matcher(item);
        if (!share.matches()) {
          add(Rule.SHARES_ADD_UP, where, "'" + item.strip() + "' is not a name and a share");
          continue;
        }
        total += Double.parseDouble(share.group(2));
        for (String w : nameWords(share.group(1))) {
          if (!parties.contains(w) && !known.contains(w)) {
            add(
                Rule.SHARES_ADD_UP,
                where,
                "'"
                    + share.group(1)
                    + "' has a share but is neither a party of the outcome nor a person of the"
                    + " incident");
            break;
          }
        }
      }
      if (Math.abs(total - 100) > 0.5) {
        add(Rule.SHARES_ADD_UP, where, "the fault shares add up to " + total + "%, not 100%");
      }
    }
  }

  private static List<String> nameWords(String text) {
    return Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }

  private void weak(IncidentRecord rec, DatasetDescription about) {
    for (LegalOutcome o : rec.outcomes()) {
      Optional<String> w = about.weakness(o.sourceUrl());
      if (w.isPresent() && !marked(o.note())) {
        add(
            Rule.WEAK_SOURCE_MARKED,
            rec.id() + " outcome '" + o.party() + "'",
            "rests on " + w.get() + ", and its note does not say it rests on a weak source");
      }
    }
    for (CheckResult c : rec.checks()) {
      Optional<String> w = about.weakness(c.sourceUrl());
      if (w.isPresent() && (!marked(c.evidence()) || c.confidence() == Confidence.CONFIRMED)) {
        add(
            Rule.WEAK_SOURCE_MARKED,
            rec.id() + " check " + c.checkId(),
            "rests on "
                + w.get()
                + (c.confidence() == Confidence.CONFIRMED
                    ? ", yet is confirmed"
                    : ", and its evidence does not say it rests on a weak source"));
      }
    }
    for (CorrectiveAction a : rec.actions()) {
      Optional<String> w = about.weakness(a.sourceUrl());
      if (w.isPresent() && !marked(a.note())) {
        add(
            Rule.WEAK_SOURCE_MARKED,
            rec.id() + " action " + a.actionId(),
            "rests on " + w.get() + ", and its note does not say it rests on a weak source");
      }
    }
  }

  private static boolean marked(String text) {
    return text != null && text.toLowerCase(Locale.ROOT).contains("weak source");
  }

  private void laterEvents(Dataset d, DatasetDescription about) {
    for (DatasetDescription.LaterEvent e : about.laterEvents()) {
      String where = e.incidentId() + " later event '" + e.event() + "'";
      IncidentRecord rec = d.get(e.incidentId()).orElse(null);
      if (rec == null) {
        add(Rule.LATER_EVENTS_REFLECTED, where, "no such incident");
        continue;
      }
      Map<String, Source> listed = byUrl(rec.sources());
      if (!listed.containsKey(e.sourceUrl())) {
        add(
            Rule.LATER_EVENTS_REFLECTED,
            where,
            e.sourceUrl() + " is not in sources.csv for " + rec.id());
      }
      PartialDate on = PartialDate.parse(e.on());
      List<LegalOutcome> concerned =
          rec.outcomes().stream().filter(o -> e.concerns(rec.id(), o.party(), o.action())).toList();
      if (concerned.isEmpty()) {
        add(
            Rule.LATER_EVENTS_REFLECTED,
            where,
            "no outcome's party or action contains '" + e.outcome() + "'");
      }
      for (LegalOutcome o : concerned) {
        Source s = o.sourceUrl() == null ? null : listed.get(o.sourceUrl());
        String what = rec.id() + " outcome '" + o.party() + "' (" + o.action() + ")";
        if (s == null || s.publishedOn() == null) {
          add(
              Rule.LATER_EVENTS_REFLECTED,
              what,
              "cites a source with no date, so nothing shows it knows of the later event "
                  + e.on()
                  + " ("
                  + e.event()
                  + ")");
        } else if (s.publishedOn().lastDay().isBefore(on.firstDay())) {
          add(
              Rule.LATER_EVENTS_REFLECTED,
              what,
              "is recorded as "
                  + o.disposition().code()
                  + " on a source of "
                  + s.publishedOn()
                  + ", before the later event "
                  + e.on()
                  + " ("
                  + e.event()
                  + ")");
        }
      }
    }
  }

  private void findings(ProtocolCatalog catalog, Dataset d) {
    Map<String, List<SourceKind>> kinds = new HashMap<>();
    for (IncidentRecord rec : d.records()) {
      for (Source s : rec.sources()) {
        if (s.url() != null) {
          kinds.computeIfAbsent(s.url(), k -> new ArrayList<>()).add(s.kind());
        }
      }
    }
    for (ProtocolCheck c : catalog.checks()) {
      for (Basis b : c.basis()) {
        if (b.kind() != BasisKind.REGULATOR_FINDING) {
          continue;
        }
        String where = c.protocolId() + ".json " + c.id();
        List<SourceKind> k = b.url() == null ? null : kinds.get(b.url());
        if (b.url() == null) {
          add(Rule.FINDING_CITES_OFFICIAL, where, "a finding that cites no source");
        } else if (k == null) {
          add(
              Rule.FINDING_CITES_OFFICIAL,
              where,
              "a finding citing "
                  + b.url()
                  + ", which sources.csv does not list, so who published it is not recorded");
        } else if (k.stream().noneMatch(x -> x != null && x.official())) {
          add(
              Rule.FINDING_CITES_OFFICIAL,
              where,
              "a finding citing "
                  + b.url()
                  + ", a "
                  + k.get(0).code()
                  + " source: a press report of a finding is 'reported'");
        }
      }
    }
  }

  /** Words that make a claim of confirmed wording a denial. */
  private static final Pattern NEGATION =
      Pattern.compile("(?i)\\b(not|no|none|neither|nor|never|unconfirmed|cannot)\\b");

  private static final Pattern WORDING_CLAIM =
      Pattern.compile("(?i)\\b(confirmed|verbatim|word for word)\\b");

  private static final Pattern ABOUT_WORDING =
      Pattern.compile("(?i)\\b(text|wording|words|clauses?|rules?|quoted)\\b");

  private static final Pattern BULLETIN_NUMBER = Pattern.compile("#\\d+[A-Z]?");

  private static final Set<String> STOP =
      Set.of(
          "no", "never", "the", "a", "an", "of", "and", "to", "in", "at", "off", "every", "as",
          "is", "are", "be", "for", "with", "from", "by", "on", "its", "their");

  /**
   * A protocol's description may say which of its rules are confirmed bulletin wording: each such
   * claim must agree with the bases of the checks it names (by the first two words of their titles
   * that are not little words), and with the bulletin number it gives.
   */
  private void descriptions(ProtocolCatalog catalog) {
    for (org.setsafe.protocol.Protocol p : catalog.protocols()) {
      List<ProtocolCheck> verbatim =
          p.checks().stream().filter(ProtocolCheck::confirmedBulletinText).toList();
      for (String clause : p.description().split("(?<=[.;])\\s+")) {
        if (!WORDING_CLAIM.matcher(clause).find()
            || !ABOUT_WORDING.matcher(clause).find()
            || clause.toLowerCase(Locale.ROOT).matches(".*\\btitles?\\b.*")
            || NEGATION.matcher(clause).find()) {
          continue;
        }
        String where = p.id() + ".json description";
        if (verbatim.isEmpty()) {
          add(
              Rule.DESCRIPTION_AGREES_WITH_BASES,
              where,
              "claims confirmed wording ('"
                  + clause.strip()
                  + "'), but no check has a verbatim basis");
        }
        String words = " " + String.join(" ", significant(clause)) + " ";
        for (ProtocolCheck c : catalog.checks()) {
          List<String> key = significant(c.title());
          if (key.size() < 2 || c.confirmedBulletinText()) {
            continue;
          }
          if (words.contains(" " + key.get(0) + " " + key.get(1) + " ")) {
            add(
                Rule.DESCRIPTION_AGREES_WITH_BASES,
                where,
                "claims confirmed wording for "
                    + c.id()
                    + " ('"
                    + c.title()
                    + "'), whose bases are "
                    + c.basis().stream().map(b -> b.kind().code()).distinct().toList());
          }
        }
        Matcher number = BULLETIN_NUMBER.matcher(clause);
        while (number.find()) {
          for (ProtocolCheck c : verbatim) {
            for (Basis b : c.basis()) {
              if (b.kind() == BasisKind.BULLETIN_VERBATIM && !b.text().contains(number.group())) {
                add(
                    Rule.DESCRIPTION_AGREES_WITH_BASES,
                    where,
                    "claims confirmed Bulletin "
                        + number.group()
                        + " wording, but the verbatim basis of "
                        + c.id()
                        + " does not attribute its words to Bulletin "
                        + number.group());
              }
            }
          }
        }
      }
    }
  }

  private static List<String> significant(String text) {
    return Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}#]+"))
        .filter(w -> !w.isEmpty() && !STOP.contains(w))
        .toList();
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
