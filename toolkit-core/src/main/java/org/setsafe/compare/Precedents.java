package org.setsafe.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;
import org.setsafe.model.Activity;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Role;
import org.setsafe.protocol.HfacsLayer;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;

/**
 * Ranks incidents by how much they resemble a target incident, e.g. a near miss from a production's
 * own log against the reference dataset.
 *
 * <p>The score is a weighted sum over the {@link Factor}s:
 *
 * <pre>
 * score = 0.50 * J(failed checks) + 0.20 * [same category] + 0.10 * [same activity]
 *       + 0.10 * J(roles involved) + 0.10 * J(HFACS layers of the failed checks)
 * </pre>
 *
 * where J(A, B) = |A ∩ B| / |A ∪ B| (Jaccard), taken as 0 when both sets are empty (nothing
 * recorded is no evidence of likeness), and [x] is 1 when x holds. An unknown activity never counts
 * as the same. A failed check is one with status failed or not performed. The score is rounded to 4
 * decimals; equal scores are ordered by incident id, so the ranking is deterministic. The target
 * itself (same id) is never ranked, and incidents with a score of 0 are left out.
 *
 * <p>A target whose checks were not assessed still gets precedents: J(failed checks) and J(layers)
 * are 0 for every candidate, so category, activity and roles decide.
 */
public final class Precedents {
  /** The default number of precedents shown. */
  public static final int DEFAULT_TOP = 5;

  private final ProtocolCatalog catalog;
  private final Map<String, Integer> order = new HashMap<>();

  public Precedents(ProtocolCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    int i = 0;
    for (ProtocolCheck c : catalog.checks()) {
      order.put(c.id(), i++);
    }
  }

  /**
   * The {@code top} incidents of {@code pool} most like {@code target}, best first.
   *
   * @throws IllegalArgumentException when {@code top} is less than 1
   */
  public PrecedentRanking rank(IncidentRecord target, Collection<IncidentRecord> pool, int top) {
    Ranker r = ranker(List.of(target), top);
    pool.forEach(r);
    return r.rankings().get(0);
  }

