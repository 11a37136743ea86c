package org.setsafe.redact;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.setsafe.ingest.IngestResult;
import org.setsafe.ingest.RecordSource;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Injury;
import org.setsafe.model.Involvement;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.PartialDate;
import org.setsafe.model.RedactionProfile;
import org.setsafe.model.RedactionProfile.Action;
import org.setsafe.model.RedactionProfile.TextPattern;
import org.setsafe.model.Role;
import org.setsafe.model.Source;
import org.setsafe.read.Diagnostic;
import org.setsafe.read.FileStats;
import org.setsafe.read.IngestListener;
import org.setsafe.read.RawRow;
import org.setsafe.redact.Ledger.Kind;

/**
 * Turns a production's records into redacted records, field by field as its {@link
 * RedactionProfile} says, before anything is counted, drawn or printed from them: so every output
 * made from the redacted records is redacted by construction. Built from the records it will redact
 * (first {@link Builder#learn} each, then {@link Builder#build}), so that free text is searched for
 * every name those records know. Counts what it changes in its {@link Ledger}; codes come from a
 * {@link RedactionKey}.
 *
 * <p>The historical record (the reference dataset) is public and sourced: it never goes through a
 * redactor.
 */
public final class Redactor {
  private final RedactionProfile profile;
  private final RedactionKey key;
  private final KnownNames names;
  private final Ledger ledger = new Ledger();
  private final Set<String> inputsCoded = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final SmallGroups groups;

  /** The period a report or a list asks for, or null: see {@link #window(Period)}. */
  private volatile org.setsafe.model.Period window;

  private Redactor(
      RedactionProfile profile, RedactionKey key, KnownNames names, SmallGroups groups) {
    this.profile = profile;
    this.key = key;
    this.names = names;
    this.groups = groups;
  }

  public static Builder builder(RedactionProfile profile, RedactionKey key) {
    return new Builder(profile, key);
  }

  /** A redactor built from {@code records}, which it learns all of first. */
  public static Redactor of(
      RedactionProfile profile, RedactionKey key, Iterable<IncidentRecord> records) {
    Builder b = builder(profile, key);
    records.forEach(b::learn);
    return b.build();
  }

  /** Learns the names of a production's records, then builds the redactor. */
  public static final class Builder {
    private final RedactionProfile profile;
    private final RedactionKey key;
    private final Set<String> departments = new HashSet<>();
    private final List<Object[]> people = new ArrayList<>();
    private final List<String> others = new ArrayList<>();
    private final List<String> organisations = new ArrayList<>();
    private final Set<String> productions = new HashSet<>();
    private final SmallGroups groups;
    private final java.util.Map<String, Incident> locations = new java.util.LinkedHashMap<>();
    private final List<String> places = new ArrayList<>();

    private Builder(RedactionProfile profile, RedactionKey key) {
      this.profile = profile;
      this.key = key;
      this.groups = new SmallGroups(profile.smallCell());
    }

    /** Notes every name {@code r} gives: its people, who reported, owners, parties, notes. */
    public Builder learn(IncidentRecord r) {
      Incident i = r.incident();
      groups.learn(r);
      if (i.department() != null) {
        for (KnownNames.Token t : KnownNames.Token.of(i.department())) {
          departments.add(t.key());
        }
      }
      productions.add(i.production());
      if (i.location() != null) {
        locations.putIfAbsent(i.location(), i);
      }
      others.add(i.reportedBy());
      labelled(i.note());
      for (Involvement p : r.people()) {
        people.add(new Object[] {p.name(), p.role(), p.injury().jobTitle()});
        labelled(p.note());
        organisations.add(p.injury().employer());
      }
      for (CorrectiveAction a : r.actions()) {
        people.add(new Object[] {a.owner(), a.ownerRole()});
        others.add(a.verifiedBy());
        labelled(a.note());
      }
      for (LegalOutcome o : r.outcomes()) {
        people.add(new Object[] {o.party(), o.partyRole()});
      }
      for (Source s : r.sources()) {
        organisations.add(s.publisher());
      }
      return this;
    }

