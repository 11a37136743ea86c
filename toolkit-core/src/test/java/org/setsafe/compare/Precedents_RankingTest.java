package org.setsafe.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.Activity;
import org.setsafe.model.Category;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Confidence;
import org.setsafe.model.Dataset;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Severity;
import org.setsafe.protocol.ProtocolCatalog;

/** Precedent ranking on the reference dataset. */
class Precedents_RankingTest {
  private static Dataset reference;
  private static Precedents precedents;

  @BeforeAll
  static void load() {
    reference = Ingest.reference();
    precedents = new Precedents(ProtocolCatalog.bundled());
  }

  private static IncidentRecord nearMiss(String id, Activity activity, String... failed) {
    Incident i =
        new Incident(
            id,
            "Live round found among dummies in a revolver",
            "Made-up film",
            PartialDate.parse("2024-03-12"),
            null,
            null,
            null,
            null,
            Category.FIREARM,
            activity,
            Severity.NEAR_MISS,
            0,
            0,
            null,
            null,
            null);
    List<CheckResult> checks = new ArrayList<>();
    for (String c : failed) {
      checks.add(CheckResult.of(id, c, CheckStatus.FAILED));
    }
    return new IncidentRecord(i, List.of(), checks, List.of(), List.of());
  }

  private static Set<String> failed(IncidentRecord r) {
    return r.failedChecks().stream().map(CheckResult::checkId).collect(Collectors.toSet());
  }

  @Test
  void rust_firstPrecedents_areTheOtherFirearmIncidents() {
    IncidentRecord rust = reference.get("RUST_2021").orElseThrow();
    List<String> firearm =
        reference.records().stream()
            .filter(r -> r.incident().category() == Category.FIREARM && !r.id().equals("RUST_2021"))
            .map(IncidentRecord::id)
            .toList();
    assertThat(firearm).contains("CROW_1993", "COVERUP_1984");

    PrecedentRanking ranking = precedents.rank(rust, reference.records(), 5);
    assertThat(ranking.history().subList(0, firearm.size()))
        .extracting(Precedent::id)
        .containsExactlyInAnyOrderElementsOf(firearm);
    assertThat(ranking.history()).extracting(Precedent::id).doesNotContain("RUST_2021");
    assertThat(ranking.historyCandidates()).isEqualTo(reference.size() - 1);
  }

  @Test
  void rust_sharedFailedChecks_areWhatBothFailed_weightedByTheirConfidence() {
    IncidentRecord rust = reference.get("RUST_2021").orElseThrow();
    for (Precedent p : precedents.rank(rust, reference.records(), 10).history()) {
      Set<String> both = new HashSet<>(failed(rust));
      both.retainAll(failed(p.record()));
      assertThat(p.sharedFailedChecks()).as(p.id()).containsExactlyInAnyOrderElementsOf(both);
      double expected = 0;
      for (String id : both) {
        Confidence theirs = confidence(p.record(), id);
        expected += Factor.targetWeight(confidence(rust, id)) * Factor.confidenceWeight(theirs);
      }
      expected /= failed(rust).size();
      assertThat(p.component(Factor.FAILED_CHECKS).similarity())
          .as(p.id())
          .isCloseTo(expected, within(1e-9));
    }
    Precedent crow = precedents.similarity(rust, reference.get("CROW_1993").orElseThrow());
    assertThat(crow.sharedFailedChecks()).contains("NO_LIVE_AMMO");
  }

  @Test
  void failedChecks_aConfirmedFailureCountsAboveAnAllegedOrInferredOne() {
    IncidentRecord target = nearMiss("NM-1", Activity.REHEARSAL, "QUALIFIED_PERSONNEL");
    IncidentRecord confirmed = withFailure("C", "QUALIFIED_PERSONNEL", Confidence.CONFIRMED);
    IncidentRecord alleged = withFailure("A", "QUALIFIED_PERSONNEL", Confidence.ALLEGED);
    IncidentRecord inferred = withFailure("I", "QUALIFIED_PERSONNEL", Confidence.INFERRED);
    double c =
        precedents.similarity(target, confirmed).component(Factor.FAILED_CHECKS).similarity();
    double a = precedents.similarity(target, alleged).component(Factor.FAILED_CHECKS).similarity();
    double i = precedents.similarity(target, inferred).component(Factor.FAILED_CHECKS).similarity();
    assertThat(c).isEqualTo(1.0);
    assertThat(a).isLessThan(c).isGreaterThan(i);
  }

