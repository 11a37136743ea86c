package org.setsafe.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.setsafe.analysis.DescriptionReader;
import org.setsafe.model.Energy;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.InferredTreatment;
import org.setsafe.model.Quantities;
import org.setsafe.protocol.Protocol;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;

/**
 * Reads what a description says for the SCL classification ({@link DescriptionReader}): the phrases
 * of {@code scl-words.txt} ({@link Lexicon}), the numbers with their units and what each measures
 * (a fall, a height, a distance from a person, a planned stand-off, a speed, a voltage, a
 * temperature, a weight), the care the words speak of ({@link TreatmentWords}), and the failures of
 * direct-control checks the protocols' own signals suggest ({@link CheckSuggester}), for protocols
 * that apply to the incident's hazard.
 */
public final class DescriptionWords implements DescriptionReader {
  static final Lexicon LEXICON = Lexicon.resource("scl-words.txt");

  private final ProtocolCatalog catalog;
  private final CheckSuggester suggester;

  private DescriptionWords(ProtocolCatalog catalog, CheckSuggester suggester) {
    this.catalog = catalog;
    this.suggester = suggester;
  }

  /** A reader for the checks of {@code catalog}. */
  public static DescriptionWords of(ProtocolCatalog catalog) {
    return new DescriptionWords(catalog, CheckSuggester.of(catalog));
  }

  private static volatile DescriptionWords bundled;

  /** The reader of the bundled protocols (built once). */
  public static DescriptionWords bundled() {
    DescriptionWords d = bundled;
    if (d == null) {
      synchronized (DescriptionWords.class) {
        d = bundled;
        if (d == null) {
          d = new DescriptionWords(ProtocolCatalog.bundled(), CheckSuggester.bundled());
          bundled = d;
        }
      }
    }
    return d;
  }

  /**
   * The words read: the summary, or the title where there is none. A log's title is often a label
   * made of other columns ("Near miss: Fall, Main street"), whose hazard name would read as a fall.
   */
  static String text(IncidentRecord r) {
    String s = r.incident().summary();
    return s == null ? r.incident().title() : s;
  }

  /** What a text says, apart from the record: read once for each text (see {@link #READ}). */
  private record Reading(
      List<Cue> cues,
      List<Suggestion> suggestions,
      List<Measured> measures,
      InferredTreatment treatment) {}

  /**
   * How many texts' readings are kept. A log repeats its descriptions ("near miss, no injury", a
   * generated log's phrases), and reading one costs three passes of the analyser; the bound keeps
   * the memory of a long log flat (the map is emptied when it is full).
   */
  static final int READ = 2048;

  private final Map<String, Reading> readings = new ConcurrentHashMap<>();

  private Reading reading(String text) {
    String key = text == null ? "" : text;
    Reading cached = readings.get(key);
    if (cached != null) {
      return cached;
    }
    // the word list is looked up once: its cue and its care sections read the same matches
    List<Lexicon.Match> found = text == null || text.isBlank() ? List.of() : LEXICON.find(text);
    Reading fresh =
        new Reading(
            List.copyOf(cues(found)),
            suggester.suggest(text),
            List.copyOf(measures(text)),
            TreatmentWords.infer(found).orElse(null));
    if (readings.size() >= READ) {
      readings.clear();
    }
    readings.put(key, fresh);
    return fresh;
  }

  @Override
  public Description read(IncidentRecord r) {
    Reading reading = reading(text(r));
    List<Cue> cues = new ArrayList<>(reading.cues());
    for (Suggestion s : reading.suggestions()) {
      Optional<ProtocolCheck> c = catalog.check(s.checkId());
      if (c.isPresent() && c.get().directControl() && applies(c.get(), r)) {
        for (String w : s.words()) {
          cues.add(new Cue(CueKind.CONTROL_ABSENT, w, c.get().energy(), s.checkId()));
        }
      }
    }
    return new Description(cues, reading.measures(), reading.treatment());
  }

  private boolean applies(ProtocolCheck c, IncidentRecord r) {
    return catalog
        .protocol(c.protocolId())
        .map((Protocol p) -> p.appliesTo(r.incident().category()))
        .orElse(false);
  }