    /** Names in note entries {@code Label: value} whose label says the value is a name. */
    private void labelled(String note) {
      if (note == null) {
        return;
      }
      for (String part : note.split(";")) {
        int colon = part.indexOf(':');
        if (colon <= 0) {
          continue;
        }
        String label = " " + KnownNames.key(part.substring(0, colon)) + " ";
        for (String l : profile.nameLabels()) {
          if (label.contains(" " + l + " ")) {
            others.add(part.substring(colon + 1).strip());
            break;
          }
        }
      }
    }

    /**
     * Notes an organisation's name that the records need not give (the establishment an OSHA log is
     * for): found in free text, it is replaced.
     */
    public Builder organisation(String name) {
      organisations.add(name);
      return this;
    }

    /** Notes a person's name that the records need not give (who signed an assessment). */
    public Builder person(String name) {
      others.add(name);
      return this;
    }

    /** Notes a place the records need not give (an assessed scene's location). */
    public Builder place(String location) {
      if (location != null && !location.isBlank()) {
        places.add(location);
      }
      return this;
    }

    /** Alias of {@link #learn} for streams. */
    public Consumer<IncidentRecord> learner() {
      return this::learn;
    }

    public Redactor build() {
      KnownNames n = new KnownNames(profile, departments);
      Redactor r = new Redactor(profile, key, n, groups);
      for (String p : productions) {
        n.addOrganisation(p, r.productionCode(p));
      }
      if (profile.action("incidents.location") == Action.REGION) {
        // a location written in free text (a title made from a template) becomes its region too
        locations.forEach((l, i) -> n.addPlace(l, r.region(l, i.jurisdiction())));
        places.forEach(l -> n.addPlace(l, r.region(l, null)));
      }
      for (Object[] p : people) {
        String title = p.length > 2 ? (String) p[2] : null;
        if (p[0] != null && title != null && n.isRole(title)) {
          n.addPerson((String) p[0], (Role) p[1], jobPhrase(title));
        } else if (p[0] != null) {
          n.addPerson((String) p[0], (Role) p[1]);
        }
      }
      for (String o : others) {
        if (o != null && !o.isBlank() && !n.knows(o)) {
          n.addPerson(o, null);
        }
      }
      for (String o : organisations) {
        if (o != null && !o.isBlank() && !n.isRole(o) && !n.knows(o)) {
          n.addOrganisation(o, profile.replacement());
        }
      }
      n.seal();
      return r;
    }
  }

  /**
   * The period the output asks for ({@code --month 2026-03}): an incident dated in it keeps a date
   * in it, so that it is counted in the period as its real date is. Its month (or, for a period of
   * days, its day) is then kept where the profile or the small-group rule would cut it: the period
   * tells as much. Counted in the ledger.
   */
  public Redactor window(org.setsafe.model.Period period) {
    this.window = period == null || (period.from() == null && period.to() == null) ? null : period;
    return this;
  }

  public RedactionProfile profile() {
    return profile;
  }

  public Ledger ledger() {
    return ledger;
  }

  public RedactionKey key() {
    return key;
  }

  /** A table count shown as {@code < N}: counted in the ledger. */
  public void smallCellShown() {
    ledger.add(Kind.SMALL_CELL);
  }

  /** A chart's bar under N left out: counted in the ledger. */
  public void smallBarLeftOut() {
    ledger.add(Kind.SMALL_BAR);
  }

  /** The stable code of a production ({@code P-3f2a1c}). */
  public String productionCode(String production) {
    return key.code("production", "P-", KnownNames.key(production), 6);
  }

  /** The code that stands for an input's name in redacted outputs ({@code input-7c01d2}). */
  public String inputName(String name) {
    if (name == null || name.startsWith("<")) {
      return name; // <stdin>, <reference>: setsafe's own names
    }
    // by the file's own name, so that a path and the name of one input get one code
    String file = name.replace('\\', '/');
    file = file.substring(file.lastIndexOf('/') + 1);
    if (inputsCoded.add(file)) {
      ledger.add(Kind.INPUT_CODED);
    }
    return key.code("input", "input-", file, 6);
  }

