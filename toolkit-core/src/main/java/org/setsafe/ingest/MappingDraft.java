package org.setsafe.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;

/**
 * Proposes a mapping for a log from its header and the values it holds: each column matched to an
 * incident field, a check or a follow-up action by its name (with common synonyms and
 * abbreviations) and by its values; value maps from the distinct values seen; the date pattern
 * sniffed from the dates; every column accounted for. Each guess a person should confirm is listed
 * under {@code "review"} with the reason.
 */
public final class MappingDraft {
  /** How many distinct values of a column are kept to build value maps. */
  private static final int DISTINCT = 60;

  /** A guess to confirm: about a column (or the whole mapping when {@code column} is null). */
  public record Review(String column, String reason) {
    @Override
    public String toString() {
      return (column == null ? "" : column + ": ") + reason;
    }
  }

  /**
   * The drafted mapping (JSON text, ready to save), its review list, and what it was drawn from.
   */
  public record Result(
      String json,
      List<Review> review,
      int columns,
      long rows,
      int fields,
      int checks,
      int actions,
      int notes) {}

  private MappingDraft() {}

  /**
   * Drafts a mapping for the log at {@code path}, read as import would read it (encoding, sheet,
   * header row).
   *
   * @throws InputException when the log cannot be read or has no header
   */
  public static Result draft(
      Path path, String name, ImportOptions options, ProtocolCatalog catalog) {
    List<Profile> profiles = new ArrayList<>();
    long rows = 0;
    Diagnostics problems = new Diagnostics(1);
    try (RowSource in = RowSources.open(path, name, options, problems)) {
      if (in.header().isEmpty()) {
        throw new InputException(
            problems.hasErrors()
                ? problems.list().get(0).toString()
                : name + ": the file is empty (expected a header row)");
      }
      for (String h : in.header()) {
        profiles.add(new Profile(h));
      }
      for (RawRow r = in.next(); r != null; r = in.next()) {
        rows++;
        for (int i = 0; i < profiles.size(); i++) {
          profiles.get(i).add(r.get(i));
        }
      }
    }
    Drafter d = new Drafter(profiles, catalog, fileStem(path), options.dateFormat());
    d.draft();
    String json = d.json();
    // the draft must load as a mapping: a draft that cannot is a bug, not the user's problem
    ColumnMapping.parse(name + " (draft)", json, catalog);
    int checks = 0;
    int actions = 0;
    int fields = 0;
    for (String f : d.fieldOf.values()) {
      if (f.startsWith("check:")) {
        checks++;
      } else if (f.startsWith("action:")) {
        actions++;
      } else {
        fields++;
      }
    }
    return new Result(
        json,
        List.copyOf(d.review),
        profiles.size(),
        rows,
        fields,
        checks,
        actions,
        profiles.size() - d.fieldOf.size());
  }