  @Test
  void failedChecks_aWellDocumentedIncidentIsNotPenalisedForItsOtherFailures() {
    IncidentRecord target = nearMiss("NM-1", Activity.REHEARSAL, "NO_LIVE_AMMO");
    IncidentRecord rust = reference.get("RUST_2021").orElseThrow();
    assertThat(failed(rust)).hasSizeGreaterThan(10);
    assertThat(precedents.similarity(target, rust).component(Factor.FAILED_CHECKS).similarity())
        .isEqualTo(1.0);
  }

  private static IncidentRecord withFailure(String id, String check, Confidence confidence) {
    IncidentRecord base = nearMiss(id, Activity.TAKE);
    return new IncidentRecord(
        base.incident(),
        List.of(),
        List.of(new CheckResult(id, check, CheckStatus.FAILED, null, confidence, null, null)),
        List.of(),
        List.of());
  }

  private static Confidence confidence(IncidentRecord r, String check) {
    return r.failedChecks().stream()
        .filter(c -> c.checkId().equals(check))
        .map(CheckResult::confidence)
        .max(java.util.Comparator.comparingDouble(Factor::confidenceWeight))
        .orElseThrow();
  }

  @Test
  void score_isTheSumOfWeightedComponents_between0And1() {
    double weights = 0;
    for (Factor f : Factor.values()) {
      weights += f.weight();
    }
    assertThat(weights).isCloseTo(1.0, within(1e-12));
    IncidentRecord crow = reference.get("CROW_1993").orElseThrow();
    for (Precedent p : precedents.rank(crow, reference.records(), 100).history()) {
      double sum = p.components().stream().mapToDouble(Component::points).sum();
      assertThat(p.score()).isCloseTo(sum, within(0.00005)).isBetween(0.0, 1.0).isPositive();
      assertThat(p.components()).extracting(Component::factor).containsExactly(Factor.values());
    }
  }

  @Test
  void ranking_isOrderedByScoreThenId_andDoesNotDependOnInputOrder() {
    IncidentRecord target =
        nearMiss("NM-1", Activity.REHEARSAL, "NO_LIVE_AMMO", "VERIFIED_DUMMIES");
    PrecedentRanking a = precedents.rank(target, reference.records(), 100);
    for (int k = 1; k < a.history().size(); k++) {
      Precedent prev = a.history().get(k - 1);
      Precedent cur = a.history().get(k);
      assertThat(prev.score()).isGreaterThanOrEqualTo(cur.score());
      if (prev.score() == cur.score()) {
        assertThat(prev.id()).isLessThan(cur.id());
      }
      assertThat(cur.rank()).isEqualTo(k + 1);
    }
    List<IncidentRecord> shuffled = new ArrayList<>(reference.records());
    Collections.shuffle(shuffled, new Random(42));
    PrecedentRanking b = precedents.rank(target, shuffled, 100);
    assertThat(b.history())
        .extracting(Precedent::id)
        .containsExactlyElementsOf(a.history().stream().map(Precedent::id).toList());
  }

  @Test
  void nearMiss_liveRoundAmongDummies_ranksRustInTheTopThree_withTheSharedChecks() {
    IncidentRecord target =
        nearMiss(
            "NM-1",
            Activity.PREP_OR_TEST,
            "NO_LIVE_AMMO",
            "VERIFIED_DUMMIES",
            "INSPECT_EACH_ROUND");
    PrecedentRanking ranking = precedents.rank(target, reference.records(), 3);
    assertThat(ranking.checksAssessed()).isTrue();
    assertThat(ranking.history()).extracting(Precedent::id).contains("RUST_2021");
    Precedent rust =
        ranking.history().stream()
            .filter(p -> p.id().equals("RUST_2021"))
            .findFirst()
            .orElseThrow();
    assertThat(rust.sharedFailedChecks())
        .containsExactlyInAnyOrder("NO_LIVE_AMMO", "INSPECT_EACH_ROUND");
    assertThat(rust.sameCategory()).isTrue();
  }

