package org.setsafe.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.setsafe.analysis.DescriptionReader.Cue;
import org.setsafe.analysis.DescriptionReader.CueKind;
import org.setsafe.analysis.DescriptionReader.Description;
import org.setsafe.analysis.DescriptionReader.Measured;
import org.setsafe.analysis.DescriptionReader.Measures;
import org.setsafe.model.Answer;
import org.setsafe.model.Category;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Energy;
import org.setsafe.model.EnergyRules;
import org.setsafe.model.EnergyRules.Limit;
import org.setsafe.model.EnergyRules.Measure;
import org.setsafe.model.EnergyRules.Presumption;
import org.setsafe.model.Harm;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Involvement;
import org.setsafe.model.SclClass;
import org.setsafe.model.SclQuestion;
import org.setsafe.model.Severity;
import org.setsafe.protocol.ControlType;
import org.setsafe.protocol.Protocol;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;

/**
 * Classifies incidents by the Safety Classification and Learning model (see {@link SclClass}):
 * answers its four questions for each incident, each from the firmest basis that decides it.
 *
 * <ol>
 *   <li>A recorded answer (a log's column mapped onto the answer) wins over everything.
 *   <li>High energy: the numbers of the description against the limits of {@link EnergyRules} (a
 *       fall of 4 ft, 50 V, 150 F, weight times height against 500 ft-lbf; a ladder's n-th step is
 *       at most n x 14 in), then the sources of energy it names, then setsafe's presumption for the
 *       hazard category.
 *   <li>High-energy incident: energy where it must never be (a failed direct control that
 *       eliminates ballistic or explosive energy, such as no live ammunition on set; live rounds
 *       among the dummies in the words), a person hit or within reach (6 ft, or the larger
 *       stand-off the description gives), someone hurt in a high-energy event, a release with or
 *       without anyone near, or nothing released.
 *   <li>Serious injury: a death or a recorded serious injury; a near miss is none; an injury is a
 *       serious one only where the words say life-threatening or life-altering (an amputation,
 *       paralysis, a coma), never because someone went to hospital.
 *   <li>Direct control: the recorded result of a check that is a direct control (from the
 *       protocols), of a protocol that applies to the hazard; a failure of any wins; then the words
 *       (a control missing, a stand-off breached, a control in place).
 * </ol>
 *
 * <p>An answer nothing decides is unknown; the class is then the most serious of those the unknown
 * answers leave open. Inferred answers (words, a hazard's presumption, a check only suggested by
 * words) are marked so and carry their words.
 */
public final class SclClassifier {
  /** Most serious class first; a definite class before the same class at worst. */
  public static final Comparator<SclResult> MOST_SERIOUS_FIRST =
      Comparator.comparing(SclResult::sclClass, SclClass.MOST_SERIOUS_FIRST)
          .thenComparing(SclResult::atWorst);

  /** The incident field that records each answer. */
  private static final Map<SclQuestion, String> FIELDS =
      Map.of(
          SclQuestion.HIGH_ENERGY, "high_energy",
          SclQuestion.HIGH_ENERGY_INCIDENT, "high_energy_incident",
          SclQuestion.SERIOUS_INJURY, "serious_injury",
          SclQuestion.DIRECT_CONTROL, "direct_control");

  private final ProtocolCatalog catalog;
  private final EnergyRules rules;
  private final DescriptionReader reader;

  /**
   * @param rules what counts as high energy ({@code rules.HighEnergyFile.bundled()} reads the
   *     bundled file)
   * @param reader what reads the words of descriptions ({@link DescriptionReader#NONE} to classify
   *     from recorded facts alone; {@code text.DescriptionWords.bundled()} reads them)
   */
  public SclClassifier(ProtocolCatalog catalog, EnergyRules rules, DescriptionReader reader) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /**
   * Classifies one incident; the answers its log records ({@link Incident#recordedAnswers}) win
   * over any other basis.
   */
  public SclResult classify(IncidentRecord r) {
    return classify(r, r.incident().recordedAnswers());
  }