  /** The cues of a text: each phrase found, with its kind and (for a source) its energy. */
  static List<Cue> cues(String text) {
    return cues(LEXICON.find(text));
  }

  /** The cues of the word list's phrases found in a text, in text order. */
  private static List<Cue> cues(List<Lexicon.Match> matches) {
    List<Cue> out = new ArrayList<>();
    List<Lexicon.Match> found = new ArrayList<>(matches);
    found.sort(java.util.Comparator.comparingInt(Lexicon.Match::start));
    for (Lexicon.Match m : found) {
      String[] section = m.section().split("\\s+", 2);
      if (section[0].equals("treatment")) {
        continue;
      }
      CueKind kind = CueKind.valueOf(section[0].toUpperCase(Locale.ROOT));
      Energy energy =
          section.length > 1 ? Energy.valueOf(section[1].toUpperCase(Locale.ROOT)) : null;
      out.add(new Cue(kind, m.words(), energy, null));
    }
    return out;
  }

  // ---- numbers --------------------------------------------------------------------------------

  private static final String APPROX =
      "(?:about|around|some|roughly|approximately|nearly|almost|over|under|only|just|less than|more than|at least|barely|maybe|perhaps|an estimated|estimated|~|c\\.)?\\s*";

  /** Words just before a number that say what it plans (a stand-off, a minimum). */
  private static final Pattern PLANNED_BEFORE =
      Pattern.compile(
          "(?:stand-?off|plan(?:ned)?|plan said|plan called for|minimum(?: of)?|at least|safe distance(?: of)?|safety distance(?: of)?|required|requires?|should (?:have )?be(?:en)?|rule(?: says| said)?|agreed|exclusion zone(?: of)?|set at|supposed to be)\\s*(?:is|was|of|:|a|an|the)?\\s*(?:a|an|the)?\\s*"
              + APPROX
              + "$",
          Pattern.CASE_INSENSITIVE);

  /** Words just after a number that say it is a planned distance ("a 20 ft stand-off"). */
  private static final Pattern PLANNED_AFTER =
      Pattern.compile(
          "^\\s*(?:stand-?off|minimum|safety distance|safe distance|exclusion zone|buffer|clearance)",
          Pattern.CASE_INSENSITIVE);

  /** Words before a number that say something fell that far. */
  private static final Pattern FALL_BEFORE =
      Pattern.compile(
          "\\b(?:fell|falls?|falling|fallen|dropped|drops?|dropping|plunged|plummeted|tumbled|jumped|leapt|came down)\\b[^.;,]{0,25}$",
          Pattern.CASE_INSENSITIVE);

  /** Words after a number that say it is the height of a fall ("a 22 ft fall"). */
  private static final Pattern FALL_AFTER =
      Pattern.compile("^\\s*(?:high )?(?:fall|drop|plunge)\\b", Pattern.CASE_INSENSITIVE);

  /** Words before a number that say it is how far a person was from the energy. */
  private static final Pattern DISTANCE_BEFORE =
      Pattern.compile(
          "\\b(?:within|fired at|shot at|fired from|discharged at|missed (?:him|her|them|the \\w+ )?by|came within|passed|at a distance of|distance of|at)\\s*"
              + APPROX
              + "$",
          Pattern.CASE_INSENSITIVE);

  /** Words after a number that say it is how far from a person or a place. */
  private static final Pattern DISTANCE_AFTER =
      Pattern.compile(
          "^\\s*(?:away|from|short of|of (?:the|a|him|her|them)|behind|in front|to (?:his|her|their) (?:left|right)|off (?:him|her))\\b",
          Pattern.CASE_INSENSITIVE);

