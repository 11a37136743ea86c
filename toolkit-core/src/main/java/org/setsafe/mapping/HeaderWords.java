package org.setsafe.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;

/**
 * The words of a log's headers and values: which field a header names (with common synonyms and
 * abbreviations), which category, activity or severity a value names, and which check a header
 * speaks of.
 */
final class HeaderWords {
  private HeaderWords() {}

  /** Lower case, punctuation as spaces (a {@code #} kept), spaces collapsed. */
  static String normalise(String header) {
    StringBuilder b = new StringBuilder();
    for (char c : header.toLowerCase(Locale.ROOT).toCharArray()) {
      b.append(Character.isLetterOrDigit(c) || c == '#' ? c : ' ');
    }
    return b.toString().trim().replaceAll("\\s+", " ");
  }

  static Set<String> words(String text) {
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
  static final Map<String, List<String>> NAMES = new LinkedHashMap<>();

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
  static final Map<String, List<String>> ACTION_NAMES = new LinkedHashMap<>();

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

  static final Map<String, List<String>> CATEGORY_WORDS = new LinkedHashMap<>();
  static final Map<String, List<String>> ACTIVITY_WORDS = new LinkedHashMap<>();
  static final Map<String, List<String>> SEVERITY_WORDS = new LinkedHashMap<>();

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
  static String classify(String value, Map<String, List<String>> words) {
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
  static final Set<String> BAD =
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
  record CheckMatch(ProtocolCheck check, int score, List<String> words) {}

  static CheckMatch matchCheck(String header, ProtocolCatalog catalog, Set<String> taken) {
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

  static boolean named(ColumnProfile p, List<String> names) {
    return names.contains(p.norm) || containsName(p.norm, names);
  }

  /** Whether a header holds one of the names as whole words ("Follow-up owner" holds "owner"). */
  static boolean containsName(String norm, List<String> names) {
    String h = " " + norm + " ";
    for (String n : names) {
      if (n.length() >= 3 && h.contains(" " + n + " ")) {
        return true;
      }
    }
    return false;
  }
}