  /** Classifies one incident with {@code recorded} as the answers its log records. */
  public SclResult classify(IncidentRecord r, Map<SclQuestion, Answer> recorded) {
    Description d = reader.read(r);
    Map<SclQuestion, SclAnswer> answers = new EnumMap<>(SclQuestion.class);
    for (SclQuestion q : SclQuestion.values()) {
      Answer a = recorded.get(q);
      if (a != null && a.known()) {
        answers.put(
            q,
            new SclAnswer(
                q,
                a,
                SclBasis.RECORDED,
                false,
                "recorded in the log (" + FIELDS.get(q) + ": " + a.code() + ")",
                List.of()));
      }
    }
    answers.computeIfAbsent(SclQuestion.HIGH_ENERGY, q -> highEnergy(r, d));
    answers.computeIfAbsent(
        SclQuestion.HIGH_ENERGY_INCIDENT,
        q -> highEnergyIncident(r, d, answers.get(SclQuestion.HIGH_ENERGY).answer()));
    answers.computeIfAbsent(SclQuestion.SERIOUS_INJURY, q -> seriousInjury(r, d));
    answers.computeIfAbsent(SclQuestion.DIRECT_CONTROL, q -> directControl(r, d));
    Set<SclClass> possible = possible(answers);
    SclClass worst = possible.stream().min(SclClass.MOST_SERIOUS_FIRST).orElseThrow();
    return new SclResult(
        r.id(),
        worst,
        possible,
        List.copyOf(answers.values()),
        d.treatment(),
        r.incident().severity());
  }

  /** Every class the answers allow, an unknown answer taken both ways. */
  static Set<SclClass> possible(Map<SclQuestion, SclAnswer> answers) {
    Set<SclClass> out = EnumSet.noneOf(SclClass.class);
    for (boolean he : ways(answers.get(SclQuestion.HIGH_ENERGY).answer())) {
      for (boolean inc : ways(answers.get(SclQuestion.HIGH_ENERGY_INCIDENT).answer())) {
        for (boolean si : ways(answers.get(SclQuestion.SERIOUS_INJURY).answer())) {
          for (boolean dc : ways(answers.get(SclQuestion.DIRECT_CONTROL).answer())) {
            out.add(SclClass.of(he, inc, si, dc));
          }
        }
      }
    }
    return out;
  }

  private static boolean[] ways(Answer a) {
    return switch (a) {
      case YES -> new boolean[] {true};
      case NO -> new boolean[] {false};
      case UNKNOWN -> new boolean[] {true, false};
    };
  }

  // ---- high energy -------------------------------------------------------------------------

  private SclAnswer highEnergy(IncidentRecord r, Description d) {
    SclQuestion q = SclQuestion.HIGH_ENERGY;
    Evidence yes = new Evidence();
    Evidence no = new Evidence();
    Limit fall = rules.limit(Measure.FALL_HEIGHT).orElse(null);
    double weightLb = heaviest(d);
    boolean computedLow = false;
    for (Measured m : d.measures()) {
      switch (m.what()) {
        case FALL_HEIGHT, HEIGHT -> {
          if (!Double.isNaN(weightLb)) {
            double ftLbf = weightLb * m.high();
            computedLow |= ftLbf < rules.thresholdFtLbf();
            Evidence e = ftLbf >= rules.thresholdFtLbf() ? yes : no;
            e.add(
                m.words(),
                "about "
                    + Math.round(ftLbf)
                    + " ft-lbf (weight times height) against the "
                    + number(rules.thresholdFtLbf())
                    + " ft-lbf threshold");
          } else if (fall != null) {
            compare(m, fall, yes, no, m.what() == Measures.FALL_HEIGHT ? "a fall" : "a height");
          }
        }
        case VOLTAGE ->
            rules.limit(Measure.VOLTAGE).ifPresent(l -> compare(m, l, yes, no, "a voltage"));
        case TEMPERATURE ->
            rules
                .limit(Measure.TEMPERATURE)
                .ifPresent(l -> compare(m, l, yes, no, "a temperature"));
        default -> {}
      }
    }
    for (Cue c : d.cues(CueKind.LADDER_STEP)) {
      int n = ordinal(c.words());
      if (n > 0 && fall != null) {
        double inches = n * rules.ladderStepInches();
        if (inches < fall.atLeast() * 12) {
          no.add(
              c.words(),
              "at most "
                  + number(inches)
                  + " in up (steps are at most "
                  + number(rules.ladderStepInches())
                  + " in apart), under "
                  + fall.describe());
        }
      }
    }
    List<CheckResult> uncontained = uncontained(r);
    if (!uncontained.isEmpty()) {
      return checks(q, Answer.YES, uncontained, "energy where it must never be: ");
    }
    for (Cue c : d.cues(CueKind.UNCONTAINED)) {
      yes.add(c.words(), "live energy where it must never be");
    }
    boolean moving =
        MOVING.contains(r.incident().category()) || !d.cues(CueKind.RELEASED).isEmpty();
    for (Cue c : d.cues(CueKind.HIGH_ENERGY)) {
      if (c.energy() == Energy.MOTION && !moving) {
        continue; // a parked truck is no high energy: only what moves
      }
      if (c.energy() == Energy.GRAVITY && computedLow) {
        continue; // the weight and height given say what fell, whatever it fell from
      }
      yes.add(c.words(), energyName(c) + "high-energy source");
    }
    if (!yes.isEmpty()) {
      return yes.answer(q, Answer.YES, SclBasis.WORDS);
    }
    for (Cue c : d.cues(CueKind.LOW_ENERGY)) {
      no.add(c.words(), "a low-energy source");
    }
    if (!no.isEmpty()) {
      return no.answer(q, Answer.NO, SclBasis.WORDS);
    }
    Presumption p = rules.presumption(r.incident().category());
    if (p.presumed().known()) {
      return new SclAnswer(
          q,
          p.presumed(),
          SclBasis.HAZARD,
          true,
          r.incident().category().label() + ": " + p.why() + " (setsafe's presumption)",
          List.of());
    }
    return SclAnswer.unknown(
        q,
        r.incident().category().label()
            + ": "
            + p.why()
            + ", and the description names no source or number that settles it");
  }

