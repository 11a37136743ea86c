package org.setsafe.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.setsafe.model.Answer;
import org.setsafe.model.Category;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.PartialDate;
import org.setsafe.model.SclClass;
import org.setsafe.model.SclQuestion;
import org.setsafe.model.Severity;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;

/**
 * The SCL classes of a log's incidents and its significant events. Every incident is counted under
 * its class (at worst, where an answer is unknown: see {@link SclResult}). High potential means the
 * model's potential serious injuries and fatalities, HSIF and PSIF ({@link SclClass#potentialSif});
 * the significant events are those and the exposures where a direct control failed, most serious
 * first ({@link #MOST_SERIOUS_FIRST}). The {@link #LIMIT} most serious are kept, with their failed
 * direct controls, their follow-up actions and, when the historical record is given, their failed
 * checks that failed in history before a death or a conviction; the rest are counted, so memory
 * stays bounded. Analyses of parts merge into the whole.
 */
public final class HighPotential {
  /** Significant events kept; the rest are counted. */
  public static final int LIMIT = 25;

  /**
   * One significant event.
   *
   * @param what what happened, in the log's words: the first sentence of its description, else its
   *     title
   * @param recordedAnswers how many of the four answers rest on what the log records (a recorded
   *     answer, a check's result, the severity), not on words or a hazard's presumption
   * @param failedControls the titles of the direct controls recorded as failed (or not performed)
   *     in it; where none is recorded but the words say a direct control was missing, those words
   * @param controlsFromWords whether {@code failedControls} are words of the description
   * @param graveChecks its failed checks that failed in history before a death or a conviction
   * @param actions its follow-up actions, as recorded
   */
  public record Entry(
      String id,
      PartialDate date,
      String title,
      String what,
      Category category,
      Severity severity,
      SclClass sclClass,
      boolean atWorst,
      int recordedAnswers,
      List<String> failedControls,
      boolean controlsFromWords,
      List<String> graveChecks,
      List<CorrectiveAction> actions) {
    public Entry {
      failedControls = List.copyOf(failedControls);
      graveChecks = List.copyOf(graveChecks);
      actions = List.copyOf(actions);
    }

    /** The class as a cell: {@code PSIF}, or {@code PSIF at worst}. */
    public String classText() {
      return sclClass.shortLabel() + (atWorst ? " at worst" : "");
    }

    /** Whether it is a potential serious injury or fatality (HSIF, PSIF). */
    public boolean potentialSif() {
      return sclClass.potentialSif();
    }
  }

  /**
   * The most serious first: by class (HSIF, PSIF, then exposure), a definite class before the same
   * class at worst, then the events whose answers rest most on what the log records (a live round
   * recorded as found before a fall the words tell of), the more severe, the latest, the id.
   */
  public static final Comparator<Entry> MOST_SERIOUS_FIRST =
      Comparator.comparing(Entry::sclClass, SclClass.MOST_SERIOUS_FIRST)
          .thenComparing(Entry::atWorst)
          .thenComparing(Comparator.comparingInt(Entry::recordedAnswers).reversed())
          .thenComparing(Comparator.comparing(Entry::severity).reversed())
          .thenComparing(Comparator.comparing(Entry::date).reversed())
          .thenComparing(Entry::id);

  private final ProtocolCatalog catalog;
  private final History history;
  private final Map<SclClass, long[]> byClass = new EnumMap<>(SclClass.class);
  private final TreeSet<Entry> kept = new TreeSet<>(MOST_SERIOUS_FIRST);
  private final IdSample withoutAction = new IdSample();
  private long significant;
  private long incidents;

  /**
   * @param history the historical record, or null (then no lessons are looked up)
   */
  public HighPotential(ProtocolCatalog catalog, History history) {
    this.catalog = catalog;
    this.history = history;
  }

