package org.setsafe.analysis;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.setsafe.model.Answer;
import org.setsafe.model.InferredTreatment;
import org.setsafe.model.SclClass;
import org.setsafe.model.SclQuestion;
import org.setsafe.model.Severity;

/**
 * An incident's SCL class with the four answers it comes from. Where an answer is unknown, {@link
 * #possible} holds every class the unknown answers leave open and {@link #sclClass} is the most
 * serious of them: what the event could be at worst ({@link #atWorst}).
 *
 * @param answers the four answers, in the order of {@link SclQuestion}
 * @param treatment the care the words of the description speak of, or null
 * @param severity the incident's recorded severity
 */
public record SclResult(
    String incidentId,
    SclClass sclClass,
    Set<SclClass> possible,
    List<SclAnswer> answers,
    InferredTreatment treatment,
    Severity severity) {

  public SclResult {
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(sclClass, "sclClass");
    Objects.requireNonNull(severity, "severity");
    possible = Collections.unmodifiableSet(EnumSet.copyOf(possible));
    answers = List.copyOf(answers);
    if (!possible.contains(sclClass)) {
      throw new IllegalArgumentException(sclClass + " is not among " + possible);
    }
    if (answers.size() != SclQuestion.values().length) {
      throw new IllegalArgumentException("four answers, one per question");
    }
  }

  /** Whether some answer is unknown, so that the class is the worst of {@link #possible}. */
  public boolean atWorst() {
    return possible.size() > 1;
  }

  /** The answer to one question. */
  public SclAnswer answer(SclQuestion q) {
    return answers.get(q.ordinal());
  }

  /** Whether the class (at worst) is a potential serious injury or fatality (HSIF, PSIF). */
  public boolean potentialSif() {
    return sclClass.potentialSif();
  }

  /** Whether any answer is only inferred. */
  public boolean inferred() {
    return answers.stream().anyMatch(a -> a.known() && a.inferred());
  }

  /**
   * The class as a cell: {@code PSIF}, or {@code PSIF at worst} where an answer is unknown and a
   * less serious class is possible.
   */
  public String classText() {
    return sclClass.shortLabel() + (atWorst() ? " at worst" : "");
  }

  /**
   * Whether the words of the description speak of more care than the severity allows (hospital, an
   * emergency room, a fracture, a concussion, stitches or an amputation in an incident recorded as
   * a near miss or an injury): a data-quality warning, see {@link #treatmentWarning}.
   */
  public boolean treatmentMismatch() {
    return treatment != null
        && severity.compareTo(Severity.SERIOUS_INJURY) < 0
        && treatment.level().compareTo(org.setsafe.model.Treatment.MEDICAL_TREATMENT) >= 0;
  }

  /**
   * The data-quality warning for a {@link #treatmentMismatch}: {@code severity is injury, but the
   * description speaks of "taken to hospital" (treatment inferred: emergency room); check whether
   * the injury was serious}; null when there is none.
   */
  public String treatmentWarning() {
    if (!treatmentMismatch()) {
      return null;
    }
    return "severity is "
        + severity.code()
        + ", but the description speaks of "
        + String.join("; ", treatment.words().stream().map(w -> "\"" + w + "\"").toList())
        + " (treatment inferred: "
        + treatment.level().label().toLowerCase(java.util.Locale.ROOT)
        + "); check the severity and whether the injury was life-threatening or life-altering";
  }

  /**
   * Whether the answer to {@code q} decides the class: whether the classes open would differ were
   * it yes or no, the other answers as they are. High energy's release does not matter for a
   * low-energy event, nor a direct control for a serious injury from high energy.
   */
  public boolean decides(SclQuestion q) {
    return !with(q, Answer.YES).equals(with(q, Answer.NO));
  }

  private java.util.Set<SclClass> with(SclQuestion q, Answer a) {
    java.util.Map<SclQuestion, SclAnswer> m = new java.util.EnumMap<>(SclQuestion.class);
    for (SclAnswer x : answers) {
      m.put(
          x.question(),
          x.question() == q ? new SclAnswer(q, a, SclBasis.RECORDED, false, "", List.of()) : x);
    }
    return SclClassifier.possible(m);
  }

  /** The answers that are unknown. */
  public List<SclQuestion> unknown() {
    return answers.stream()
        .filter(a -> a.answer() == Answer.UNKNOWN)
        .map(SclAnswer::question)
        .toList();
  }
}