  /** Hazards whose sources of motion energy are in motion by their nature. */
  private static final Set<Category> MOVING =
      EnumSet.of(
          Category.VEHICLE,
          Category.AVIATION,
          Category.RAILROAD,
          Category.ANIMAL,
          Category.STUNT,
          Category.WATER_DIVING);

  private static void compare(Measured m, Limit l, Evidence yes, Evidence no, String what) {
    Answer a = m.atLeast(l.atLeast());
    if (a == Answer.YES) {
      yes.add(m.words(), what + " of " + l.describe() + " or more");
    } else if (a == Answer.NO) {
      no.add(m.words(), what + " under " + l.describe());
    }
  }

  /** The heaviest weight the description gives, in pounds, or NaN. */
  private static double heaviest(Description d) {
    double w = Double.NaN;
    for (Measured m : d.measures(Measures.WEIGHT)) {
      double lb = m.high();
      w = Double.isNaN(w) ? lb : Math.max(w, lb);
    }
    return w;
  }

  private static final List<String> ORDINALS =
      List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth");

  /** The step number of "the second step", "step 3", "bottom step" (1); 0 when not told. */
  static int ordinal(String words) {
    String w = words.toLowerCase(Locale.ROOT);
    if (w.contains("bottom") || w.contains("lowest")) {
      return 1;
    }
    for (int i = 0; i < ORDINALS.size(); i++) {
      if (w.contains(ORDINALS.get(i))) {
        return i + 1;
      }
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)").matcher(w);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static String energyName(Cue c) {
    return c.energy() == null ? "" : c.energy().label().toLowerCase(Locale.ROOT) + ": ";
  }

  // ---- high-energy incident ----------------------------------------------------------------

