package org.setsafe.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.setsafe.analysis.History;
import org.setsafe.compare.Aftermath;
import org.setsafe.model.Answer;
import org.setsafe.model.AssessedHazard;
import org.setsafe.model.Category;
import org.setsafe.model.CheckResult;
import org.setsafe.model.Energy;
import org.setsafe.model.EnergyRules;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.PartialDate;
import org.setsafe.model.RiskMatrix;
import org.setsafe.model.SpecificAssessments;
import org.setsafe.protocol.Protocol;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;

/**
 * Checks a scene risk assessment against the protocols, the law's list of high-risk activities, the
 * matrix and the record, scene by scene. A scene is not ready when any of these holds:
 *
 * <ul>
 *   <li>a high-energy hazard (its category presumed high energy by the high-energy rules, or its
 *       severity rated Major or worse) has no direct control planned among its controls: a check
 *       marked {@code direct_control} of a protocol for its category, or a general one for its
 *       energy;
 *   <li>a check its protocol requires ({@code "required": true}) is not planned;
 *   <li>the activity is on the law's list (Labor Code §9152.5(c)) and the row is not marked as its
 *       specific assessment;
 *   <li>the risk is not rated, or the residual risk is not re-rated, not lower than the initial, or
 *       in a band the matrix does not accept;
 *   <li>nobody other than the assessor signed it, the sign-off has no date, it was signed before
 *       the row's last change, or the shoot date has passed and it is unsigned;
 *   <li>a row of the scene could not be read, or holds a located error.
 * </ul>
 *
 * <p>For every missing control, the incidents where it failed: in the historical record (recorded
 * failures only, never inferred ones) and, when the production's log is given, in that log, kept
 * apart.
 */
public final class RiskCheck {
  private final ProtocolCatalog catalog;
  private final EnergyRules energy;
  private final RiskMatrix matrix;
  private final SpecificAssessments law;
  private final History history;
  private final History production;
  private final Map<String, Map<String, CheckResult>> failures = new LinkedHashMap<>();
  private final LocalDate today;
  private final Predicate<ProtocolCheck> required;

  /**
   * @param history the historical record (the reference dataset)
   * @param production the production's own log, or null when none was given
   * @param today the day a shoot date is past after
   * @param required which checks a protocol requires of its activity
   */
  public RiskCheck(
      ProtocolCatalog catalog,
      EnergyRules energy,
      RiskMatrix matrix,
      SpecificAssessments law,
      List<IncidentRecord> history,
      List<IncidentRecord> production,
      LocalDate today,
      Predicate<ProtocolCheck> required) {
    this.catalog = Objects.requireNonNull(catalog);
    this.energy = Objects.requireNonNull(energy);
    this.matrix = Objects.requireNonNull(matrix);
    this.law = Objects.requireNonNull(law);
    this.history = new History(history);
    this.production = production == null ? null : new History(production);
    this.today = Objects.requireNonNull(today);
    this.required = Objects.requireNonNull(required);
    index(history);
    if (production != null) {
      index(production);
    }
  }

  private void index(List<IncidentRecord> records) {
    for (IncidentRecord r : records) {
      for (CheckResult c : r.checks()) {
        if (c.status().failure()) {
          failures.computeIfAbsent(r.id(), k -> new LinkedHashMap<>()).putIfAbsent(c.checkId(), c);
        }
      }
    }
  }

  public RiskMatrix matrix() {
    return matrix;
  }

  public SpecificAssessments law() {
    return law;
  }

  /** The protocols written for a hazard category (general ones aside). */
  public List<Protocol> protocolsFor(Category category) {
    return catalog.protocols().stream()
        .filter(p -> !p.general() && p.categories().contains(category))
        .toList();
  }