  /** Free text with every identifier pattern and every known name replaced. */
  public String text(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String t = text;
    long[] found = new long[1];
    for (TextPattern p : TextPattern.values()) {
      if (profile.patterns().contains(p)) {
        found[0] = 0;
        t = TextPatterns.replace(p, t, profile.replacement(), found);
        if (found[0] > 0) {
          ledger.add(Kind.valueOf(p.name()), found[0]);
        }
      }
    }
    long[] named = new long[2];
    t = names.replaceNames(t, named);
    if (named[0] > 0) {
      ledger.add(Kind.NAME_IN_TEXT, named[0]);
    }
    if (named[1] > 0) {
      ledger.add(Kind.PLACE_IN_TEXT, named[1]);
    }
    return t;
  }

  /**
   * A name given outside the records (who prepared a report): a role as it is, a known name as what
   * stands for it, any other name as the replacement; null stays null.
   */
  public String name(String value) {
    if (value == null || value.isBlank()) {
      return value;
    }
    if (names.isRole(value)) {
      return text(value);
    }
    String r = names.replacementFor(value);
    ledger.add(r.equals(profile.replacement()) ? Kind.NAME_REMOVED : Kind.NAME_TO_ROLE);
    return r;
  }

  /** The record with every field redacted as the profile says. */
  public IncidentRecord redact(IncidentRecord r) {
    Incident i = r.incident();
    String id = id(i.id());
    String note = text("incidents.note", i.note());
    LocalTime time = i.time();
    Action timeAction = profile.action("incidents.time");
    if (time != null && timeAction == Action.QUARTER_OF_DAY) {
      String q = "Time of day: " + quarter(time);
      note = note == null ? q : q + "; " + note;
      time = null;
      ledger.add(Kind.TIME_TO_QUARTER);
    } else if (time != null && timeAction == Action.REMOVE) {
      time = null;
      ledger.add(Kind.TIME_REMOVED);
    }
    PartialDate original = i.date();
    // an incident of the period asked for stays in it: its date is never cut past the period
    boolean inWindow = window != null && original != null && window.contains(original);
    PartialDate date = dateCut("incidents.date", original);
    if (inWindow && !window.contains(date)) {
      date = original; // a period of days: the month would leave it
      ledger.add(Kind.DATE_KEPT_FOR_PERIOD);
    } else {
      date = date("incidents.date", original);
    }
    String department = text("incidents.department", i.department());
    if (date != null && date.month() != null) {
      // an incident that its department, roles, month and severity single out
      SmallGroups.Step step = groups.step(r);
      PartialDate year = new PartialDate(date.year(), null, null);
      if (step != SmallGroups.Step.NONE && (!inWindow || window.contains(year))) {
        String q = "Quarter: " + SmallGroups.quarter(date);
        note = note == null ? q : q + "; " + note;
        date = year;
        ledger.add(Kind.MONTH_TO_QUARTER);
      } else if (step != SmallGroups.Step.NONE) {
        // the period asked for already tells its month (or more): its date stays in the period
        ledger.add(Kind.DATE_KEPT_FOR_PERIOD);
      }
      if (step == SmallGroups.Step.QUARTER_AND_NO_DEPARTMENT && department != null) {
        department = profile.replacement();
        ledger.add(Kind.DEPARTMENT_DROPPED);
      }
    }
    Incident ri =
        new Incident(
            id,
            required(text("incidents.title", i.title())),
            production(i.production()),
            date,
            time,
            location(i),
            department,
            text("incidents.jurisdiction", i.jurisdiction()),
            i.category(),
            i.activity(),
            i.severity(),
            i.fatalities(),
            i.injuries(),
            text("incidents.summary", i.summary()),
            name("incidents.reported_by", i.reportedBy(), null),
            note,
            i.highEnergy(),
            i.highEnergyIncident(),
            i.seriousInjury(),
            i.directControl());
    List<Involvement> people = new ArrayList<>();
    for (Involvement p : r.people()) {
      Injury j = p.injury();
      String name = person(p.name(), p.role(), j);
      String pnote = text("people.note", p.note());
      String reported = moment("people.reported_at", j.reportedAt());
      if (reported != null) {
        pnote = pnote == null ? "Reported: " + reported : "Reported: " + reported + "; " + pnote;
      }
      people.add(new Involvement(id, name, p.role(), p.harm(), pnote, injury(j)));
    }
    List<CheckResult> checks = new ArrayList<>();
    for (CheckResult c : r.checks()) {
      checks.add(
          new CheckResult(
              id,
              c.checkId(),
              c.status(),
              c.responsibleRole(),
              c.confidence(),
              text("checks.evidence", c.evidence()),
              link("checks.source_url", c.sourceUrl())));
    }
    List<LegalOutcome> outcomes = new ArrayList<>();
    for (LegalOutcome o : r.outcomes()) {
      outcomes.add(
          new LegalOutcome(
              id,
              required(name("outcomes.party", o.party(), o.partyRole())),
              o.partyRole(),
              o.kind(),
              text("outcomes.action", o.action()),
              date("outcomes.filed_on", o.filedOn()),
              o.disposition(),
              date("outcomes.decided_on", o.decidedOn()),
              date("outcomes.sentenced_on", o.sentencedOn()),
              o.sentenceMonths(),
              text("outcomes.sentence", o.sentence()),
              o.initialAmount(),
              o.amount(),
              o.currency(),
              text("outcomes.note", o.note()),
              link("outcomes.source_url", o.sourceUrl())));
    }
    List<Source> sources = new ArrayList<>();
    for (Source s : r.sources()) {
      sources.add(
          new Source(
              id,
              required(text("sources.title", s.title())),
              text("sources.publisher", s.publisher()),
              s.kind(),
              date("sources.published_on", s.publishedOn()),
              link("sources.url", s.url())));
    }
    List<CorrectiveAction> actions = new ArrayList<>();
    for (CorrectiveAction a : r.actions()) {
      actions.add(
          new CorrectiveAction(
              id,
              actionId(a.actionId()),
              required(text("actions.action", a.action())),
              a.kind(),
              name("actions.owner", a.owner(), a.ownerRole()),
              a.ownerRole(),
              date("actions.raised_on", a.raisedOn()),
              date("actions.due_on", a.dueOn()),
              a.status(),
              date("actions.closed_on", a.closedOn()),
              name("actions.verified_by", a.verifiedBy(), null),
              text("actions.note", a.note()),
              link("actions.source_url", a.sourceUrl())));
    }
    return new IncidentRecord(ri, people, checks, outcomes, sources, actions);
  }