  private SclAnswer highEnergyIncident(IncidentRecord r, Description d, Answer highEnergy) {
    SclQuestion q = SclQuestion.HIGH_ENERGY_INCIDENT;
    List<CheckResult> uncontained = uncontained(r);
    if (!uncontained.isEmpty()) {
      return checks(
          q,
          Answer.YES,
          uncontained,
          "energy out of its control on set (setsafe reads the failure of a control that keeps"
              + " live ammunition or explosives off set as a release, with the people who found"
              + " or handled it in contact): ");
    }
    Evidence yes = new Evidence();
    for (Cue c : d.cues(CueKind.UNCONTAINED)) {
      yes.add(
          c.words(),
          "the energy was out of its control on set (setsafe reads ammunition where it must"
              + " never be as released), with people handling it");
    }
    for (Cue c : d.cues(CueKind.CONTACT)) {
      yes.add(c.words(), "a person in contact with the energy");
    }
    if (!yes.isEmpty()) {
      return yes.answer(q, Answer.YES, SclBasis.WORDS);
    }
    boolean released = !d.cues(CueKind.RELEASED).isEmpty();
    double reach = reach(d);
    Evidence near = new Evidence();
    Evidence far = new Evidence();
    for (Measured m : d.measures(Measures.DISTANCE)) {
      if (m.high() <= reach) {
        near.add(m.words(), "within reach (" + number(reach) + " ft)");
      } else if (m.low() > reach) {
        far.add(m.words(), "out of reach (" + number(reach) + " ft)");
      }
    }
    if (released && !near.isEmpty()) {
      near.addAll(d.cues(CueKind.RELEASED), "released");
      return near.answer(q, Answer.YES, SclBasis.WORDS);
    }
    if (!far.isEmpty() && near.isEmpty() && d.cues(CueKind.NEAR).isEmpty()) {
      return far.answer(q, Answer.NO, SclBasis.WORDS);
    }
    Severity s = r.incident().severity();
    if (s != Severity.NEAR_MISS && highEnergy != Answer.NO) {
      return new SclAnswer(
          q,
          Answer.YES,
          SclBasis.SEVERITY,
          true,
          "someone was hurt ("
              + s.label().toLowerCase(Locale.ROOT)
              + ") where high energy was present",
          List.of());
    }
    Evidence nearBy = new Evidence();
    nearBy.addAll(d.cues(CueKind.NEAR), "a person within reach");
    if (!nearBy.isEmpty() && (released || d.cues(CueKind.NOT_RELEASED).isEmpty())) {
      nearBy.addAll(d.cues(CueKind.RELEASED), "released");
      return nearBy.answer(q, Answer.YES, SclBasis.WORDS);
    }
    Evidence nobody = new Evidence();
    nobody.addAll(d.cues(CueKind.NOBODY_NEAR), "nobody in reach");
    if (!nobody.isEmpty()) {
      return nobody.answer(q, Answer.NO, SclBasis.WORDS);
    }
    Evidence notReleased = new Evidence();
    notReleased.addAll(d.cues(CueKind.NOT_RELEASED), "not released");
    if (!released && !notReleased.isEmpty()) {
      return notReleased.answer(q, Answer.NO, SclBasis.WORDS);
    }
    if (!released && !d.cues(CueKind.CONTROL_ABSENT).isEmpty() && nobody.isEmpty()) {
      Evidence missing = new Evidence();
      missing.addAll(d.cues(CueKind.CONTROL_ABSENT), "a control missing, nothing released");
      return missing.answer(q, Answer.NO, SclBasis.WORDS);
    }
    if (!released && r.incident().category() == Category.FIREARM) {
      return new SclAnswer(
          q,
          Answer.NO,
          SclBasis.HAZARD,
          true,
          "Firearm: its energy is released only by a shot, and the description tells of none",
          List.of());
    }
    if (released) {
      return SclAnswer.unknown(
          q,
          "released ("
              + quoted(d.cues(CueKind.RELEASED).stream().map(Cue::words).toList())
              + "), but the description does not say whether anyone was within "
              + number(reach)
              + " ft");
    }
    return SclAnswer.unknown(
        q, "the description does not say whether the energy was released near anyone");
  }

  /** How near counts as within reach: 6 ft, or a larger distance the description plans. */
  private double reach(Description d) {
    double reach = rules.proximityFt();
    for (Measured m : d.measures(Measures.PLANNED_DISTANCE)) {
      reach = Math.max(reach, m.high());
    }
    return reach;
  }

  // ---- serious injury ----------------------------------------------------------------------

  private SclAnswer seriousInjury(IncidentRecord r, Description d) {
    SclQuestion q = SclQuestion.SERIOUS_INJURY;
    Incident i = r.incident();
    if (i.severity() == Severity.FATAL) {
      return new SclAnswer(
          q, Answer.YES, SclBasis.SEVERITY, false, "fatal: " + i.casualties(), List.of());
    }
    for (Involvement p : r.people()) {
      if (p.harm() == Harm.KILLED) {
        return new SclAnswer(
            q, Answer.YES, SclBasis.SEVERITY, false, p.name() + " was killed", List.of());
      }
    }
    if (i.severity() == Severity.SERIOUS_INJURY) {
      // a log's "serious injury" is often a hospital case; the model's is life-threatening or
      // life-altering: words that name only lesser harm or care (bruised ribs, a night for
      // observation) and nothing worse say the recorded severity is not one
      List<Cue> minor = d.cues(CueKind.MINOR_INJURY);
      if (d.cues(CueKind.SERIOUS_INJURY).isEmpty() && !minor.isEmpty()) {
        Evidence lesser = new Evidence();
        lesser.addAll(
            minor,
            "recorded as a serious injury, but the words name only harm or care that is neither"
                + " life-threatening nor life-altering");
        return lesser.answer(q, Answer.NO, SclBasis.WORDS);
      }
      return new SclAnswer(
          q, Answer.YES, SclBasis.SEVERITY, false, "recorded as a serious injury", List.of());
    }
    if (i.severity() == Severity.NEAR_MISS) {
      return new SclAnswer(
          q, Answer.NO, SclBasis.SEVERITY, false, "recorded as a near miss", List.of());
    }
    Evidence serious = new Evidence();
    serious.addAll(d.cues(CueKind.SERIOUS_INJURY), "life-threatening or life-altering");
    if (!serious.isEmpty()) {
      return serious.answer(q, Answer.YES, SclBasis.WORDS);
    }
    return new SclAnswer(
        q,
        Answer.NO,
        SclBasis.SEVERITY,
        false,
        "recorded as an injury, not a serious one, and the words name no life-threatening or"
            + " life-altering injury",
        List.of());
  }