  /** Words around a number that say it is a height someone worked at or something hung. */
  private static final Pattern HEIGHT_BEFORE =
      Pattern.compile(
          "\\b(?:at|from|up|high|height of|hovering at|hanging|hung|suspended|working at|standing at|on a|on an)\\s*"
              + APPROX
              + "$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern HEIGHT_AFTER =
      Pattern.compile(
          "^\\s*(?:up|high|above|in the air|off the ground|overhead|tall|ladder|scaffold|platform|roof|balcony|truss|grid|lift|wall|tower|drop|ledge|cliff|bridge)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Every number of {@code text} with a length, speed, voltage, temperature or weight ({@link
   * Quantities}), in the unit of what it measures.
   */
  static List<Measured> measures(String text) {
    List<Measured> out = new ArrayList<>();
    for (Quantities.Quantity q : Quantities.find(text)) {
      String before = clause(text.substring(0, q.start()), true);
      String after = clause(text.substring(q.end()), false);
      Measures what;
      Quantities.Unit unit;
      switch (q.dimension()) {
        case SPEED -> {
          what = Measures.SPEED;
          unit = Quantities.Unit.MILE_PER_HOUR;
        }
        case VOLTAGE -> {
          what = Measures.VOLTAGE;
          unit = Quantities.Unit.VOLT;
        }
        case TEMPERATURE -> {
          what = Measures.TEMPERATURE;
          unit = Quantities.Unit.FAHRENHEIT;
        }
        case MASS -> {
          what = Measures.WEIGHT;
          unit = Quantities.Unit.POUND;
        }
        case LENGTH -> {
          what = length(q, before, after);
          unit = Quantities.Unit.FOOT;
        }
        default -> {
          continue; // currents, pressures and durations answer no question here
        }
      }
      out.add(new Measured(what, q.lowIn(unit), q.highIn(unit), words(text, q, before, after)));
    }
    return out;
  }

  private static Measures length(Quantities.Quantity q, String before, String after) {
    if (q.unit() == Quantities.Unit.MILLIMETRE) {
      return Measures.OTHER; // a 9mm pistol, a 35mm camera
    }
    if (PLANNED_BEFORE.matcher(before).find() || PLANNED_AFTER.matcher(after).find()) {
      return Measures.PLANNED_DISTANCE;
    }
    if (FALL_BEFORE.matcher(before).find() || FALL_AFTER.matcher(after).find()) {
      return Measures.FALL_HEIGHT;
    }
    if (DISTANCE_AFTER.matcher(after).find() && !HEIGHT_AFTER.matcher(after).find()) {
      return Measures.DISTANCE;
    }
    if (HEIGHT_AFTER.matcher(after).find()) {
      return Measures.HEIGHT;
    }
    if (DISTANCE_BEFORE.matcher(before).find()
        && !before
            .toLowerCase(Locale.ROOT)
            .matches(".*\\b(?:hovering|working|standing) at\\s*\\S*\\s*$")) {
      return Measures.DISTANCE;
    }
    if (HEIGHT_BEFORE.matcher(before).find()) {
      return Measures.HEIGHT;
    }
    return Measures.OTHER;
  }

  /** The text of the same clause before (or after) a point, up to a sentence or clause break. */
  private static String clause(String s, boolean before) {
    if (before) {
      int cut = Math.max(Math.max(s.lastIndexOf('.'), s.lastIndexOf(';')), s.lastIndexOf('\n'));
      String c = cut >= 0 && cut < s.length() - 1 ? s.substring(cut + 1) : (cut >= 0 ? "" : s);
      return c.length() > 60 ? c.substring(c.length() - 60) : c;
    }
    int cut = firstOf(s, ".;\n,(");
    String c = cut >= 0 ? s.substring(0, cut) : s;
    return c.length() > 40 ? c.substring(0, 40) : c;
  }

  private static int firstOf(String s, String chars) {
    int best = -1;
    for (char ch : chars.toCharArray()) {
      int i = s.indexOf(ch);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }

  /** The number with the words just around it, as written: {@code fired at 8 ft}. */
  private static String words(String text, Quantities.Quantity q, String before, String after) {
    String[] b = before.strip().split("\\s+");
    String[] a = after.strip().split("\\s+");
    StringBuilder w = new StringBuilder();
    for (int i = Math.max(0, b.length - 2); i < b.length; i++) {
      if (!b[i].isEmpty()) {
        w.append(b[i]).append(' ');
      }
    }
    w.append(text, q.start(), q.end());
    for (int i = 0; i < Math.min(2, a.length); i++) {
      if (!a[i].isEmpty()) {
        w.append(' ').append(a[i]);
      }
    }
    return w.toString().replaceAll("\\s+", " ").strip();
  }
}