  /** A record source whose records, input names and problems come out redacted. */
  public RecordSource source(RecordSource inner) {
    return (listener, sink) -> {
      IngestResult r =
          inner.read(
              listener(listener),
              name -> {
                Consumer<IncidentRecord> out = sink.apply(inputName(name));
                return rec -> out.accept(redact(rec));
              });
      List<FileStats> files = new ArrayList<>();
      for (FileStats f : r.files()) {
        files.add(f.renamed(inputName(f.file())));
      }
      return new IngestResult(files, r.errors(), r.warnings());
    };
  }

  /**
   * A listener that passes on every problem with the input's name coded and every value quoted from
   * the data withheld, and every rejected row with its raw text withheld.
   */
  public IngestListener listener(IngestListener inner) {
    return new IngestListener() {
      @Override
      public void report(Diagnostic d) {
        inner.report(diagnostic(d));
      }

      @Override
      public void rejected(String file, RawRow row, Diagnostic reason) {
        String[] values = new String[row.values().length];
        java.util.Arrays.fill(values, profile.replacement());
        ledger.add(Kind.ROW_WITHHELD);
        inner.rejected(
            inputName(file),
            new RawRow(row.line(), values, row.raw() == null ? null : "(withheld: redacted)"),
            diagnostic(reason));
      }
    };
  }

  private static final Pattern QUOTED =
      Pattern.compile("(?<=^|[\\s(:\\[=,])'(.*?)'(?=$|[\\s),;:.\\]])");