  // ---- direct control ----------------------------------------------------------------------

  private SclAnswer directControl(IncidentRecord r, Description d) {
    SclQuestion q = SclQuestion.DIRECT_CONTROL;
    List<CheckResult> failed = new ArrayList<>();
    List<CheckResult> passed = new ArrayList<>();
    for (CheckResult c : r.checks()) {
      Optional<ProtocolCheck> pc = catalog.check(c.checkId());
      if (pc.isEmpty() || !pc.get().directControl() || !applies(pc.get(), r)) {
        continue;
      }
      if (c.status().failure()) {
        failed.add(c);
      } else if (c.status() == CheckStatus.PASSED) {
        passed.add(c);
      }
    }
    if (!failed.isEmpty()) {
      return checks(q, Answer.NO, failed, "direct control failed: ");
    }
    Evidence absent = new Evidence();
    absent.addAll(d.cues(CueKind.CONTROL_ABSENT), "a direct control missing or failed");
    for (Measured m : d.measures(Measures.DISTANCE)) {
      for (Measured plan : d.measures(Measures.PLANNED_DISTANCE)) {
        if (m.high() < plan.low()) {
          absent.add(m.words() + " against " + plan.words(), "the planned distance was not kept");
        }
      }
    }
    if (!absent.isEmpty()) {
      return absent.answer(q, Answer.NO, SclBasis.WORDS);
    }
    if (!passed.isEmpty()) {
      return checks(q, Answer.YES, passed, "direct control in place: ");
    }
    Evidence present = new Evidence();
    present.addAll(d.cues(CueKind.CONTROL_PRESENT), "a direct control in place");
    if (!present.isEmpty()) {
      return present.answer(q, Answer.YES, SclBasis.WORDS);
    }
    return SclAnswer.unknown(
        q, "no check that is a direct control is recorded, and the words name none");
  }

  private boolean applies(ProtocolCheck c, IncidentRecord r) {
    return catalog
        .protocol(c.protocolId())
        .map((Protocol p) -> p.appliesTo(r.incident().category()))
        .orElse(false);
  }

  /**
   * The failed results of the incident's direct controls that eliminate ballistic or explosive
   * energy (no live ammunition on set, no personal firearms): energy where it must never be.
   */
  private List<CheckResult> uncontained(IncidentRecord r) {
    List<CheckResult> out = new ArrayList<>();
    for (CheckResult c : r.checks()) {
      Optional<ProtocolCheck> pc = catalog.check(c.checkId());
      if (c.status().failure()
          && pc.isPresent()
          && pc.get().directControl()
          && pc.get().control() == ControlType.ELIMINATION
          && (pc.get().energy() == Energy.BALLISTIC || pc.get().energy() == Energy.EXPLOSIVE)
          && applies(pc.get(), r)) {
        out.add(c);
      }
    }
    return out;
  }

  private SclAnswer checks(SclQuestion q, Answer a, List<CheckResult> results, String lead) {
    List<String> parts = new ArrayList<>();
    List<String> words = new ArrayList<>();
    boolean inferred = true;
    for (CheckResult c : results) {
      parts.add(
          catalog.title(c.checkId())
              + " ("
              + c.checkId()
              + ") "
              + c.status().label().toLowerCase(Locale.ROOT)
              + (c.inferred() ? ", inferred" : ""));
      inferred &= c.inferred();
      words.addAll(c.suggestedWords());
    }
    return new SclAnswer(q, a, SclBasis.CHECK, inferred, lead + String.join("; ", parts), words);
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static String number(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }

  private static String quoted(List<String> words) {
    return String.join("; ", words.stream().map(w -> "\"" + w + "\"").toList());
  }

  /** Words of a description with what each says, gathered for one answer. */
  private static final class Evidence {
    private final List<String> words = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();

    void add(String w, String reason) {
      if (!words.contains(w)) {
        words.add(w);
        reasons.add("\"" + w + "\": " + reason);
      }
    }

    void addAll(List<Cue> cues, String reason) {
      for (Cue c : cues) {
        add(c.words(), reason);
      }
    }

    boolean isEmpty() {
      return words.isEmpty();
    }

    SclAnswer answer(SclQuestion q, Answer a, SclBasis basis) {
      return new SclAnswer(q, a, basis, true, String.join("; ", reasons), words);
    }
  }
}
