package org.setsafe.text;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Joins two-word names of things that are not what their second (or first) word says: a nail gun,
 * staple gun, torque gun or spray gun is a tool, not a gun; a cartridge heater or a filter
 * cartridge holds no round; an ammunition can is a box people trip over; dolly track is not a
 * railway; blank notebooks and a round table are stationery and furniture; a water pistol is a toy.
 * The pair becomes one word ({@code nailgun}, {@code cartridgeheater}, {@code ammocan}), so neither
 * word counts alone in likeness or in a check's signals. Runs on lower-case words, before stop
 * words and stemming.
 */
final class ToolWordFilter extends TokenFilter {
  private static final Set<String> GUN = Set.of("gun", "guns");
  private static final Set<String> CARTRIDGE = Set.of("cartridge", "cartridges");
  private static final Set<String> TRACK = Set.of("track", "tracks");

  /** First word to the second words that, after it, name something else. */
  private static final Map<String, Set<String>> PAIRS = pairs();

  private static Map<String, Set<String>> pairs() {
    Map<String, Set<String>> m = new java.util.HashMap<>();
    for (String tool :
        new String[] {
          "nail",
          "staple",
          "stapler",
          "glue",
          "heat",
          "spray",
          "paint",
          "torque",
          "grease",
          "caulk",
          "caulking",
          "rivet",
          "tape",
          "foam",
          "water",
          "squirt",
          "air",
          "airless",
          "radar",
          "fog",
          "smoke",
          "impact",
          "solder",
          "soldering",
          "label",
          "price",
          "texture",
          "sealant",
          "silicone",
          "snow",
          "stud",
          "screw",
          "brad",
          "pin",
          "framing",
          "pneumatic",
          "epoxy",
          "bubble",
          "temperature",
          "infrared",
          "ir",
          "thermometer",
          "massage",
          "tattoo",
          "blow",
          "cement",
          "mortar",
          "plaster",
          "hopper",
          "drywall",
          "sandblast",
          "sandblasting",
          "pressure",
          "texturing",
          "grout",
          "mastic",
          "adhesive",
          "dispensing",
          "flock",
          "flocking",
          "confetti",
          "steam",
          "mist",
          "misting"
        }) {
      m.put(tool, GUN);
    }
    for (String holder :
        new String[] {
          "filter", "ink", "toner", "printer", "respirator", "gas", "co2", "butane", "propane",
          "grease", "caulk", "caulking", "sealant", "faucet", "water", "glue", "tape", "heater"
        }) {
      m.merge(holder, CARTRIDGE, ToolWordFilter::union);
    }
    Set<String> afterCartridge =
        Set.of(
            "heater",
            "heaters",
            "fuse",
            "fuses",
            "filter",
            "filters",
            "valve",
            "valves",
            "respirator",
            "respirators",
            "tap",
            "pen",
            "pens");
    for (String c : CARTRIDGE) {
      m.merge(c, afterCartridge, ToolWordFilter::union);
    }
    Set<String> box = Set.of("can", "cans", "tin", "tins");
    m.merge("ammo", box, ToolWordFilter::union);
    m.merge("ammunition", box, ToolWordFilter::union);
    for (String rig : new String[] {"dolly", "camera", "cable", "curtain", "lighting", "truss"}) {
      m.merge(rig, TRACK, ToolWordFilter::union);
    }
    m.merge(
        "blank",
        Set.of(
            "wall",
            "walls",
            "page",
            "pages",
            "form",
            "forms",
            "sheet",
            "sheets",
            "canvas",
            "screen",
            "notebook",
            "notebooks",
            "paper",
            "check",
            "cheque",
            "stare",
            "space",
            "card",
            "cards",
            "label",
            "labels"),
        ToolWordFilter::union);
    m.merge("round", Set.of("table", "tables", "trip", "trips", "robin"), ToolWordFilter::union);
    // a water pistol or squirt gun is a toy that squirts water
    Set<String> toy = Set.of("pistol", "pistols", "gun", "guns");
    m.merge("water", toy, ToolWordFilter::union);
    m.merge("squirt", toy, ToolWordFilter::union);
    return Map.copyOf(m);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.Set<String> s = new java.util.HashSet<>(a);
    s.addAll(b);
    return Set.copyOf(s);
  }

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
  private State pending;
  private boolean exhausted;

  ToolWordFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
    } else if (exhausted || !input.incrementToken()) {
      exhausted = true;
      return false;
    }
    Set<String> seconds = PAIRS.get(term.toString());
    if (seconds == null || exhausted) {
      return true;
    }
    State first = captureState();
    String firstWord = term.toString();
    int start = offset.startOffset();
    if (!input.incrementToken()) {
      exhausted = true;
      restoreState(first);
      return true;
    }
    if (inc.getPositionIncrement() == 1 && seconds.contains(term.toString())) {
      String joined = firstWord + stem(term.toString());
      int end = offset.endOffset();
      restoreState(first);
      term.setEmpty().append(joined);
      offset.setOffset(start, end);
      return true;
    }
    pending = captureState();
    restoreState(first);
    return true;
  }

  /** The second word without a plural s, so "nail guns" and "nail gun" are one word. */
  private static String stem(String w) {
    return w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
    exhausted = false;
  }
}