  /**
   * The direct controls for a hazard of {@code category}: those of its protocols, then general ones
   * for the category's energy.
   */
  public List<ProtocolCheck> directControls(Category category) {
    List<ProtocolCheck> out = new ArrayList<>();
    for (Protocol p : protocolsFor(category)) {
      p.checks().stream().filter(ProtocolCheck::directControl).forEach(out::add);
    }
    Energy e = energy.presumption(category).energy();
    for (Protocol p : catalog.protocols()) {
      if (p.general()) {
        for (ProtocolCheck k : p.checks()) {
          if (k.directControl() && (k.energy() == e || out.isEmpty() && e == null)) {
            out.add(k);
          }
        }
      }
    }
    return out;
  }

  /** The checks the protocols for {@code category} require of the activity. */
  public List<ProtocolCheck> requiredChecks(Category category) {
    List<ProtocolCheck> out = new ArrayList<>();
    for (Protocol p : protocolsFor(category)) {
      p.checks().stream().filter(required).forEach(out::add);
    }
    return out;
  }

  /** Whether a row's hazard is high energy, and why (null when it is not). */
  String highEnergy(AssessedHazard h) {
    EnergyRules.Presumption p = energy.presumption(h.category());
    if (p.presumed() == Answer.YES) {
      return h.category().label().toLowerCase(Locale.ROOT)
          + " is high energy"
          + (p.energy() == null ? "" : ", " + p.energy().code() + " energy");
    }
    if (h.severity() != null && h.severity() >= 4) {
      return "its severity is rated "
          + h.severity()
          + " ("
          + matrix.severity().get(h.severity() - 1).word()
          + ")";
    }
    return null;
  }

  /** Reviews every scene of the assessment, in the order scenes first appear in the file. */
  public List<SceneReview> review(Assessment a) {
    Map<String, List<AssessedHazard>> byScene = new LinkedHashMap<>();
    for (AssessedHazard h : a.hazards()) {
      byScene.computeIfAbsent(h.scene(), k -> new ArrayList<>()).add(h);
    }
    Map<String, List<Assessment.Rejected>> rejected = new LinkedHashMap<>();
    for (Assessment.Rejected r : a.rejected()) {
      String scene = r.scene().isEmpty() ? "(no scene named)" : r.scene();
      rejected.computeIfAbsent(scene, k -> new ArrayList<>()).add(r);
      byScene.computeIfAbsent(scene, k -> new ArrayList<>());
    }
    // scenes in the order of their first row in the file, read or not
    Map<String, Long> first = new java.util.HashMap<>();
    a.hazards().forEach(h -> first.merge(h.scene(), h.line(), Math::min));
    rejected.forEach((k, v) -> v.forEach(r -> first.merge(k, r.line(), Math::min)));
    List<Map.Entry<String, List<AssessedHazard>>> ordered = new ArrayList<>(byScene.entrySet());
    ordered.sort(java.util.Comparator.comparing(e -> first.getOrDefault(e.getKey(), 0L)));
    List<SceneReview> out = new ArrayList<>();
    for (Map.Entry<String, List<AssessedHazard>> e : ordered) {
      out.add(scene(e.getKey(), e.getValue(), rejected.getOrDefault(e.getKey(), List.of()), a));
    }
    return out;
  }

  private SceneReview scene(
      String scene, List<AssessedHazard> rows, List<Assessment.Rejected> bad, Assessment a) {
    Gaps gaps = new Gaps();
    List<String> notes = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>();
    for (Assessment.Rejected r : bad) {
      gaps.add(
          Gap.Kind.ROW_ERROR,
          "the row could not be read: " + r.reason().location() + ": " + r.reason().message(),
          r.line(),
          List.of());
    }
    for (AssessedHazard h : rows) {
      // a kept row's errors are contradictions (a residual worse than the initial, a sign-off
      // before the last change): the gaps below say them in the scene's words
      controls(h, gaps, missing);
      if (!h.notApplicable().isEmpty()) {
        notes.add(
            hazardWords(h)
                + " (row "
                + h.line()
                + "): the assessor marks not applicable: "
                + titles(
                    h.notApplicable().stream()
                        .map(catalog::check)
                        .flatMap(java.util.Optional::stream)
                        .toList(),
                    "and"));
      }
      ratings(h, gaps);
      signOff(h, gaps);
    }
    specific(rows, gaps, notes);
    PartialDate shoot =
        rows.stream()
            .map(AssessedHazard::shootDate)
            .filter(Objects::nonNull)
            .min(PartialDate::compareTo)
            .orElse(null);
    List<ControlLessons> lessons = new ArrayList<>();
    for (String id : missing) {
      lessons.add(lessons(id));
    }
    return new SceneReview(scene, shoot, rows, gaps.list(), notes, lessons);
  }

