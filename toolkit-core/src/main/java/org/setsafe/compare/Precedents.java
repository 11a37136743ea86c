package org.setsafe.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.setsafe.model.Activity;
import org.setsafe.model.Category;
import org.setsafe.model.CheckResult;
import org.setsafe.model.Confidence;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Role;
import org.setsafe.protocol.HfacsLayer;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;

/**
 * Ranks incidents by how much they resemble a target incident, e.g. a near miss from a production's
 * own log, in two lists: history (the reference dataset and other datasets) and the production's
 * own log.
 *
 * <p>The score is a weighted sum over the {@link Factor}s (weights and confidence weights are all
 * in {@link Factor}):
 *
 * <pre>
 * score = 0.40 * W + 0.30 * C + 0.15 * [same category] + 0.05 * [same activity]
 *       + 0.05 * J(roles involved) + 0.05 * J(HFACS layers of the failed checks)
 * </pre>
 *
 * <ul>
 *   <li>W, the likeness of the words ({@link TextSimilarity}: title, summary, note and evidence,
 *       BM25 in the Lucene implementation), 0 to 1 where 1 is as alike as the target is to itself;
 *   <li>C = sum over the target's failed checks f of t(f) * c(f), divided by their number, where
 *       c(f) is the {@link Factor#confidenceWeight} of the candidate's failure of f (0 when it did
 *       not fail it) and t(f) the {@link Factor#targetWeight} of the target's own (lower when only
 *       inferred). It asks how many of the target's failures the candidate shares, so an incident
 *       with many recorded failures (Rust has 12) is not penalised for being well documented, and a
 *       confirmed failure counts above an alleged or inferred one;
 *   <li>J(A, B) = |A ∩ B| / |A ∪ B| (Jaccard), 0 when both are empty; [x] is 1 when x holds. The
 *       category "other" and an unknown activity never count as the same.
 * </ul>
 *
 * A failed check is one with status failed or not performed. Checks suggested from a target's words
 * (the {@code suggest} operator, e.g. the signals of the protocols) are added to the target and to
 * the incidents of the user's log as {@code inferred} failures where nothing is recorded for that
 * check; history is taken as recorded. The score is rounded to 4 decimals; equal scores are ordered
 * by incident id, so the ranking does not depend on input order. The target itself (same id) is
 * never ranked, and incidents with a score of 0 are left out.
 */
public final class Precedents {
  /** The default number of precedents shown in each list. */
  public static final int DEFAULT_TOP = 5;

  /** How many shared words a precedent names at most. */
  public static final int SHARED_WORDS = 6;

  private final ProtocolCatalog catalog;
  private final TextSimilarity text;
  private final UnaryOperator<IncidentRecord> suggest;
  private final Map<String, Integer> order = new HashMap<>();

  /** Ranking on checks, category, activity, roles and layers only: no words, no suggestions. */
  public Precedents(ProtocolCatalog catalog) {
    this(catalog, TextSimilarity.NONE, UnaryOperator.identity());
  }

