package org.setsafe.cli;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.setsafe.model.AssessedHazard;
import org.setsafe.redact.Redactor;
import org.setsafe.risk.Assessment;
import org.setsafe.risk.Gap;
import org.setsafe.risk.SceneReview;

/**
 * A scene risk assessment and its review, reviewed as written and shown redacted: its scene names,
 * descriptions, planned controls and notes scrubbed of every name known (the log's, and the
 * assessment's owners, assessors and signatories), its people as their role or ZZZ, its locations
 * as their region, its file name a code. Its dates are kept: the review's findings are about them
 * (a shoot date passed, a sign-off before the last change). The lessons come from the history
 * (public) and from the production's own incidents, already redacted.
 */
final class RedactedReview {
  private final Redactor redactor;
  private final Map<AssessedHazard, AssessedHazard> done = new IdentityHashMap<>();

  RedactedReview(Redactor redactor) {
    this.redactor = redactor;
  }

  /** Notes the names and places of an assessment, for the redactor about to be built. */
  static void learn(Assessment a, RedactOption redact) {
    for (AssessedHazard h : a.hazards()) {
      redact.person(h.owner()).person(h.assessedBy()).person(h.authorisedBy()).place(h.location());
    }
  }

  AssessedHazard hazard(AssessedHazard h) {
    return done.computeIfAbsent(
        h,
        x ->
            new AssessedHazard(
                redactor.text(x.scene()),
                x.shootDate(),
                redactor.place(x.location()),
                redactor.text(x.activity()),
                x.category(),
                redactor.text(x.description()),
                redactor.text(x.plannedControls()),
                x.controlIds(),
                x.controlWords().stream().map(redactor::text).toList(),
                x.notApplicable(),
                x.likelihood(),
                x.severity(),
                x.residualLikelihood(),
                x.residualSeverity(),
                redactor.name(x.owner()),
                redactor.name(x.assessedBy()),
                redactor.name(x.authorisedBy()),
                x.signedOn(),
                x.revisedOn(),
                x.specific(),
                redactor.text(x.note()),
                x.line()));
  }

  Assessment assessment(Assessment a) {
    return new Assessment(
        redactor.inputName(a.file()),
        a.hazards().stream().map(this::hazard).toList(),
        a.rejected().stream()
            .map(
                r ->
                    new Assessment.Rejected(
                        redactor.text(r.scene()), r.line(), redactor.diagnostic(r.reason())))
            .toList(),
        a.problems().stream().map(redactor::diagnostic).toList());
  }

  SceneReview review(SceneReview s) {
    return new SceneReview(
        redactor.text(s.scene()),
        s.shootDate(),
        s.hazards().stream().map(this::hazard).toList(),
        s.gaps().stream()
            .map(g -> new Gap(g.kind(), redactor.text(g.says()), g.lines(), g.checks()))
            .toList(),
        s.notes().stream().map(redactor::text).toList(),
        s.lessons());
  }

  List<SceneReview> reviews(List<SceneReview> xs) {
    return xs.stream().map(this::review).toList();
  }
}