  private void controls(AssessedHazard h, Gaps gaps, Set<String> missing) {
    String what = hazardWords(h);
    String high = highEnergy(h);
    if (high != null) {
      List<ProtocolCheck> direct = directControls(h.category());
      Energy e = energy.presumption(h.category()).energy();
      boolean planned =
          h.controlIds().stream()
              .map(catalog::check)
              .flatMap(java.util.Optional::stream)
              .anyMatch(
                  k -> k.directControl() && (direct.contains(k) || e == null || k.energy() == e));
      if (!planned) {
        List<String> ids = direct.stream().map(ProtocolCheck::id).toList();
        missing.addAll(ids);
        gaps.add(
            Gap.Kind.NO_DIRECT_CONTROL,
            what
                + ": a high-energy hazard ("
                + high
                + ") with no direct control planned"
                + plannedWords(h)
                + (direct.isEmpty()
                    ? "; the protocols name no direct control for it: plan one that removes or"
                        + " guards the energy"
                    : "; plan at least one of: " + titles(direct)),
            h.line(),
            ids);
      }
    }
    List<ProtocolCheck> lacking =
        requiredChecks(h.category()).stream()
            .filter(k -> !h.controlIds().contains(k.id()))
            .filter(k -> !h.notApplicable().contains(k.id()))
            .toList();
    if (!lacking.isEmpty()) {
      lacking.forEach(k -> missing.add(k.id()));
      gaps.add(
          Gap.Kind.REQUIRED_CHECK_MISSING,
          what
              + ": the "
              + protocolsFor(h.category()).stream()
                  .map(p -> p.title())
                  .reduce((x, y) -> x + " and " + y)
                  .orElse("")
              + " protocol requires "
              + titles(lacking, "and")
              + ", not among the planned controls",
          h.line(),
          lacking.stream().map(ProtocolCheck::id).toList());
    }
  }

  private void ratings(AssessedHazard h, Gaps gaps) {
    String what = hazardWords(h);
    if (!h.rated()) {
      gaps.add(
          Gap.Kind.NOT_RATED,
          what
              + ": the risk before controls is not rated (likelihood and severity, 1 to "
              + matrix.size()
              + ")",
          h.line(),
          List.of());
      return;
    }
    RiskMatrix.Cell initial = matrix.cell(h.likelihood(), h.severity());
    if (!h.reRated()) {
      gaps.add(
          Gap.Kind.RESIDUAL_NOT_RERATED,
          what
              + ": the risk with the controls in place is not re-rated (initial: "
              + initial.words()
              + ")",
          h.line(),
          List.of());
      return;
    }
    RiskMatrix.Cell residual = matrix.cell(h.residualLikelihood(), h.residualSeverity());
    if (residual.score() >= initial.score()) {
      gaps.add(
          Gap.Kind.RESIDUAL_NOT_LOWER,
          what
              + ": the residual risk ("
              + residual.words()
              + ") is not lower than the initial ("
              + initial.words()
              + "); the controls planned do not reduce it",
          h.line(),
          List.of());
    }
    if (!residual.band().acceptable()) {
      gaps.add(
          Gap.Kind.RESIDUAL_ABOVE_BAND,
          what
              + ": the residual risk ("
              + residual.words()
              + ") is above the acceptable band ("
              + matrix.acceptableWords()
              + "): "
              + residual.band().meaning(),
          h.line(),
          List.of());
    }
  }