  /**
   * @param text how alike incidents' words are
   * @param suggest adds to a record the checks its words suggest, as inferred failures (identity
   *     for none)
   */
  public Precedents(
      ProtocolCatalog catalog, TextSimilarity text, UnaryOperator<IncidentRecord> suggest) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.text = Objects.requireNonNull(text, "text");
    this.suggest = Objects.requireNonNull(suggest, "suggest");
    int i = 0;
    for (ProtocolCheck c : catalog.checks()) {
      order.put(c.id(), i++);
    }
  }

  /**
   * The {@code top} incidents of {@code history} most like {@code target}, best first (no log).
   *
   * @throws IllegalArgumentException when {@code top} is less than 1
   */
  public PrecedentRanking rank(IncidentRecord target, Collection<IncidentRecord> history, int top) {
    return rank(target, history, List.of(), top);
  }

  /**
   * The {@code top} incidents of {@code history} and, apart, of {@code log}, most like {@code
   * target}.
   */
  public PrecedentRanking rank(
      IncidentRecord target,
      Collection<IncidentRecord> history,
      Collection<IncidentRecord> log,
      int top) {
    Ranker r = ranker(List.of(target), List.copyOf(log), top);
    history.forEach(r);
    return r.rankings().get(0);
  }

  /**
   * A ranker for several targets of one log at once: each target is ranked against history, which
   * is fed one record at a time ({@link Ranker#accept}), and against the other incidents of {@code
   * log}. Records are held until {@link Ranker#rankings}, when the word index is built.
   *
   * @throws IllegalArgumentException when {@code top} is less than 1
   */
  public Ranker ranker(List<IncidentRecord> targets, List<IncidentRecord> log, int top) {
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1 (was " + top + ")");
    }
    return new Ranker(targets, log, top);
  }

  /** Best first: higher score, then lower id. */
  private static final Comparator<Precedent> BEST =
      Comparator.comparingDouble(Precedent::score).reversed().thenComparing(Precedent::id);

  /** Ranks history fed one record at a time, and the log given; see {@link #ranker}. */
  public final class Ranker implements Consumer<IncidentRecord> {
    private final List<IncidentRecord> targets;
    private final Map<String, IncidentRecord> log = new LinkedHashMap<>();
    private final Map<String, IncidentRecord> history = new LinkedHashMap<>();
    private final int top;

    private Ranker(List<IncidentRecord> targets, List<IncidentRecord> log, int top) {
      this.top = top;
      for (IncidentRecord r : log) {
        // the same id again: the later record counts, as in a Dataset
        this.log.remove(r.id());
        this.log.put(r.id(), suggest.apply(r));
      }
      this.targets = new ArrayList<>();
      for (IncidentRecord t : targets) {
        IncidentRecord inLog = this.log.get(t.id());
        this.targets.add(inLog != null ? inLog : suggest.apply(t));
      }
    }

    /** Takes one record of history (a record with the id of an earlier one replaces it). */
    @Override
    public void accept(IncidentRecord r) {
      history.remove(r.id());
      history.put(r.id(), r);
    }

    /** One ranking per target, in the order the targets were given. */
    public List<PrecedentRanking> rankings() {
      TextSimilarity.Corpus corpus = text.corpus();
      List<Profile> docs = new ArrayList<>();
      Map<String, Integer> logDoc = new HashMap<>();
      Map<String, Integer> historyDoc = new HashMap<>();
      for (IncidentRecord r : log.values()) {
        logDoc.put(r.id(), add(corpus, docs, r));
      }
      for (IncidentRecord r : history.values()) {
        historyDoc.put(r.id(), add(corpus, docs, r));
      }
      int[] targetDoc = new int[targets.size()];
      for (int k = 0; k < targets.size(); k++) {
        IncidentRecord t = targets.get(k);
        Integer d = logDoc.get(t.id());
        if (d == null) {
          // a history incident as the target: its words are those it has in history
          d = historyDoc.get(t.id());
        }
        targetDoc[k] = d != null ? d : add(corpus, docs, t);
      }
      List<PrecedentRanking> out = new ArrayList<>();
      for (int k = 0; k < targets.size(); k++) {
        int td = targetDoc[k];
        Profile t = docs.get(td);
        double[] words = corpus.similar(td);
        Best h = new Best(top);
        for (int d : historyDoc.values()) {
          h.offer(t, docs.get(d), d, words[d]);
        }
        Best l = new Best(top);
        for (int d : logDoc.values()) {
          l.offer(t, docs.get(d), d, words[d]);
        }
        out.add(
            new PrecedentRanking(
                t.record,
                checksAssessed(t.record),
                t.failed(false),
                t.failed(true),
                h.considered,
                h.ranked(corpus, td),
                l.considered,
                l.ranked(corpus, td)));
      }
      return out;
    }

    private int add(TextSimilarity.Corpus corpus, List<Profile> docs, IncidentRecord r) {
      int d = corpus.add(r);
      if (d != docs.size()) {
        throw new IllegalStateException("the word corpus numbered documents out of order");
      }
      docs.add(new Profile(r, catalog));
      return d;
    }
  }

  /** The best {@code top} of one list. */
  private final class Best {
    // the worst kept precedent at the head, so it is the one to drop
    final PriorityQueue<Precedent> queue = new PriorityQueue<>(BEST.reversed());
    final Map<String, Integer> docOf = new HashMap<>();
    final int top;
    int considered;

    Best(int top) {
      this.top = top;
    }

    void offer(Profile t, Profile c, int doc, double words) {
      if (c.record.id().equals(t.record.id())) {
        return;
      }
      considered++;
      Precedent p = score(t, c, words);
      if (p.score() <= 0) {
        return;
      }
      queue.add(p);
      docOf.put(p.id(), doc);
      if (queue.size() > top) {
        docOf.remove(queue.poll().id());
      }
    }

    List<Precedent> ranked(TextSimilarity.Corpus corpus, int targetDoc) {
      List<Precedent> sorted = new ArrayList<>(queue);
      sorted.sort(BEST);
      List<Precedent> out = new ArrayList<>();
      for (int i = 0; i < sorted.size(); i++) {
        Precedent p = sorted.get(i);
        List<String> words =
            p.component(Factor.WORDS).similarity() > 0
                ? corpus.sharedWords(targetDoc, docOf.get(p.id()), SHARED_WORDS)
                : List.of();
        out.add(p.ranked(i + 1).withWords(words));
      }
      return out;
    }
  }

  /** The similarity of {@code candidate} to {@code target}, words not counted (rank 1). */
  public Precedent similarity(IncidentRecord target, IncidentRecord candidate) {
    return score(new Profile(target, catalog), new Profile(candidate, catalog), 0);
  }

  /** Whether any recorded (not inferred) check was assessed. */
  static boolean checksAssessed(IncidentRecord r) {
    return r.checks().stream()
        .anyMatch(c -> c.confidence() != Confidence.INFERRED && c.status().assessed());
  }

  private Precedent score(Profile t, Profile c, double words) {
    List<SharedCheck> shared = new ArrayList<>();
    double checks = 0;
    for (Map.Entry<String, Confidence> f : t.failed.entrySet()) {
      Confidence theirs = c.failed.get(f.getKey());
      if (theirs != null) {
        double s = Factor.targetWeight(f.getValue()) * Factor.confidenceWeight(theirs);
        shared.add(new SharedCheck(f.getKey(), f.getValue(), theirs, s));
        checks += s;
      }
    }
    checks = t.failed.isEmpty() ? 0 : checks / t.failed.size();
    Set<Role> sharedRoles = intersection(t.roles, c.roles);
    Set<HfacsLayer> sharedLayers = intersection(t.layers, c.layers);
    Incident ti = t.record.incident();
    Incident ci = c.record.incident();
    boolean sameCategory = ti.category() == ci.category() && ti.category() != Category.OTHER;
    boolean sameActivity = ti.activity() == ci.activity() && ti.activity() != Activity.UNKNOWN;
    List<Component> components =
        List.of(
            new Component(Factor.WORDS, Math.max(0, Math.min(1, words))),
            new Component(Factor.FAILED_CHECKS, Math.min(1, checks)),
            new Component(Factor.CATEGORY, sameCategory ? 1 : 0),
            new Component(Factor.ACTIVITY, sameActivity ? 1 : 0),
            new Component(Factor.ROLES, jaccard(sharedRoles.size(), t.roles, c.roles)),
            new Component(Factor.LAYERS, jaccard(sharedLayers.size(), t.layers, c.layers)));
    double sum = 0;
    for (Component k : components) {
      sum += k.points();
    }
    double score = Math.round(sum * 10_000) / 10_000.0;
    shared.sort(
        Comparator.comparing((SharedCheck s) -> order.getOrDefault(s.checkId(), Integer.MAX_VALUE))
            .thenComparing(SharedCheck::checkId));
    return new Precedent(
        1,
        c.record,
        score,
        components,
        shared,
        List.of(),
        sameCategory,
        sameActivity,
        sharedRoles.stream().sorted().toList(),
        sharedLayers.stream().sorted().toList());
  }

  private static <T> Set<T> intersection(Set<T> a, Set<T> b) {
    Set<T> s = new HashSet<>(a);
    s.retainAll(b);
    return s;
  }

  private static <T> double jaccard(int shared, Set<T> a, Set<T> b) {
    int union = a.size() + b.size() - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  /** What the measure reads off one record, computed once. */
  private static final class Profile {
    final IncidentRecord record;

    /** Failed check id to the firmest confidence it is recorded with, in the order recorded. */
    final Map<String, Confidence> failed = new LinkedHashMap<>();

    final Set<Role> roles;
    final Set<HfacsLayer> layers;

    Profile(IncidentRecord record, ProtocolCatalog catalog) {
      this.record = record;
      for (CheckResult c : record.failedChecks()) {
        failed.merge(
            c.checkId(),
            c.confidence(),
            (a, b) -> Factor.confidenceWeight(a) >= Factor.confidenceWeight(b) ? a : b);
      }
      this.roles = Involved.roles(record);
      this.layers = Involved.recordedFailedLayers(record, catalog);
    }

    /** The ids of the failures that are (or are not) only inferred. */
    List<String> failed(boolean inferred) {
      List<String> out = new ArrayList<>();
      failed.forEach(
          (id, c) -> {
            if ((c == Confidence.INFERRED) == inferred) {
              out.add(id);
            }
          });
      return out;
    }
  }
}