  @Test
  void nearMiss_withNoChecksAssessed_stillGetsFirearmPrecedents_andSaysSo() {
    IncidentRecord target = nearMiss("NM-2", Activity.BETWEEN_TAKES);
    PrecedentRanking ranking = precedents.rank(target, reference.records(), 3);
    assertThat(ranking.checksAssessed()).isFalse();
    assertThat(ranking.targetFailedChecks()).isEmpty();
    assertThat(ranking.history())
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.record().incident().category()).isEqualTo(Category.FIREARM);
              assertThat(p.component(Factor.FAILED_CHECKS).similarity()).isZero();
              assertThat(p.sharedFailedChecks()).isEmpty();
            });
    // the one firearm incident that also happened between takes comes first
    assertThat(ranking.history().get(0).record().incident().activity())
        .isEqualTo(Activity.BETWEEN_TAKES);
  }

  @Test
  void ranker_forSeveralTargets_fedOneRecordAtATime_equalsRankingEachAlone() {
    IncidentRecord a = nearMiss("NM-1", Activity.REHEARSAL, "NO_LIVE_AMMO", "INSPECT_EACH_ROUND");
    IncidentRecord b = reference.get("CROW_1993").orElseThrow();
    Precedents.Ranker ranker = precedents.ranker(List.of(a, b), List.of(), 4);
    reference.records().forEach(ranker);
    // the same id again, as when two inputs hold it, is ranked once
    reference.records().forEach(ranker);
    List<PrecedentRanking> both = ranker.rankings();
    for (int k = 0; k < 2; k++) {
      PrecedentRanking alone = precedents.rank(List.of(a, b).get(k), reference.records(), 4);
      assertThat(both.get(k).history())
          .extracting(Precedent::id)
          .containsExactlyElementsOf(alone.history().stream().map(Precedent::id).toList())
          .doesNotHaveDuplicates();
      assertThat(both.get(k).history())
          .extracting(Precedent::score)
          .containsExactlyElementsOf(alone.history().stream().map(Precedent::score).toList());
    }
  }

  @Test
  void log_isRankedApartFromHistory_eachWithItsOwnTop() {
    IncidentRecord target =
        nearMiss("NM-1", Activity.REHEARSAL, "NO_LIVE_AMMO", "INSPECT_EACH_ROUND");
    List<IncidentRecord> log = new ArrayList<>();
    log.add(target);
    for (int k = 2; k <= 6; k++) {
      log.add(nearMiss("NM-" + k, Activity.REHEARSAL, "NO_LIVE_AMMO"));
    }
    PrecedentRanking r = precedents.rank(target, reference.records(), log, 2);
    assertThat(r.history()).hasSize(2).allSatisfy(p -> assertThat(p.id()).doesNotStartWith("NM-"));
    assertThat(r.history()).extracting(Precedent::id).contains("RUST_2021");
    assertThat(r.log()).hasSize(2).allSatisfy(p -> assertThat(p.id()).startsWith("NM-"));
    assertThat(r.log()).extracting(Precedent::id).doesNotContain("NM-1");
    assertThat(r.historyCandidates()).isEqualTo(reference.size());
    assertThat(r.logCandidates()).isEqualTo(5);
    assertThat(r.log()).extracting(Precedent::rank).containsExactly(1, 2);
  }

  @Test
  void top_limitsTheList_andMustBePositive() {
    IncidentRecord rust = reference.get("RUST_2021").orElseThrow();
    assertThat(precedents.rank(rust, reference.records(), 2).history()).hasSize(2);
    assertThatThrownBy(() -> precedents.rank(rust, reference.records(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