  private void signOff(AssessedHazard h, Gaps gaps) {
    boolean signed = h.authorisedBy() != null && h.signedOn() != null;
    if (!signed) {
      gaps.add(
          Gap.Kind.UNSIGNED,
          h.authorisedBy() == null
              ? "not signed: nobody authorised the assessment"
              : "not signed: authorised by " + h.authorisedBy() + " but the sign-off has no date",
          h.line(),
          List.of());
      if (h.shootDate() != null && firstDay(h.shootDate()).isBefore(today)) {
        gaps.add(
            Gap.Kind.SHOT_UNSIGNED,
            "the shoot date ("
                + h.shootDate()
                + ") is past (today is "
                + today
                + ") and the assessment is unsigned",
            h.line(),
            List.of());
      }
      return;
    }
    if (h.assessedBy() != null && same(h.assessedBy(), h.authorisedBy())) {
      gaps.add(
          Gap.Kind.SIGNED_BY_ASSESSOR_ONLY,
          "signed by the assessor alone ("
              + h.authorisedBy()
              + "); someone other than the assessor authorises it",
          h.line(),
          List.of());
    }
    if (h.revisedOn() != null && h.signedOn().compareTo(h.revisedOn()) < 0) {
      gaps.add(
          Gap.Kind.SIGNED_BEFORE_CHANGE,
          "signed on "
              + h.signedOn()
              + ", before its last change on "
              + h.revisedOn()
              + "; what was signed is not what it now says",
          h.line(),
          List.of());
    }
  }

  private static final Pattern HOURS =
      Pattern.compile(
          "(\\d{2,3})\\s*(?:-|\\s)?\\s*(?:hours?|hrs?|h)\\b[^.;]*?\\bweeks?\\b"
              + "|\\bweeks?\\b[^.;]*?\\b(\\d{2,3})\\s*(?:-|\\s)?\\s*(?:hours?|hrs?|h)\\b");

  /** The law's activities each row speaks of, and whether its specific assessment is marked. */
  private void specific(List<AssessedHazard> rows, Gaps gaps, List<String> notes) {
    for (SpecificAssessments.Item item : law.items()) {
      for (AssessedHazard h : rows) {
        String because = names(item, h);
        if (because == null) {
          continue;
        }
        if (h.specific() == Answer.YES) {
          continue;
        }
        if (h.specific() == Answer.NO && item.conditional()) {
          notes.add(
              hazardWords(h)
                  + ": "
                  + law.law()
                  + " asks a specific assessment for \""
                  + item.says()
                  + "\"; the row says none is needed here (the assessor's judgement that this"
                  + " work is not such; "
                  + because
                  + ")");
          continue;
        }
        gaps.add(
            Gap.Kind.SPECIFIC_ASSESSMENT_MISSING,
            hazardWords(h)
                + ": "
                + law.law()
                + " asks a specific risk assessment for \""
                + item.says()
                + "\" ("
                + because
                + "), and the row is not marked as one (specific_assessment: "
                + (h.specific() == Answer.NO ? "n" : "empty")
                + (item.conditional()
                    ? "; if this work is not such, say n and the judgement is shown"
                    : "")
                + ")",
            h.line(),
            List.of());
      }
    }
  }