  /** Counts the incident under its class; keeps it when it is significant. */
  public void accept(IncidentRecord r, SclResult s) {
    incidents++;
    long[] n = byClass.computeIfAbsent(s.sclClass(), k -> new long[2]);
    n[0]++;
    if (s.atWorst()) {
      n[1]++;
    }
    if (!significant(s)) {
      return;
    }
    significant++;
    if (s.potentialSif() && r.actions().isEmpty()) {
      withoutAction.add(r.id());
    }
    List<String> controls = new ArrayList<>();
    List<String> grave = new ArrayList<>();
    for (CheckResult c : r.checks()) {
      if (!c.status().failure() || c.inferred()) {
        continue;
      }
      Optional<ProtocolCheck> pc = catalog.check(c.checkId());
      if (pc.isPresent() && pc.get().directControl() && !controls.contains(pc.get().title())) {
        controls.add(pc.get().title());
      }
      if (history != null
          && s.potentialSif()
          && !grave.contains(c.checkId())
          && !history.graveFailures(c.checkId()).isEmpty()) {
        grave.add(c.checkId());
      }
    }
    SclAnswer control = s.answer(SclQuestion.DIRECT_CONTROL);
    boolean fromWords = false;
    if (controls.isEmpty() && control.answer() == Answer.NO && !control.words().isEmpty()) {
      controls.addAll(control.words());
      fromWords = true;
    }
    int recorded = 0;
    for (SclAnswer a : s.answers()) {
      if (a.known() && !a.inferred()) {
        recorded++;
      }
    }
    kept.add(
        new Entry(
            r.id(),
            r.incident().date(),
            r.incident().title(),
            what(r),
            r.incident().category(),
            r.incident().severity(),
            s.sclClass(),
            s.atWorst(),
            recorded,
            controls,
            fromWords,
            grave,
            r.actions()));
    if (kept.size() > LIMIT) {
      kept.pollLast();
    }
  }

  /**
   * Whether an event is significant: a potential serious injury or fatality, or an exposure whose
   * direct control failed (by a recorded check or the words).
   */
  public static boolean significant(SclResult s) {
    return s.potentialSif()
        || (s.sclClass() == SclClass.EXPOSURE
            && s.answer(SclQuestion.DIRECT_CONTROL).answer() == Answer.NO);
  }

  /** The first sentence of the description, else the title. */
  static String what(IncidentRecord r) {
    String s = r.incident().summary();
    if (s == null || s.isBlank()) {
      return r.incident().title();
    }
    s = s.strip().replaceAll("\\s+", " ");
    int end = -1;
    for (int i = 0; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if ((c == '.' || c == ';' || c == '!' || c == '?') && s.charAt(i + 1) == ' ' && i > 20) {
        end = i;
        break;
      }
    }
    if (end > 0) {
      s = s.substring(0, end);
    }
    if (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  public HighPotential merge(HighPotential other) {
    incidents += other.incidents;
    significant += other.significant;
    other.byClass.forEach(
        (k, v) -> {
          long[] n = byClass.computeIfAbsent(k, x -> new long[2]);
          n[0] += v[0];
          n[1] += v[1];
        });
    withoutAction.merge(other.withoutAction);
    for (Entry e : other.kept) {
      kept.add(e);
      if (kept.size() > LIMIT) {
        kept.pollLast();
      }
    }
    return this;
  }

  /** Incidents classified. */
  public long incidents() {
    return incidents;
  }

  /** Incidents of a class (at worst included). */
  public long count(SclClass c) {
    long[] n = byClass.get(c);
    return n == null ? 0 : n[0];
  }

  /** Incidents of a class only at worst (an answer unknown, a less serious class possible). */
  public long atWorst(SclClass c) {
    long[] n = byClass.get(c);
    return n == null ? 0 : n[1];
  }

  /** The potential serious injuries and fatalities (HSIF and PSIF, at worst included). */
  public long count() {
    return count(SclClass.HSIF) + count(SclClass.PSIF);
  }

  /** Incidents with a serious injury or a death in the model's sense (HSIF, LSIF). */
  public long seriousInjuries() {
    return count(SclClass.HSIF) + count(SclClass.LSIF);
  }

  /** Significant events counted: potential SIFs and exposures whose direct control failed. */
  public long significant() {
    return significant;
  }

  /** The most serious {@link #LIMIT} significant events, most serious first. */
  public List<Entry> entries() {
    return List.copyOf(kept);
  }

  /** The potential SIF events among {@link #entries}, most serious first. */
  public List<Entry> potentialSifs() {
    return kept.stream().filter(Entry::potentialSif).toList();
  }

  /** The potential serious injuries and fatalities with no follow-up action recorded. */
  public IdSample withoutAction() {
    return withoutAction;
  }

  /** Whether failed checks were looked up in history. */
  public boolean withHistory() {
    return history != null;
  }
}