  /** The file's name without its extension. */
  private static String fileStem(Path path) {
    String n = path.getFileName() == null ? "" : path.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  // ---------------------------------------------------------------- what the values look like

  /** What a column's values look like. */
  enum Kind {
    EMPTY,
    FLAG,
    DATE,
    DATE_TIME,
    TIME,
    NUMBER,
    CATEGORICAL,
    TEXT
  }

  private static final Set<String> YES =
      Set.of("y", "yes", "x", "\u2713", "\u2714", "true", "1", "pass", "passed", "ok", "done");
  private static final Set<String> NO = Set.of("n", "no", "false", "0", "fail", "failed");
  private static final Set<String> NOT_APPLICABLE =
      Set.of("n/a", "na", "-", "not applicable", "n.a.");
  private static final Set<String> DONT_KNOW = Set.of("?", "unknown", "u", "unsure", "not known");

  private static final Pattern NUMERIC_DATE =
      Pattern.compile(
          "(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})"
              + "(?:[ T](\\d{1,2}):(\\d{2})(?::\\d{2})?(?:\\s*([AaPp][Mm]))?)?");
  private static final Pattern ISO_DATE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");
  private static final Pattern NAMED_DATE =
      Pattern.compile("(\\d{1,2})([ -])([A-Za-z]{3})[a-z]*\\.?\\2(\\d{4}|\\d{2})");
  private static final Pattern TIME =
      Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp][Mm])?");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

  /** The values seen in one column. */
  private static final class Profile {
    final String header;
    final String norm;
    long filled;
    final Map<String, String> display = new LinkedHashMap<>();
    final Map<String, Long> counts = new LinkedHashMap<>();
    final Map<String, Long> forms = new LinkedHashMap<>();
    boolean many;
    long dates;
    long dateTimes;
    long isoDates;
    long namedDates;
    long times;
    long numbers;
    int maxFirst;
    int maxSecond;
    final Set<String> separators = new HashSet<>();
    boolean twoDigitYear;
    boolean fourDigitYear;
    boolean amPm;
    boolean seconds;
    String firstDate;
    long totalLength;

    Profile(String header) {
      this.header = header;
      this.norm = normalise(header);
    }

    void add(String raw) {
      String v = raw.strip();
      if (v.isEmpty()) {
        return;
      }
      filled++;
      totalLength += v.length();
      String key = v.toLowerCase(Locale.ROOT);
      if (counts.containsKey(key) || counts.size() < DISTINCT) {
        display.putIfAbsent(key, v);
        counts.merge(key, 1L, Long::sum);
        if (!display.get(key).equals(v)) {
          // the form written most often stands for the value
          long as = forms.merge(v, 1L, Long::sum);
          if (as > forms.getOrDefault(display.get(key), 0L)) {
            display.put(key, v);
          }
        } else {
          forms.merge(v, 1L, Long::sum);
        }
      } else {
        many = true;
      }
      if (NUMBER.matcher(v).matches()) {
        numbers++;
      }
      if (TIME.matcher(v).matches()) {
        times++;
      }
      Matcher m = NUMERIC_DATE.matcher(v);
      if (m.matches()) {
        dates++;
        if (firstDate == null) {
          firstDate = v;
        }
        maxFirst = Math.max(maxFirst, Integer.parseInt(m.group(1)));
        maxSecond = Math.max(maxSecond, Integer.parseInt(m.group(3)));
        separators.add(m.group(2));
        twoDigitYear |= m.group(4).length() == 2;
        fourDigitYear |= m.group(4).length() == 4;
        if (m.group(5) != null) {
          dateTimes++;
          amPm |= m.group(7) != null;
          seconds |= v.matches(".*\\d:\\d{2}:\\d{2}.*");
        }
      } else if (ISO_DATE.matcher(v).matches()) {
        dates++;
        isoDates++;
        if (v.length() > 10) {
          dateTimes++;
        }
      } else if (NAMED_DATE.matcher(v).matches()) {
        dates++;
        namedDates++;
        if (firstDate == null) {
          firstDate = v;
        }
      }
    }

    Kind kind() {
      if (filled == 0) {
        return Kind.EMPTY;
      }
      if (dates == filled) {
        return dateTimes == filled ? Kind.DATE_TIME : Kind.DATE;
      }
      if (times == filled) {
        return Kind.TIME;
      }
      if (numbers == filled) {
        return Kind.NUMBER;
      }
      if (!many && isFlag()) {
        return Kind.FLAG;
      }
      if (!many && counts.size() <= 24 && totalLength / filled <= 40) {
        return Kind.CATEGORICAL;
      }
      return Kind.TEXT;
    }

    boolean isFlag() {
      boolean yesOrNo = false;
      for (String k : counts.keySet()) {
        if (YES.contains(k) || NO.contains(k)) {
          yesOrNo = true;
        } else if (!NOT_APPLICABLE.contains(k) && !DONT_KNOW.contains(k)) {
          return false;
        }
      }
      return yesOrNo;
    }

    boolean mostlyUnique() {
      return many || counts.size() >= filled * 0.9;
    }

    List<String> values() {
      return new ArrayList<>(display.values());
    }
  }

  /** Lower case, punctuation as spaces (a {@code #} kept), spaces collapsed. */
  static String normalise(String header) {
    StringBuilder b = new StringBuilder();
    for (char c : header.toLowerCase(Locale.ROOT).toCharArray()) {
      b.append(Character.isLetterOrDigit(c) || c == '#' ? c : ' ');
    }
    return b.toString().trim().replaceAll("\\s+", " ");
  }

  private static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : normalise(text).split(" ")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- names of fields

  /** Headers (normalised) that name each field, the commonest first. */
  private static final Map<String, List<String>> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put(
        "id",
        List.of(
            "id",
            "ref",
            "ref #",
            "ref no",
            "reference",
            "reference no",
            "reference number",
            "inc #",
            "inc no",
            "incident #",
            "incident no",
            "incident number",
            "incident id",
            "incident ref",
            "report #",
            "report no",
            "report number",
            "log #",
            "log no",
            "case #",
            "case no",
            "case number",
            "entry",
            "entry no",
            "no",
            "#",
            "number",
            "record id"));
    NAMES.put(
        "date",
        List.of(
            "date",
            "when",
            "incident date",
            "date of incident",
            "event date",
            "eventdate",
            "occurred",
            "occurred on",
            "day",
            "date occurred",
            "date and time",
            "date time",
            "when date",
            "shoot date",
            "shoot day date"));
    NAMES.put("time", List.of("time", "time of day", "time of incident", "hour", "at"));
    NAMES.put(
        "production",
        List.of(
            "production",
            "show",
            "film",
            "project",
            "production name",
            "picture",
            "series",
            "title of production",
            "employer"));
    NAMES.put(
        "title",
        List.of(
            "title",
            "headline",
            "subject",
            "short description",
            "incident title",
            "summary title"));
    NAMES.put(
        "summary",
        List.of(
            "description",
            "what happened",
            "details",
            "narrative",
            "summary",
            "incident description",
            "account",
            "final narrative",
            "what",
            "describe",
            "description of incident",
            "incident details"));
    NAMES.put(
        "location",
        List.of(
            "set",
            "location",
            "place",
            "where",
            "site",
            "stage",
            "area",
            "set location",
            "scene",
            "unit base"));
    NAMES.put(
        "department",
        List.of(
            "dept",
            "department",
            "crew",
            "team",
            "section",
            "dept involved",
            "department involved"));
    NAMES.put("jurisdiction", List.of("jurisdiction", "state", "country", "region", "province"));
    NAMES.put(
        "category",
        List.of(
            "hazard",
            "category",
            "hazard type",
            "type of hazard",
            "kind",
            "risk",
            "hazard category",
            "incident category",
            "class"));
    NAMES.put(
        "activity",
        List.of(
            "phase",
            "activity",
            "task",
            "work phase",
            "operation",
            "doing",
            "what were you doing",
            "stage of work",
            "activity at the time"));
    NAMES.put(
        "severity",
        List.of(
            "type",
            "severity",
            "outcome",
            "classification",
            "incident type",
            "result",
            "grade",
            "level",
            "consequence",
            "harm",
            "type of incident",
            "seriousness"));
    NAMES.put(
        "fatalities",
        List.of("fatalities", "deaths", "killed", "dead", "fatal", "no killed", "number killed"));
    NAMES.put(
        "injuries",
        List.of(
            "injuries",
            "injured",
            "hurt",
            "no injured",
            "number injured",
            "casualties",
            "anyone hurt",
            "anyone injured",
            "people hurt",
            "injury",
            "persons injured"));
    NAMES.put(
        "reported_by",
        List.of(
            "reported by",
            "reporter",
            "raised by",
            "submitted by",
            "logged by",
            "who reported",
            "author",
            "recorded by",
            "by"));
    NAMES.put("note", List.of("notes", "note", "comments", "comment", "remarks", "other info"));
  }

  /** Headers that name the parts of a follow-up action. */
  private static final Map<String, List<String>> ACTION_NAMES = new LinkedHashMap<>();

  static {
    ACTION_NAMES.put(
        "action",
        List.of(
            "follow up",
            "followup",
            "follow up action",
            "corrective action",
            "corrective actions",
            "action taken",
            "actions taken",
            "actions",
            "action",
            "remedial action",
            "fix",
            "next steps",
            "action required",
            "preventive action",
            "lessons action"));
    ACTION_NAMES.put(
        "owner",
        List.of(
            "follow up owner",
            "action owner",
            "owner",
            "responsible",
            "assigned to",
            "action by",
            "who",
            "action lead",
            "responsible person"));
    ACTION_NAMES.put(
        "due_on",
        List.of(
            "due",
            "due date",
            "target date",
            "deadline",
            "by when",
            "due by",
            "target",
            "follow up due",
            "action due"));
    ACTION_NAMES.put(
        "status",
        List.of(
            "status",
            "action status",
            "follow up status",
            "state",
            "open closed",
            "closed",
            "done"));
    ACTION_NAMES.put(
        "closed_on",
        List.of(
            "closed",
            "date closed",
            "closed on",
            "completed",
            "completed on",
            "date completed",
            "closed date"));
    ACTION_NAMES.put("verified_by", List.of("verified by", "checked by", "signed off by"));
  }

  // ---------------------------------------------------------------- words of values

  private static final Map<String, List<String>> CATEGORY_WORDS = new LinkedHashMap<>();
  private static final Map<String, List<String>> ACTIVITY_WORDS = new LinkedHashMap<>();
  private static final Map<String, List<String>> SEVERITY_WORDS = new LinkedHashMap<>();

  static {
    CATEGORY_WORDS.put(
        "firearm",
        List.of(
            "firearm",
            "firearms",
            "gun",
            "guns",
            "weapon",
            "weapons",
            "armory",
            "armoury",
            "armorer",
            "armourer",
            "ammo",
            "ammunition",
            "blank",
            "blanks",
            "pistol",
            "revolver",
            "rifle",
            "shotgun"));
    CATEGORY_WORDS.put(
        "pyrotechnics",
        List.of(
            "pyro",
            "pyrotechnic",
            "pyrotechnics",
            "sfx",
            "special effects",
            "explosion",
            "explosive",
            "explosives",
            "fire",
            "squib",
            "squibs",
            "effects"));
    CATEGORY_WORDS.put("stunt", List.of("stunt", "stunts", "fight", "stunt work"));
    CATEGORY_WORDS.put(
        "fall_from_height",
        List.of(
            "fall",
            "falls",
            "height",
            "heights",
            "ladder",
            "scaffold",
            "roof",
            "working at height"));
    CATEGORY_WORDS.put(
        "vehicle",
        List.of(
            "vehicle",
            "vehicles",
            "car",
            "cars",
            "truck",
            "driving",
            "traffic",
            "picture car",
            "transport"));
    CATEGORY_WORDS.put(
        "aviation", List.of("aviation", "aircraft", "helicopter", "drone", "plane", "aerial"));
    CATEGORY_WORDS.put("railroad", List.of("rail", "railroad", "railway", "train", "trains"));
    CATEGORY_WORDS.put(
        "water_diving",
        List.of(
            "water",
            "diving",
            "dive",
            "boat",
            "boats",
            "marine",
            "tank",
            "drowning",
            "underwater"));
    CATEGORY_WORDS.put(
        "rigging_equipment",
        List.of(
            "rigging",
            "equipment",
            "grip",
            "grips",
            "crane",
            "lift",
            "machinery",
            "tools",
            "c stand"));
    CATEGORY_WORDS.put(
        "electrical",
        List.of(
            "electrical",
            "electric",
            "electricity",
            "shock",
            "power",
            "cable",
            "cables",
            "generator"));
    CATEGORY_WORDS.put("heat", List.of("heat", "hot", "sun", "dehydration", "temperature"));
    CATEGORY_WORDS.put(
        "animal",
        List.of(
            "animal",
            "animals",
            "horse",
            "horses",
            "dog",
            "dogs",
            "wrangler",
            "wranglers",
            "livestock"));
    CATEGORY_WORDS.put("other", List.of("other", "misc", "miscellaneous", "general"));

    ACTIVITY_WORDS.put(
        "rehearsal",
        List.of("rehearsal", "rehearsals", "rehearse", "blocking", "walkthrough", "walk through"));
    ACTIVITY_WORDS.put(
        "between_takes",
        List.of(
            "between takes",
            "reset",
            "turnaround",
            "break",
            "lunch",
            "standby",
            "between set ups"));
    ACTIVITY_WORDS.put("take", List.of("take", "takes", "shooting", "filming", "rolling", "shot"));
    ACTIVITY_WORDS.put(
        "prep_or_test",
        List.of(
            "prep",
            "preparation",
            "setup",
            "set up",
            "rig",
            "rigging",
            "test",
            "testing",
            "load in",
            "pre light"));
    ACTIVITY_WORDS.put(
        "set_construction", List.of("construction", "build", "building", "strike", "striking"));
    ACTIVITY_WORDS.put(
        "transport",
        List.of("transport", "company move", "unit move", "travel", "driving", "move"));
    ACTIVITY_WORDS.put("other", List.of("wrap", "other", "misc"));

    SEVERITY_WORDS.put(
        "near_miss",
        List.of(
            "near miss",
            "nearmiss",
            "near",
            "close call",
            "no injury",
            "none",
            "dangerous occurrence",
            "observation",
            "unsafe condition",
            "unsafe act"));
    SEVERITY_WORDS.put(
        "serious_injury",
        List.of(
            "serious",
            "serious injury",
            "major",
            "hospital",
            "hospitalised",
            "hospitalized",
            "severe",
            "lost time",
            "amputation"));
    SEVERITY_WORDS.put("fatal", List.of("fatal", "fatality", "death", "died", "killed"));
    SEVERITY_WORDS.put(
        "injury",
        List.of(
            "first aid",
            "injury",
            "minor",
            "minor injury",
            "medical treatment",
            "recordable",
            "hurt"));
  }

  /** The class whose words a value says (whole words), or null. */
  private static String classify(String value, Map<String, List<String>> words) {
    String v = " " + normalise(value) + " ";
    for (Map.Entry<String, List<String>> e : words.entrySet()) {
      for (String w : e.getValue()) {
        if (v.contains(" " + w + " ")) {
          return e.getKey();
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- checks

  private static final Set<String> STOP =
      Set.of(
          "the",
          "a",
          "an",
          "of",
          "on",
          "in",
          "at",
          "was",
          "were",
          "is",
          "are",
          "to",
          "for",
          "by",
          "and",
          "or",
          "any",
          "every",
          "each",
          "with",
          "before",
          "after",
          "during",
          "from",
          "it",
          "this",
          "that",
          "be",
          "been",
          "has",
          "had",
          "have",
          "did",
          "do",
          "does",
          "used",
          "check",
          "checked",
          "checks",
          "confirmed",
          "ok",
          "y",
          "n",
          "yes");

  /** Words that say the bad thing happened: a Y in such a column means the check failed. */
  private static final Set<String> BAD =
      Set.of(
          "found",
          "missing",
          "not",
          "failed",
          "fail",
          "absent",
          "lost",
          "unattended",
          "skipped",
          "forgotten",
          "forgot",
          "broken",
          "left",
          "without",
          "lacking",
          "no",
          "never",
          "none",
          "unsafe",
          "exceeded");

  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("ammo", "ammunition"),
          Map.entry("rounds", "round"),
          Map.entry("bullets", "round"),
          Map.entry("bullet", "round"),
          Map.entry("armourer", "armorer"),
          Map.entry("guns", "firearm"),
          Map.entry("gun", "firearm"),
          Map.entry("weapon", "firearm"),
          Map.entry("weapons", "firearm"),
          Map.entry("firearms", "firearm"),
          Map.entry("briefing", "meeting"),
          Map.entry("briefed", "meeting"),
          Map.entry("barriers", "barrier"),
          Map.entry("perimeter", "barrier"),
          Map.entry("seatbelts", "seatbelt"),
          Map.entry("belts", "seatbelt"),
          Map.entry("harness", "fall"),
          Map.entry("airbag", "fall"),
          Map.entry("pads", "fall"),
          Map.entry("helmets", "helmet"),
          Map.entry("dummies", "dummy"),
          Map.entry("blanks", "blank"),
          Map.entry("checked", "check"),
          Map.entry("inspected", "inspect"),
          Map.entry("assessment", "assessment"),
          Map.entry("ra", "assessment"));

  private static Set<String> stems(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words(text)) {
      if (STOP.contains(w)) {
        continue;
      }
      String s = SYNONYMS.getOrDefault(w, w);
      out.add(s);
      if (s.length() > 4 && s.endsWith("s")) {
        out.add(s.substring(0, s.length() - 1));
      }
    }
    return out;
  }

  /** A header's words, with what a log means by them: rounds are ammunition. */
  private static Set<String> headerStems(String header) {
    Set<String> out = stems(header);
    if (out.contains("round")) {
      out.add("ammunition");
    }
    return out;
  }

  /** A check a column's header names, with how sure the match is. */
  private record CheckMatch(ProtocolCheck check, int score, List<String> words) {}

  private static CheckMatch matchCheck(String header, ProtocolCatalog catalog, Set<String> taken) {
    Set<String> h = headerStems(header);
    h.removeAll(BAD);
    CheckMatch best = null;
    for (ProtocolCheck c : catalog.checks()) {
      Set<String> title = stems(c.title());
      Set<String> id = stems(c.id().replace('_', ' '));
      Set<String> rule = stems(c.rule());
      int score = 0;
      List<String> matched = new ArrayList<>();
      for (String w : h) {
        int s = (title.contains(w) ? 2 : 0) + (id.contains(w) ? 2 : 0) + (rule.contains(w) ? 1 : 0);
        if (s > 0) {
          matched.add(w);
          score += s;
        }
      }
      if (score >= 2 && !taken.contains(c.id()) && (best == null || score > best.score())) {
        best = new CheckMatch(c, score, matched);
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- the drafting

  /** Works out the rule of every column, then writes the mapping. */
  private static final class Drafter {
    final List<Profile> profiles;
    final ProtocolCatalog catalog;
    final String stem;
    final List<Review> review = new ArrayList<>();
    final Map<String, Object> columns = new LinkedHashMap<>();
    final Map<String, Object> constants = new LinkedHashMap<>();
    final Map<String, Object> templates = new LinkedHashMap<>();
    final Map<String, Object> combine = new LinkedHashMap<>();
    final Map<Integer, String> fieldOf = new LinkedHashMap<>();
    final Set<String> fieldsTaken = new HashSet<>();
    String dateFormat;
    String actionColumn;

    /** The date pattern given on the command line, or null to sniff it. */
    final String givenDateFormat;

    Drafter(List<Profile> profiles, ProtocolCatalog catalog, String stem, String givenDateFormat) {
      this.profiles = profiles;
      this.catalog = catalog;
      this.stem = stem;
      this.givenDateFormat = givenDateFormat;
      this.dateFormat = givenDateFormat;
    }

    void review(String column, String reason) {
      review.add(new Review(column, reason));
    }

    void draft() {
      assignActions();
      assignFields();
      Map<Integer, Object> rules = new LinkedHashMap<>();
      for (int i = 0; i < profiles.size(); i++) {
        rules.put(i, rule(i));
      }
      for (int i = 0; i < profiles.size(); i++) {
        if (!profiles.get(i).header.isEmpty()) {
          columns.put(profiles.get(i).header, rules.get(i));
        }
      }
      fillRequired();
    }

    /** The follow-up columns: the action itself, then its owner, due date, status. */
    void assignActions() {
      for (int pass = 0; pass < 2 && actionColumn == null; pass++) {
        for (int i = 0; i < profiles.size(); i++) {
          Profile p = profiles.get(i);
          List<String> names = ACTION_NAMES.get("action");
          boolean name = pass == 0 ? names.contains(p.norm) : containsName(p.norm, names);
          if (name
              && p.kind() != Kind.FLAG
              && p.kind() != Kind.DATE
              && p.kind() != Kind.EMPTY
              && !named(p, ACTION_NAMES.get("owner"))
              && !named(p, ACTION_NAMES.get("status"))) {
            actionColumn = p.header;
            fieldOf.put(i, "action:action");
            break;
          }
        }
      }
      if (actionColumn == null) {
        return;
      }
      for (String part : List.of("owner", "due_on", "status", "closed_on", "verified_by")) {
        for (int i = 0; i < profiles.size(); i++) {
          Profile p = profiles.get(i);
          if (fieldOf.containsKey(i) || !named(p, ACTION_NAMES.get(part))) {
            continue;
          }
          boolean dates = p.kind() == Kind.DATE || p.kind() == Kind.DATE_TIME;
          if ((part.equals("due_on") || part.equals("closed_on")) != dates
              && p.kind() != Kind.EMPTY) {
            continue;
          }
          fieldOf.put(i, "action:" + part);
          break;
        }
      }
    }

    /** Incident fields by name, then value; flags left over by check titles. */
    void assignFields() {
      for (int pass = 0; pass < 2; pass++) {
        for (Map.Entry<String, List<String>> f : NAMES.entrySet()) {
          String field = f.getKey();
          if (fieldsTaken.contains(field)) {
            continue;
          }
          for (int i = 0; i < profiles.size(); i++) {
            Profile p = profiles.get(i);
            if (fieldOf.containsKey(i)) {
              continue;
            }
            boolean exact = f.getValue().contains(p.norm);
            boolean loose = pass == 1 && containsName(p.norm, f.getValue());
            if ((exact || loose) && fits(field, p)) {
              fieldOf.put(i, field);
              fieldsTaken.add(field);
              break;
            }
          }
        }
      }
      for (int i = 0; i < profiles.size(); i++) {
        Profile p = profiles.get(i);
        boolean flags = p.kind() == Kind.FLAG || (p.kind() == Kind.NUMBER && p.isFlag());
        if (!fieldOf.containsKey(i) && (flags || p.header.endsWith("?"))) {
          CheckMatch m = matchCheck(p.header, catalog, fieldsTaken);
          if (m != null) {
            fieldOf.put(i, "check:" + m.check().id());
            fieldsTaken.add(m.check().id());
          }
        }
      }
    }

    /** Whether a column's values can be what {@code field} holds. */
    boolean fits(String field, Profile p) {
      Kind k = p.kind();
      return switch (field) {
        case "id" -> k != Kind.EMPTY && k != Kind.FLAG && k != Kind.DATE && p.mostlyUnique();
        case "date" -> k == Kind.DATE || k == Kind.DATE_TIME;
        case "time" -> k == Kind.TIME;
        case "fatalities", "injuries" -> k == Kind.NUMBER || k == Kind.FLAG;
        case "category" ->
            k == Kind.CATEGORICAL && valueFit(p, CATEGORY_WORDS) >= valueFit(p, SEVERITY_WORDS);
        case "severity" ->
            (k == Kind.CATEGORICAL || k == Kind.FLAG) && valueFit(p, SEVERITY_WORDS) > 0;
        case "activity" -> k == Kind.CATEGORICAL;
        case "summary", "title", "note" -> k == Kind.TEXT || k == Kind.CATEGORICAL;
        default -> k != Kind.EMPTY && k != Kind.FLAG;
      };
    }

    /** How many of a column's distinct values the words of a vocabulary recognise. */
    static int valueFit(Profile p, Map<String, List<String>> words) {
      int n = 0;
      for (String v : p.display.values()) {
        String c = classify(v, words);
        if (c != null && !c.equals("other")) {
          n++;
        }
      }
      return n;
    }

    /** The rule for column {@code i}. */
    Object rule(int i) {
      Profile p = profiles.get(i);
      String f = fieldOf.get(i);
      if (f == null) {
        if (p.kind() == Kind.EMPTY) {
          review(p.header, "empty in this log; kept in the note in case it is filled later");
        } else {
          review(
              p.header,
              "not recognised as a field or a check; kept in the note as \""
                  + p.header
                  + ": value\" (map it if it is one)");
        }
        return obj("note", p.header);
      }
      if (f.startsWith("check:")) {
        return checkRule(p, f.substring(6));
      }
      if (f.startsWith("action:")) {
        return actionRule(p, f.substring(7));
      }
      return fieldRule(p, f);
    }

    Object fieldRule(Profile p, String field) {
      switch (field) {
        case "date":
          sniffDate(p);
          if (p.kind() == Kind.DATE_TIME) {
            fieldsTaken.add("time");
            review(p.header, "holds a date and a time; both are read from it");
            return List.of("date", "time");
          }
          return "date";
        case "id":
          if (p.numbers == p.filled) {
            review(
                p.header,
                "the incident numbers are bare numbers ("
                    + first(p)
                    + "); a \"prefix\" such as \""
                    + initials()
                    + "-\" keeps them apart from other logs' ids");
          }
          return "id";
        case "category":
          return codeRule(p, "category", CATEGORY_WORDS, "other", "other");
        case "activity":
          return codeRule(p, "activity", ACTIVITY_WORDS, "other", "unknown");
        case "severity":
          if (p.kind() == Kind.FLAG) {
            return flagSeverity(p);
          }
          return codeRule(p, "severity", SEVERITY_WORDS, null, null);
        case "injuries":
        case "fatalities":
          if (p.kind() == Kind.FLAG) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (String v : p.values()) {
              String k = v.toLowerCase(Locale.ROOT);
              if (YES.contains(k)) {
                values.put(v, "1");
              } else if (NO.contains(k)) {
                values.put(v, "0");
              }
            }
            review(
                p.header,
                "a yes/no column read as a count: "
                    + String.join(
                        " and ",
                        values.keySet().stream().map(v -> v + " = " + values.get(v)).toList())
                    + " (one person "
                    + (field.equals("injuries") ? "injured" : "killed")
                    + " for a yes)");
            Map<String, Object> count = obj("field", field);
            count.put("values", values);
            if (field.equals("injuries") && !fieldsTaken.contains("severity")) {
              fieldsTaken.add("severity");
              review(
                  p.header,
                  "no column gives the severity: a yes reads as injury, a no as near_miss (a"
                      + " serious injury or a death needs a severity column)");
              Map<String, Object> sev = obj("field", "severity");
              Map<String, Object> sv = new LinkedHashMap<>();
              values.forEach((k, v) -> sv.put(k, v.equals("1") ? "injury" : "near_miss"));
              sev.put("values", sv);
              return List.of(count, sev);
            }
            return count;
          }
          if (field.equals("injuries") && !fieldsTaken.contains("severity")) {
            fieldsTaken.add("severity");
            review(
                p.header,
                "no column gives the severity: 0 injured reads as near_miss, 1 or more as injury (a"
                    + " serious injury or a death needs a severity column)");
            Map<String, Object> sev = obj("field", "severity");
            sev.put("match", "range");
            Map<String, Object> ranges = new LinkedHashMap<>();
            ranges.put("0", "near_miss");
            ranges.put("1-100000", "injury");
            sev.put("values", ranges);
            return List.of(field, sev);
          }
          return field;
        default:
          return field;
      }
    }

    /** A value map for a coded field from the distinct values, by their words. */
    Object codeRule(
        Profile p, String field, Map<String, List<String>> words, String unknown, String def) {
      Map<String, Object> values = new LinkedHashMap<>();
      List<String> guessed = new ArrayList<>();
      List<String> unmatched = new ArrayList<>();
      for (String v : p.values()) {
        String c = classify(v, words);
        if (c == null) {
          if (unknown != null) {
            values.put(v, unknown);
          }
          unmatched.add(v);
        } else {
          values.put(v, c);
          if (!normalise(v).equals(c.replace('_', ' '))) {
            guessed.add(v + " = " + c);
          }
        }
      }
      Map<String, Object> rule = obj("field", field);
      rule.put("values", values);
      if (def != null) {
        rule.put("default", def);
      }
      if (!guessed.isEmpty()) {
        review(
            p.header,
            field + " guessed from the words of the values: " + String.join(", ", guessed));
      }
      if (!unmatched.isEmpty()) {
        review(
            p.header,
            unknown == null
                ? "no "
                    + field
                    + " recognised for "
                    + quoteAll(unmatched)
                    + "; add them to \"values\""
                : quoteAll(unmatched)
                    + " read as "
                    + unknown
                    + ": no "
                    + field
                    + " recognised in the words");
      }
      if (p.many) {
        review(
            p.header, "more than " + DISTINCT + " different values; only the first are in the map");
      }
      return rule;
    }

    Object flagSeverity(Profile p) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (String v : p.values()) {
        String k = v.toLowerCase(Locale.ROOT);
        values.put(v, YES.contains(k) ? "injury" : "near_miss");
      }
      review(p.header, "a yes/no column read as severity: yes = injury, no = near_miss");
      Map<String, Object> rule = obj("field", "severity");
      rule.put("values", values);
      return rule;
    }

    Object checkRule(Profile p, String checkId) {
      ProtocolCheck check = catalog.check(checkId).orElseThrow();
      Set<String> headerWords = words(p.header);
      String bad = null;
      for (String w : headerWords) {
        if (BAD.contains(w)) {
          bad = w;
          break;
        }
      }
      String title = check.title().toLowerCase(Locale.ROOT);
      boolean prohibition = title.startsWith("no ") || title.startsWith("never ");
      boolean inverted = bad != null || prohibition;
      if (bad != null
          && prohibition
          && (headerWords.contains("no") || headerWords.contains("never"))) {
        inverted = false; // "No live ammo?" asks whether the rule held
      }
      Map<String, Object> values = new LinkedHashMap<>();
      boolean blanks = p.filled < total();
      for (String v : p.values()) {
        String k = v.toLowerCase(Locale.ROOT);
        if (YES.contains(k)) {
          values.put(v, inverted ? "failed" : "passed");
        } else if (NO.contains(k)) {
          values.put(v, inverted ? "passed" : "failed");
        } else if (NOT_APPLICABLE.contains(k)) {
          values.put(v, "not_applicable");
        } else if (DONT_KNOW.contains(k)) {
          values.put(v, "unknown");
        }
      }
      String yes =
          values.keySet().stream()
              .filter(v -> YES.contains(v.toLowerCase(Locale.ROOT)))
              .findFirst()
              .orElse("Y");
      review(
          p.header,
          "read as check "
              + check.id()
              + " ("
              + check.title()
              + "), matched on its words; "
              + yes
              + " = "
              + (inverted ? "failed" : "passed")
              + (inverted
                  ? bad != null
                      ? " because the header says the bad thing happened ('" + bad + "')"
                      : " because the check forbids what the header asks about"
                  : "")
              + (blanks ? "; blank cells are read as not assessed" : ""));
      Map<String, Object> rule = obj("field", check.id());
      rule.put("values", values);
      return rule;
    }

    Object actionRule(Profile p, String part) {
      Map<String, Object> rule = obj("action", part);
      if (part.equals("action")) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Integer, String> e : fieldOf.entrySet()) {
          if (e.getValue().startsWith("action:") && !e.getValue().equals("action:action")) {
            parts.add(e.getValue().substring(7) + " from " + profiles.get(e.getKey()).header);
          }
        }
        review(
            p.header,
            "each row's text here becomes a follow-up action"
                + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")")
                + (fieldOf.containsValue("action:status")
                    ? "; a follow-up without a status is imported as unknown, never as done"
                    : "; no status column, so every follow-up is imported as unknown, never as done"));
      } else if (part.equals("due_on") || part.equals("closed_on")) {
        sniffDate(p);
      } else if (part.equals("status")) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String v : p.values()) {
          String s = actionStatus(v);
          if (s == null) {
            unknown.add(v);
          } else if (!normalise(v).replace(' ', '_').equals(s)) {
            values.put(v, s);
          }
        }
        if (!values.isEmpty()) {
          rule.put("values", values);
        }
        if (!unknown.isEmpty()) {
          review(
              p.header,
              "no action status recognised for "
                  + quoteAll(unknown)
                  + "; add them to \"values\" (open, in_progress, done, verified, cancelled, unknown)");
        }
      }
      return rule;
    }

    static String actionStatus(String v) {
      String n = normalise(v);
      return switch (n) {
        case "open", "not started", "to do", "todo", "pending", "outstanding" -> "open";
        case "in progress", "ongoing", "started", "wip", "in hand" -> "in_progress";
        case "done", "closed", "complete", "completed", "finished", "fixed", "yes", "y" -> "done";
        case "verified", "checked", "signed off" -> "verified";
        case "cancelled", "canceled", "dropped", "withdrawn" -> "cancelled";
        case "unknown", "?" -> "unknown";
        default -> null;
      };
    }

    long total() {
      long max = 0;
      for (Profile p : profiles) {
        max = Math.max(max, p.filled);
      }
      return max;
    }

    /** The date pattern of a date column, said in the review when it had to be guessed. */
    void sniffDate(Profile p) {
      if (p.isoDates == p.dates || p.dates == 0 || givenDateFormat != null) {
        return;
      }
      String sep = p.separators.size() == 1 ? p.separators.iterator().next() : "/";
      String year = p.twoDigitYear && !p.fourDigitYear ? "yy" : "yyyy";
      String pattern;
      if (p.namedDates > 0) {
        pattern = "d-MMM-" + year;
        review(p.header, "dates with month names (" + p.firstDate + ") read as " + pattern);
      } else if (p.maxFirst > 12 && p.maxSecond > 12) {
        pattern = "M" + sep + "d" + sep + year;
        review(
            p.header,
            "dates are written both ways (a first part and a second part over 12 both occur);"
                + " read as "
                + pattern
                + ", so some rows will be rejected: check the column");
      } else if (p.maxFirst > 12) {
        pattern = "d" + sep + "M" + sep + year;
        review(
            p.header,
            "dates read as day first (" + pattern + "): a first part goes up to " + p.maxFirst);
      } else if (p.maxSecond > 12) {
        pattern = "M" + sep + "d" + sep + year;
        review(
            p.header,
            "dates read as month first (" + pattern + "): a second part goes up to " + p.maxSecond);
      } else {
        boolean us = sep.equals("/");
        pattern = us ? "M/d/" + year : "d" + sep + "M" + sep + year;
        String other = us ? "d/M/" + year : "M" + sep + "d" + sep + year;
        review(
            p.header,
            "ambiguous dates: no part is over 12, so "
                + p.firstDate
                + " could be day/month or month/day; read as "
                + (us ? "month first" : "day first")
                + " ("
                + pattern
                + "); if the log writes them the other way, set dateFormat to "
                + other);
      }
      if (p.dateTimes > 0) {
        pattern += p.amPm ? " h:mm[:ss] a" : " H:mm[:ss]";
      }
      if (dateFormat != null && !dateFormat.equals(pattern)) {
        review(
            p.header,
            "its dates are written unlike the others ("
                + pattern
                + " against "
                + dateFormat
                + "); one dateFormat serves the whole log");
        return;
      }
      dateFormat = pattern;
    }

    /** Constants and templates for the fields an incident needs and no column gives. */
    void fillRequired() {
      if (!fieldsTaken.contains("production")) {
        String guess = productionFromStem();
        constants.put("production", guess);
        review(
            null,
            "no column names the production; \""
                + guess
                + "\" guessed from the file name (constants.production)");
      }
      if (!fieldsTaken.contains("title")) {
        List<String> parts = new ArrayList<>();
        // what happened, where: the severity, the hazard (else the department), the place
        String hazard =
            headerOf("category") != null ? headerOf("category") : headerOf("department");
        for (String h : new String[] {headerOf("severity"), hazard, headerOf("location")}) {
          if (h != null) {
            parts.add(h);
          }
        }
        String t;
        if (parts.size() >= 2) {
          t =
              "{"
                  + parts.get(0)
                  + "}: "
                  + String.join(
                      ", ",
                      parts.subList(1, parts.size()).stream().map(h -> "{" + h + "}").toList());
        } else if (headerOf("summary") != null) {
          t = "{" + headerOf("summary") + "}";
        } else if (parts.size() == 1) {
          t = "{" + parts.get(0) + "}";
        } else {
          t = null;
        }
        if (t != null) {
          templates.put("title", t);
          review(
              null, "no column gives a title; each incident is titled " + t + " (templates.title)");
        } else {
          review(
              null,
              "no column gives a title and none could be built; add a \"templates\" entry for title");
        }
      }
      if (!fieldsTaken.contains("category")) {
        String dept = headerOf("department");
        if (dept != null) {
          departmentCategory(dept);
        } else {
          constants.put("category", "other");
          review(
              null,
              "no column gives the hazard; every incident is in category other (constants.category)");
        }
      }
      if (!fieldsTaken.contains("activity")) {
        constants.put("activity", "unknown");
      }
      if (!fieldsTaken.contains("severity")) {
        constants.put("severity", "near_miss");
        review(
            null,
            "no column gives the severity; every incident is read as a near miss (constants.severity)");
      }
      if (!fieldsTaken.contains("fatalities")) {
        constants.put("fatalities", "0");
        review(
            null,
            "no column counts deaths; every incident is read as 0 killed (constants.fatalities), and one whose severity is fatal would be rejected");
      }
      if (!fieldsTaken.contains("id")) {
        review(
            null,
            "no column looks like the incident number; map one to \"id\" (every incident needs one)");
      }
      blanks();
    }

    /** Required fields whose column has empty cells: a constant fills them, or the review says. */
    void blanks() {
      long rows = total();
      for (Map.Entry<Integer, String> e : fieldOf.entrySet()) {
        Profile p = profiles.get(e.getKey());
        String field = e.getValue();
        long empty = rows - p.filled;
        if (empty <= 0 || !CanonicalTable.INCIDENTS.requiredColumns().contains(field)) {
          continue;
        }
        String rowsText = empty + (empty == 1 ? " row has" : " rows have");
        switch (field) {
          case "activity" -> {
            constants.put("activity", "unknown");
            review(p.header, rowsText + " no value; read as unknown (constants.activity)");
          }
          case "category" -> {
            constants.put("category", "other");
            review(p.header, rowsText + " no value; read as other (constants.category)");
          }
          default ->
              review(
                  p.header,
                  rowsText + " no value and will be rejected: every incident needs its " + field);
        }
      }
    }

    /** A department column also gives the hazard where its name says one (Props: firearm). */
    void departmentCategory(String header) {
      int i = indexOf(header);
      Profile p = profiles.get(i);
      Map<String, Object> values = new LinkedHashMap<>();
      List<String> said = new ArrayList<>();
      for (String v : p.values()) {
        String c = classify(v, CATEGORY_WORDS);
        if (c == null && normalise(v).matches("props?|prop master|property")) {
          c = "firearm";
        }
        if (c != null && !c.equals("other")) {
          values.put(v, c);
          said.add(v + " = " + c);
        }
      }
      Map<String, Object> cat = obj("field", "category");
      cat.put("values", values);
      cat.put("default", "other");
      columns.put(header, List.of(columns.get(header), cat));
      review(
          header,
          "no column gives the hazard; the department also gives the category"
              + (said.isEmpty()
                  ? " (other for every value seen)"
                  : ": " + String.join(", ", said) + ", other for the rest"));
    }

    String headerOf(String field) {
      for (Map.Entry<Integer, String> e : fieldOf.entrySet()) {
        if (e.getValue().equals(field)) {
          return profiles.get(e.getKey()).header;
        }
      }
      return null;
    }

    int indexOf(String header) {
      for (int i = 0; i < profiles.size(); i++) {
        if (profiles.get(i).header.equals(header)) {
          return i;
        }
      }
      return -1;
    }

    String productionFromStem() {
      List<String> kept = new ArrayList<>();
      for (String w : stem.split("[^A-Za-z0-9]+")) {
        String l = w.toLowerCase(Locale.ROOT);
        if (w.isEmpty()
            || l.matches(
                "\\d+|log|logs|incident|incidents|near|miss|misses|register|safety|report|reports|draft|export|copy|final|v\\d+")) {
          continue;
        }
        kept.add(
            w.length() <= 2
                ? w.toUpperCase(Locale.ROOT)
                : Character.toUpperCase(w.charAt(0)) + w.substring(1));
      }
      return kept.isEmpty() ? "Our production" : String.join(" ", kept);
    }

    String initials() {
      StringBuilder b = new StringBuilder();
      for (String w : productionFromStem().split(" ")) {
        if (!w.isEmpty()) {
          b.append(Character.toUpperCase(w.charAt(0)));
        }
      }
      return b.length() == 0 ? "X" : b.toString();
    }

    static String first(Profile p) {
      return p.display.isEmpty() ? "" : p.display.values().iterator().next();
    }

    String json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("description", "Drafted by setsafe mapping draft from " + stem + "; review before use");
      if (dateFormat != null) {
        m.put("dateFormat", dateFormat);
      }
      m.put("columns", columns);
      if (!constants.isEmpty()) {
        m.put("constants", constants);
      }
      if (!templates.isEmpty()) {
        m.put("templates", templates);
      }
      if (!combine.isEmpty()) {
        m.put("combine", combine);
      }
      m.put("source", sourceOf());
      List<Review> sorted = new ArrayList<>(review);
      List<String> order = profiles.stream().map(p -> p.header).toList();
      sorted.sort(
          java.util.Comparator.comparingInt(
              (Review x) -> x.column() == null ? order.size() : order.indexOf(x.column())));
      review.clear();
      review.addAll(sorted);
      List<Object> r = new ArrayList<>();
      for (Review x : review) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (x.column() != null) {
          o.put("column", x.column());
        }
        o.put("reason", x.reason());
        r.add(o);
      }
      m.put("review", r);
      return MappingJson.write(m);
    }

    Map<String, Object> sourceOf() {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("title", productionFromStem() + " incident log (" + stem + ")");
      s.put("kind", "log");
      return s;
    }
  }

  private static boolean named(Profile p, List<String> names) {
    return names.contains(p.norm) || containsName(p.norm, names);
  }

  /** Whether a header holds one of the names as whole words ("Follow-up owner" holds "owner"). */
  private static boolean containsName(String norm, List<String> names) {
    String h = " " + norm + " ";
    for (String n : names) {
      if (n.length() >= 3 && h.contains(" " + n + " ")) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Object> obj(String key, Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(key, value);
    return m;
  }

  private static String quoteAll(List<String> values) {
    List<String> q = new ArrayList<>();
    for (String v : values) {
      q.add("'" + v + "'");
    }
    return String.join(", ", q);
  }
}
