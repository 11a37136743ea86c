package org.setsafe.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.setsafe.analysis.DescriptionReader.Cue;
import org.setsafe.analysis.DescriptionReader.CueKind;
import org.setsafe.analysis.DescriptionReader.Description;
import org.setsafe.model.Activity;
import org.setsafe.model.Answer;
import org.setsafe.model.Category;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Confidence;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.PartialDate;
import org.setsafe.model.SclClass;
import org.setsafe.model.SclQuestion;
import org.setsafe.model.Severity;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.rules.HighEnergyFile;

/**
 * How each answer is chosen: a recorded answer wins over any reading; a direct control's check
 * result decides before words; an answer nothing decides is unknown and the class is the worst it
 * leaves open.
 */
class SclClassifier_AnswersTest {
  private static final ProtocolCatalog CATALOG = catalog();

  private static ProtocolCatalog catalog() {
    try {
      return ProtocolCatalog.load(
          Path.of(SclClassifier_AnswersTest.class.getResource("/scl/protocols").toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static IncidentRecord incident(Category c, Severity s, CheckResult... checks) {
    Incident i =
        new Incident(
            "T-1",
            "Test",
            "Test",
            PartialDate.parse("2026-05-01"),
            null,
            null,
            null,
            null,
            c,
            Activity.TAKE,
            s,
            s == Severity.FATAL ? 1 : 0,
            s == Severity.NEAR_MISS ? 0 : 1,
            "words",
            null,
            null);
    return new IncidentRecord(i, List.of(), List.of(checks), List.of(), List.of());
  }

  private static SclClassifier reading(Cue... cues) {
    Description d = new Description(List.of(cues), List.of(), null);
    return new SclClassifier(CATALOG, HighEnergyFile.bundled(), r -> d);
  }

  private static Cue cue(CueKind k, String words) {
    return new Cue(k, words, null, null);
  }

  @Test
  void recordedAnswer_winsOverEveryReading() {
    IncidentRecord r =
        incident(
            Category.FALL_FROM_HEIGHT,
            Severity.NEAR_MISS,
            CheckResult.of("T-1", "FALL_ARREST", CheckStatus.FAILED));
    SclClassifier c =
        reading(
            cue(CueKind.HIGH_ENERGY, "roof"),
            cue(CueKind.RELEASED, "fell"),
            cue(CueKind.CONTACT, "hit"));
    SclResult inferred = c.classify(r);
    assertThat(inferred.sclClass()).isEqualTo(SclClass.PSIF);
    Map<SclQuestion, Answer> recorded = new EnumMap<>(SclQuestion.class);
    recorded.put(SclQuestion.HIGH_ENERGY_INCIDENT, Answer.NO);
    recorded.put(SclQuestion.DIRECT_CONTROL, Answer.YES);
    SclResult withRecorded = c.classify(r, recorded);
    assertThat(withRecorded.sclClass()).isEqualTo(SclClass.SUCCESS);
    SclAnswer a = withRecorded.answer(SclQuestion.DIRECT_CONTROL);
    assertThat(a.basis()).isEqualTo(SclBasis.RECORDED);
    assertThat(a.inferred()).isFalse();
    assertThat(withRecorded.answer(SclQuestion.HIGH_ENERGY).basis()).isEqualTo(SclBasis.WORDS);
    assertThat(withRecorded.answer(SclQuestion.HIGH_ENERGY).inferred()).isTrue();
    assertThat(withRecorded.answer(SclQuestion.HIGH_ENERGY).words()).containsExactly("roof");
  }

  @Test
  void directControl_fromACheckThatIsOne_beforeWords_andNotFromOneThatIsNot() {
    Cue present = cue(CueKind.CONTROL_PRESENT, "harness clipped");
    SclResult failed =
        reading(present)
            .classify(
                incident(
                    Category.FALL_FROM_HEIGHT,
                    Severity.NEAR_MISS,
                    CheckResult.of("T-1", "FALL_ARREST", CheckStatus.FAILED)));
    assertThat(failed.answer(SclQuestion.DIRECT_CONTROL).answer()).isEqualTo(Answer.NO);
    assertThat(failed.answer(SclQuestion.DIRECT_CONTROL).basis()).isEqualTo(SclBasis.CHECK);
    assertThat(failed.answer(SclQuestion.DIRECT_CONTROL).inferred()).isFalse();
    SclResult talk =
        reading()
            .classify(
                incident(
                    Category.FALL_FROM_HEIGHT,
                    Severity.NEAR_MISS,
                    CheckResult.of("T-1", "TOOLBOX_TALK", CheckStatus.FAILED)));
    assertThat(talk.answer(SclQuestion.DIRECT_CONTROL).answer()).isEqualTo(Answer.UNKNOWN);
    SclResult suggested =
        reading()
            .classify(
                incident(
                    Category.FALL_FROM_HEIGHT,
                    Severity.NEAR_MISS,
                    new CheckResult(
                        "T-1",
                        "FALL_ARREST",
                        CheckStatus.FAILED,
                        null,
                        Confidence.INFERRED,
                        CheckResult.SUGGESTED_EVIDENCE + "\"harness not clipped\"",
                        null)));
    SclAnswer a = suggested.answer(SclQuestion.DIRECT_CONTROL);
    assertThat(a.answer()).isEqualTo(Answer.NO);
    assertThat(a.inferred()).isTrue();
    assertThat(a.words()).containsExactly("harness not clipped");
  }

  @Test
  void liveAmmunitionFoundOnSet_recorded_isAPsifFromRecordedFactsAlone() {
    IncidentRecord r =
        incident(
            Category.FIREARM,
            Severity.NEAR_MISS,
            CheckResult.of("T-1", "NO_LIVE_AMMO", CheckStatus.FAILED));
    SclResult s =
        new SclClassifier(
                ProtocolCatalog.bundled(), HighEnergyFile.bundled(), DescriptionReader.NONE)
            .classify(r);
    assertThat(s.sclClass()).isEqualTo(SclClass.PSIF);
    assertThat(s.atWorst()).isFalse();
    assertThat(s.answer(SclQuestion.HIGH_ENERGY_INCIDENT).basis()).isEqualTo(SclBasis.CHECK);
    assertThat(s.answer(SclQuestion.HIGH_ENERGY_INCIDENT).reason())
        .contains("No live ammunition (NO_LIVE_AMMO) failed");
    assertThat(s.answer(SclQuestion.DIRECT_CONTROL).answer()).isEqualTo(Answer.NO);
  }

  @Test
  void directControl_ofAProtocolForAnotherHazard_doesNotCount() {
    SclResult r =
        reading()
            .classify(
                incident(
                    Category.ELECTRICAL,
                    Severity.NEAR_MISS,
                    CheckResult.of("T-1", "FALL_ARREST", CheckStatus.PASSED)));
    assertThat(r.answer(SclQuestion.DIRECT_CONTROL).answer()).isEqualTo(Answer.UNKNOWN);
  }

  @Test
  void unknownAnswers_giveTheWorstClass_withTheOthersPossible() {
    // a stunt near miss the words say nothing of: high energy, release and control unknown
    SclResult r = reading().classify(incident(Category.STUNT, Severity.NEAR_MISS));
    assertThat(r.answer(SclQuestion.HIGH_ENERGY).answer()).isEqualTo(Answer.UNKNOWN);
    assertThat(r.sclClass()).isEqualTo(SclClass.PSIF);
    assertThat(r.atWorst()).isTrue();
    assertThat(r.classText()).isEqualTo("PSIF at worst");
    assertThat(r.possible())
        .containsExactlyInAnyOrder(
            SclClass.PSIF,
            SclClass.CAPACITY,
            SclClass.SUCCESS,
            SclClass.EXPOSURE,
            SclClass.LOW_SEVERITY);
    // a fatal one: at worst HSIF, at best LSIF
    SclResult fatal = reading().classify(incident(Category.STUNT, Severity.FATAL));
    assertThat(fatal.sclClass()).isEqualTo(SclClass.HSIF);
    assertThat(fatal.possible()).containsExactlyInAnyOrder(SclClass.HSIF, SclClass.LSIF);
  }

  @Property
  void possible_isEveryClassTheUnknownsAllow_andTheClassIsTheirWorst(
      @ForAll Answer he, @ForAll Answer inc, @ForAll Answer si, @ForAll Answer dc) {
    Map<SclQuestion, SclAnswer> answers = new EnumMap<>(SclQuestion.class);
    Answer[] given = {he, inc, si, dc};
    for (SclQuestion q : SclQuestion.values()) {
      Answer a = given[q.ordinal()];
      answers.put(
          q,
          a.known()
              ? new SclAnswer(q, a, SclBasis.RECORDED, false, "given", List.of())
              : SclAnswer.unknown(q, "not given"));
    }
    var possible = SclClassifier.possible(answers);
    for (boolean h : ways(he)) {
      for (boolean i : ways(inc)) {
        for (boolean s : ways(si)) {
          for (boolean d : ways(dc)) {
            assertThat(possible).contains(SclClass.of(h, i, s, d));
          }
        }
      }
    }
    if (he.known() && inc.known() && si.known() && dc.known()) {
      assertThat(possible).hasSize(1);
    }
    SclClass worst = possible.stream().min(SclClass.MOST_SERIOUS_FIRST).orElseThrow();
    for (SclClass c : possible) {
      assertThat(c.moreSeriousThan(worst)).isFalse();
    }
  }

  private static boolean[] ways(Answer a) {
    return a == Answer.YES
        ? new boolean[] {true}
        : a == Answer.NO ? new boolean[] {false} : new boolean[] {true, false};
  }
}
