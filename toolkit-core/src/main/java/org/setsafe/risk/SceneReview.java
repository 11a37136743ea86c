package org.setsafe.risk;

import java.util.List;
import java.util.Objects;
import org.setsafe.model.AssessedHazard;
import org.setsafe.model.PartialDate;

/**
 * What a scene's assessment lacks before the shoot: its gaps in words (none: ready), notes that do
 * not stop it (an assessor's judgement to be aware of), and for each missing control where it
 * failed before.
 *
 * @param shootDate the scene's shoot date (the earliest of its rows), or null
 * @param hazards the scene's rows that could be read, in file order
 * @param lessons for each missing control, the incidents where it failed, in the order of the gaps
 */
public record SceneReview(
    String scene,
    PartialDate shootDate,
    List<AssessedHazard> hazards,
    List<Gap> gaps,
    List<String> notes,
    List<ControlLessons> lessons) {

  public SceneReview {
    Objects.requireNonNull(scene, "scene");
    hazards = List.copyOf(hazards);
    gaps = List.copyOf(gaps);
    notes = List.copyOf(notes);
    lessons = List.copyOf(lessons);
  }

  /** Whether nothing stops the scene: no gap. */
  public boolean ready() {
    return gaps.isEmpty();
  }
}