  /**
   * A ranker for several targets at once that takes the pool one record at a time (e.g. straight
   * from ingest), keeping only the best {@code top} per target: memory does not grow with the pool.
   *
   * @throws IllegalArgumentException when {@code top} is less than 1
   */
  public Ranker ranker(List<IncidentRecord> targets, int top) {
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1 (was " + top + ")");
    }
    return new Ranker(targets, top);
  }

  /** Best first: higher score, then lower id. */
  private static final Comparator<Precedent> BEST =
      Comparator.comparingDouble(Precedent::score).reversed().thenComparing(Precedent::id);

  /** Ranks a pool fed one record at a time; see {@link #ranker}. */
  public final class Ranker implements Consumer<IncidentRecord> {
    private final List<Profile> targets = new ArrayList<>();
    private final List<PriorityQueue<Precedent>> best = new ArrayList<>();
    private final List<Map<String, Precedent>> held = new ArrayList<>();
    private final int[] candidates;
    private final int top;

    private Ranker(List<IncidentRecord> targets, int top) {
      this.top = top;
      for (IncidentRecord t : targets) {
        this.targets.add(new Profile(t, catalog));
        // the worst kept precedent at the head, so it is the one to drop
        this.best.add(new PriorityQueue<>(BEST.reversed()));
        this.held.add(new HashMap<>());
      }
      this.candidates = new int[targets.size()];
    }

    /** Considers one record of the pool for every target (a record is never its own precedent). */
    @Override
    public void accept(IncidentRecord r) {
      Profile c = null;
      for (int k = 0; k < targets.size(); k++) {
        Profile t = targets.get(k);
        if (r.id().equals(t.record.id())) {
          continue;
        }
        candidates[k]++;
        if (c == null) {
          c = new Profile(r, catalog);
        }
        Precedent p = score(t, c, r);
        if (p.score() <= 0) {
          continue;
        }
        Precedent same = held.get(k).remove(p.id());
        if (same != null) {
          // the same id again (e.g. in two inputs): the later record counts, as in a Dataset
          best.get(k).remove(same);
        }
        best.get(k).add(p);
        held.get(k).put(p.id(), p);
        if (best.get(k).size() > top) {
          held.get(k).remove(best.get(k).poll().id());
        }
      }
    }

    /** One ranking per target, in the order the targets were given. */
    public List<PrecedentRanking> rankings() {
      List<PrecedentRanking> out = new ArrayList<>();
      for (int k = 0; k < targets.size(); k++) {
        List<Precedent> sorted = new ArrayList<>(best.get(k));
        sorted.sort(BEST);
        List<Precedent> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
          Precedent p = sorted.get(i);
          ranked.add(
              new Precedent(
                  i + 1,
                  p.record(),
                  p.score(),
                  p.components(),
                  p.sharedFailedChecks(),
                  p.failedInEither(),
                  p.sameCategory(),
                  p.sameActivity(),
                  p.sharedRoles(),
                  p.sharedLayers()));
        }
        Profile t = targets.get(k);
        out.add(
            new PrecedentRanking(
                t.record,
                Involved.checksAssessed(t.record),
                List.copyOf(t.failed),
                candidates[k],
                ranked));
      }
      return out;
    }
  }

  /** The similarity of {@code candidate} to {@code target}, unranked (rank 1). */
  public Precedent similarity(IncidentRecord target, IncidentRecord candidate) {
    return score(new Profile(target, catalog), new Profile(candidate, catalog), candidate);
  }

  private Precedent score(Profile t, Profile c, IncidentRecord record) {
    Set<String> sharedChecks = intersection(t.failed, c.failed);
    Set<Role> sharedRoles = intersection(t.roles, c.roles);
    Set<HfacsLayer> sharedLayers = intersection(t.layers, c.layers);
    Incident ti = t.record.incident();
    Incident ci = c.record.incident();
    boolean sameCategory = ti.category() == ci.category();
    boolean sameActivity = ti.activity() == ci.activity() && ti.activity() != Activity.UNKNOWN;
    List<Component> components =
        List.of(
            new Component(Factor.FAILED_CHECKS, jaccard(sharedChecks.size(), t.failed, c.failed)),
            new Component(Factor.CATEGORY, sameCategory ? 1 : 0),
            new Component(Factor.ACTIVITY, sameActivity ? 1 : 0),
            new Component(Factor.ROLES, jaccard(sharedRoles.size(), t.roles, c.roles)),
            new Component(Factor.LAYERS, jaccard(sharedLayers.size(), t.layers, c.layers)));
    double sum = 0;
    for (Component k : components) {
      sum += k.points();
    }
    double score = Math.round(sum * 10_000) / 10_000.0;
    List<String> shared =
        sharedChecks.stream()
            .sorted(
                Comparator.comparing((String id) -> order.getOrDefault(id, Integer.MAX_VALUE))
                    .thenComparing(id -> id))
            .toList();
    return new Precedent(
        1,
        record,
        score,
        components,
        shared,
        union(t.failed, c.failed),
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

  private static <T> int union(Set<T> a, Set<T> b) {
    Set<T> s = new HashSet<>(a);
    s.addAll(b);
    return s.size();
  }

  private static <T> double jaccard(int shared, Set<T> a, Set<T> b) {
    int union = a.size() + b.size() - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  /** What the measure reads off one record, computed once. */
  private static final class Profile {
    final IncidentRecord record;
    final Set<String> failed;
    final Set<Role> roles;
    final Set<HfacsLayer> layers;

    Profile(IncidentRecord record, ProtocolCatalog catalog) {
      this.record = record;
      this.failed = Involved.failedChecks(record);
      this.roles = Involved.roles(record);
      this.layers = Involved.failedLayers(record, catalog);
    }
  }
}