  /** Why a row is the item's activity (its category, or the words that name it), or null. */
  static String names(SpecificAssessments.Item item, AssessedHazard h) {
    if (item.categories().contains(h.category())) {
      return "hazard category " + h.category().code();
    }
    String text =
        String.join(
                " ",
                h.activity() == null ? "" : h.activity(),
                h.description() == null ? "" : h.description())
            .toLowerCase(Locale.ROOT);
    for (String w : item.words()) {
      Matcher m =
          Pattern.compile("\\b" + Pattern.quote(w.toLowerCase(Locale.ROOT)) + "\\b").matcher(text);
      if (m.find()) {
        return "inferred from the words \"" + w + "\"";
      }
    }
    if (item.hoursOver() > 0) {
      Matcher m = HOURS.matcher(text);
      while (m.find()) {
        String n = m.group(1) != null ? m.group(1) : m.group(2);
        if (Integer.parseInt(n) > item.hoursOver()) {
          return "inferred from the words \"" + m.group() + "\"";
        }
      }
    }
    return null;
  }

  /** Where the check failed: the historical record, and the production's log when given. */
  public ControlLessons lessons(String checkId) {
    ProtocolCheck k = catalog.check(checkId).orElse(null);
    List<Lesson> past = new ArrayList<>();
    for (IncidentRecord r : history.failedIn(checkId)) {
      past.add(lesson(r, checkId, true));
    }
    List<Lesson> own = null;
    if (production != null) {
      own = new ArrayList<>();
      for (IncidentRecord r : production.failedIn(checkId)) {
        own.add(lesson(r, checkId, false));
      }
    }
    return new ControlLessons(checkId, k == null ? checkId : k.title(), past, own);
  }

  private Lesson lesson(IncidentRecord r, String checkId, boolean historical) {
    CheckResult c = failures.getOrDefault(r.id(), Map.of()).get(checkId);
    return new Lesson(
        r.id(),
        r.incident().title(),
        r.incident().date(),
        r.incident().severity(),
        r.incident().fatalities(),
        c == null || c.confidence() == null ? "" : c.confidence().code(),
        c == null ? "" : c.evidence(),
        historical ? Aftermath.describe(r) : "");
  }

  private String titles(List<ProtocolCheck> checks) {
    return titles(checks, "or");
  }

  /** "Title (ID), Title (ID) or Title (ID)", with {@code last} before the last one. */
  private static String titles(List<ProtocolCheck> checks, String last) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < checks.size(); i++) {
      if (i > 0) {
        b.append(i == checks.size() - 1 ? " " + last + " " : ", ");
      }
      b.append(checks.get(i).title()).append(" (").append(checks.get(i).id()).append(')');
    }
    return b.toString();
  }

  private static String plannedWords(AssessedHazard h) {
    if (h.plannedControls() == null) {
      return " (no controls planned)";
    }
    return " (planned: " + h.plannedControls().replaceAll("\\s+", " ") + ")";
  }

  /** The hazard as messages name it: its category and activity. */
  static String hazardWords(AssessedHazard h) {
    String a = h.activity() != null ? h.activity() : h.description();
    return h.category().label() + (a == null ? "" : " (" + shorten(a) + ")");
  }

  private static String shorten(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= 60 ? t : t.substring(0, 57) + "...";
  }

  private static boolean same(String a, String b) {
    return a.strip().equalsIgnoreCase(b.strip());
  }

  private static LocalDate firstDay(PartialDate d) {
    return LocalDate.of(d.year(), d.month() == null ? 1 : d.month(), d.day() == null ? 1 : d.day());
  }

  /** A scene's gaps, the same words on several rows said once with every row. */
  private static final class Gaps {
    private final Map<String, Gap> byWords = new LinkedHashMap<>();

    void add(Gap.Kind kind, String says, long line, List<String> checks) {
      String key = kind + "\u0000" + says;
      Gap g = byWords.get(key);
      if (g == null) {
        byWords.put(key, new Gap(kind, says, List.of(line), checks));
      } else if (!g.lines().contains(line)) {
        List<Long> lines = new ArrayList<>(g.lines());
        lines.add(line);
        byWords.put(key, new Gap(kind, says, lines, checks));
      }
    }

    List<Gap> list() {
      List<Gap> out = new ArrayList<>(byWords.values());
      out.sort(java.util.Comparator.comparing(Gap::kind));
      return out;
    }
  }
}