  /** A problem with its input coded and the values it quotes withheld (unless letterless). */
  public Diagnostic diagnostic(Diagnostic d) {
    Matcher m = QUOTED.matcher(d.message());
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String v = m.group(1);
      boolean letters = v.codePoints().anyMatch(Character::isLetter);
      if (letters) {
        ledger.add(Kind.VALUE_REMOVED);
      }
      m.appendReplacement(
          b, Matcher.quoteReplacement("'" + (letters ? profile.replacement() : v) + "'"));
    }
    m.appendTail(b);
    String message = text(b.toString());
    return new Diagnostic(
        inputName(d.file()),
        d.line(),
        d.column(),
        d.columnName() == null ? null : text(d.columnName()),
        message,
        d.level(),
        d.sheet() == null ? null : text(d.sheet()));
  }

  // ---- fields

  private String text(String field, String value) {
    if (value == null) {
      return null;
    }
    return switch (profile.action(field)) {
      case KEEP -> value;
      case REMOVE -> removed();
      default -> text(value);
    };
  }

  private String removed() {
    ledger.add(Kind.VALUE_REMOVED);
    return profile.replacement();
  }

  private String required(String value) {
    return value == null || value.isBlank() ? profile.replacement() : value;
  }

  /**
   * The name of a person involved: {@code privacy case} for a privacy concern case, as OSHA's log
   * writes it (29 CFR 1904.29(b)(7)); else as {@link #name(String, String, Role)}, a named person's
   * recorded job title ({@code a grip}) standing for them before their role's phrase.
   */
  public String person(String name, Role role, Injury injury) {
    if (name == null) {
      return null;
    }
    Action a = profile.action("people.name");
    if (a != Action.KEEP && injury != null && Boolean.TRUE.equals(injury.privacyCase())) {
      ledger.add(Kind.PRIVACY_CASE);
      return profile.privacyCase();
    }
    String title = injury == null ? null : injury.jobTitle();
    if (a == Action.ROLE && title != null && !names.isRole(name) && names.isRole(title)) {
      ledger.add(Kind.NAME_TO_ROLE);
      return jobPhrase(title);
    }
    return required(name("people.name", name, role));
  }

  /**
   * A date and time shown as the profile shows an incident's: its date cut as {@code
   * incidents.date} says ({@code 2026-03}), its time as {@code incidents.time} says ({@code
   * afternoon (12:00-17:59)}): for times worked out from an incident's (a report's deadline). Not
   * counted in the ledger: the incident's own date and time are.
   */
  public String when(java.time.LocalDateTime t) {
    if (t == null) {
      return null;
    }
    String day =
        switch (profile.action("incidents.date")) {
          case YEAR -> String.valueOf(t.getYear());
          case YEAR_MONTH -> java.time.YearMonth.from(t).toString();
          default -> t.toLocalDate().toString();
        };
    return switch (profile.action("incidents.time")) {
      case QUARTER_OF_DAY -> day + ", " + quarter(t.toLocalTime());
      case REMOVE -> day;
      default -> day + " " + t.toLocalTime().withSecond(0).withNano(0);
    };
  }

  /** A job title as the phrase that stands for a person: {@code a grip}, {@code an electrician}. */
  static String jobPhrase(String title) {
    String t = title.strip().toLowerCase(Locale.ROOT);
    return ("aeiou".indexOf(t.charAt(0)) >= 0 ? "an " : "a ") + t;
  }

  /**
   * What a person's injury records, its words scrubbed (body part, nature, job title, employer, to
   * whom it was reported, the words facts were inferred from) and when it was reported removed (the
   * redacted record's note keeps it coarsened); care, days and case type are kept.
   */
  public Injury injury(Injury j) {
    if (j == null || j.equals(Injury.NONE)) {
      return j;
    }
    List<Injury.Inferred> inferred = new ArrayList<>();
    for (Injury.Inferred i : j.inferred()) {
      inferred.add(new Injury.Inferred(i.field(), text(i.words())));
    }
    return new Injury(
        j.treatment(),
        j.daysAway(),
        j.daysRestricted(),
        j.lostConsciousness(),
        text("people.body_part", j.bodyPart()),
        text("people.nature", j.nature()),
        j.caseType(),
        text("people.job_title", j.jobTitle()),
        text("people.employer", j.employer()),
        j.privacyCase(),
        profile.action("people.reported_at") == Action.KEEP ? j.reportedAt() : null,
        text("people.reported_to", j.reportedTo()),
        inferred);
  }

  /**
   * A date and time, coarsened as the profile says for {@code field}: {@code 2026-03, afternoon
   * (12:00-17:59)} (year_month), {@code 2026} (year); null when there is none, when it is removed
   * or kept (a kept moment stays in its field).
   */
  public String moment(String field, java.time.LocalDateTime t) {
    if (t == null) {
      return null;
    }
    return switch (profile.action(field)) {
      case YEAR_MONTH -> {
        ledger.add(Kind.MOMENT_COARSENED);
        yield java.time.YearMonth.from(t) + ", " + quarter(t.toLocalTime());
      }
      case YEAR -> {
        ledger.add(Kind.MOMENT_COARSENED);
        yield String.valueOf(t.getYear());
      }
      case REMOVE -> {
        ledger.add(Kind.VALUE_REMOVED);
        yield null;
      }
      default -> null;
    };
  }

  /** A name field: a role as it is (its free text searched), a name as its role's phrase. */
  private String name(String field, String value, Role role) {
    if (value == null) {
      return null;
    }
    Action a = profile.action(field);
    if (a == Action.KEEP) {
      return value;
    }
    if (a == Action.REMOVE) {
      return removed();
    }
    if (names.isRole(value)) {
      return text(value);
    }
    String r =
        role != null && role != Role.OTHER ? profile.rolePhrase(role) : names.replacementFor(value);
    ledger.add(r.equals(profile.replacement()) ? Kind.NAME_REMOVED : Kind.NAME_TO_ROLE);
    return r;
  }

  private String production(String production) {
    return switch (profile.action("incidents.production")) {
      case KEEP -> production;
      case REMOVE -> removed();
      default -> {
        ledger.add(Kind.PRODUCTION_CODED);
        yield productionCode(production);
      }
    };
  }

  private String location(Incident i) {
    String l = i.location();
    if (l == null) {
      return null;
    }
    return switch (profile.action("incidents.location")) {
      case KEEP -> l;
      case REMOVE -> removed();
      case SCRUB -> text(l);
      default -> {
        ledger.add(Kind.LOCATION_TO_REGION);
        yield region(l, i.jurisdiction());
      }
    };
  }

  /**
   * A location given outside the records (an assessed scene's): as the profile says for an
   * incident's location, with no jurisdiction to fall back on.
   */
  public String place(String location) {
    if (location == null) {
      return null;
    }
    return switch (profile.action("incidents.location")) {
      case KEEP -> location;
      case REMOVE -> removed();
      case SCRUB -> text(location);
      default -> {
        ledger.add(Kind.LOCATION_TO_REGION);
        yield region(location, null);
      }
    };
  }

  /** A location's region: as the profile's regions say, else the jurisdiction, else ZZZ. */
  private String region(String location, String jurisdiction) {
    String region = profile.regions().get(location.strip().toLowerCase(Locale.ROOT));
    return region != null ? region : jurisdiction != null ? jurisdiction : profile.replacement();
  }

  /** A date cut as the profile says for {@code field}, not counted. */
  private PartialDate dateCut(String field, PartialDate d) {
    if (d == null) {
      return null;
    }
    return switch (profile.action(field)) {
      case YEAR -> new PartialDate(d.year(), null, null);
      case YEAR_MONTH -> new PartialDate(d.year(), d.month(), null);
      default -> d;
    };
  }

  private PartialDate date(String field, PartialDate d) {
    if (d == null) {
      return null;
    }
    return switch (profile.action(field)) {
      case YEAR -> {
        if (d.month() != null) {
          ledger.add(Kind.DATE_TO_YEAR);
        }
        yield new PartialDate(d.year(), null, null);
      }
      case YEAR_MONTH -> {
        if (d.day() != null) {
          ledger.add(Kind.DATE_TO_MONTH);
        }
        yield new PartialDate(d.year(), d.month(), null);
      }
      default -> d;
    };
  }

  private String link(String field, String url) {
    if (url == null || profile.action(field) == Action.KEEP) {
      return url;
    }
    ledger.add(Kind.LINK_REMOVED);
    return null;
  }

  /** An incident id as it is, or a code when it holds a known name or an identifier. */
  private String id(String id) {
    String t = text(id);
    if (t.equals(id)) {
      return id;
    }
    ledger.add(Kind.ID_CODED);
    return key.code("id", "R-", id, 8);
  }

  private String actionId(String id) {
    String t = text(id);
    return t.equals(id) ? id : key.code("action", "A-", id, 8);
  }

  /** The quarter of the day a time falls in. */
  static String quarter(LocalTime t) {
    int h = t.getHour();
    return h < 6
        ? "night (00:00-05:59)"
        : h < 12
            ? "morning (06:00-11:59)"
            : h < 18 ? "afternoon (12:00-17:59)" : "evening (18:00-23:59)";
  }
}
