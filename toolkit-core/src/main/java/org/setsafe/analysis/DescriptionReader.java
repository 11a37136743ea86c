package org.setsafe.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.setsafe.model.Answer;
import org.setsafe.model.Energy;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.InferredTreatment;

/**
 * What the words of an incident's description say that the SCL classification can use: the phrases
 * that name a high- or low-energy source, a release of energy, a person in reach, a serious injury,
 * a direct control present or missing, the care someone had, and the numbers with what they
 * measure. Analysis defines what it needs; {@code org.setsafe.text} reads it with Lucene's English
 * analysis, and the CLI and the report hand that reader in. {@link #NONE} reads nothing, so the
 * classification then rests on recorded facts alone.
 */
public interface DescriptionReader {
  /** A reader that finds nothing: recorded columns, checks, hazard and severity decide alone. */
  DescriptionReader NONE = r -> Description.EMPTY;

  /** What the title and summary of {@code r} say. */
  Description read(IncidentRecord r);

  /** What a phrase of a description says. */
  enum CueKind {
    /** A high-energy source is named: a crane, a live round, a train, an explosion. */
    HIGH_ENERGY,
    /** Only a low-energy source is named: a box cutter, a sandbag, a cold gun, a smoke machine. */
    LOW_ENERGY,
    /** A fall from a ladder's n-th step ("the second step of a stepladder"). */
    LADDER_STEP,
    /** Energy where it must never be, uncontained: live rounds among the dummies, a loaded gun. */
    UNCONTAINED,
    /** The energy was released: fell, fired, dropped, swerved, exploded, spooked, shocked. */
    RELEASED,
    /** The energy was not released: found, spotted, stopped before it was lit. */
    NOT_RELEASED,
    /** A person was within reach: had to step back, just missed, stopped short of the camera. */
    NEAR,
    /** A person was in contact with it: hit him, struck on the shoulder, burned her arm. */
    CONTACT,
    /** No one was in reach: nobody near, the area was clear. */
    NOBODY_NEAR,
    /** A life-threatening or life-altering injury: amputated, paralysed, in a coma. */
    SERIOUS_INJURY,
    /**
     * An injury or care named that is neither life-threatening nor life-altering: bruised ribs, a
     * sprain, kept in for observation, an X-ray that found nothing broken.
     */
    MINOR_INJURY,
    /** A direct control in place: harness clipped, locked out, behind a shield. */
    CONTROL_PRESENT,
    /** A direct control missing or failed: without a harness, unguarded, not locked out. */
    CONTROL_ABSENT
  }

  /**
   * One phrase of a description and what it says.
   *
   * @param words the phrase as written
   * @param energy the energy it concerns, or null
   * @param checkId the protocol check it suggests failed (for a direct control missing), or null
   */
  record Cue(CueKind kind, String words, Energy energy, String checkId) {
    public Cue {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(words, "words");
    }
  }

  /**
   * What a number of a description measures, and the unit {@link Measured} gives it in: lengths in
   * feet, speeds in miles per hour, voltages in volts, temperatures in degrees Fahrenheit, weights
   * in pounds.
   */
  enum Measures {
    /** How far someone or something fell ("fell 6 ft", "a 22 ft fall"), in ft. */
    FALL_HEIGHT("ft"),
    /** How high someone worked or something hung ("30 ft up", "a 20-foot truss"), in ft. */
    HEIGHT("ft"),
    /** How far a person was from the energy when released ("fired at 8 ft", "4 ft from"). */
    DISTANCE("ft"),
    /** The distance the plan or a rule asked for ("the plan said 20 ft", "a 20 ft stand-off"). */
    PLANNED_DISTANCE("ft"),
    SPEED("mph"),
    VOLTAGE("V"),
    TEMPERATURE("°F"),
    WEIGHT("lb"),
    /** A length whose meaning the words do not tell, in ft. */
    OTHER("ft");

    private final String unit;

    Measures(String unit) {
      this.unit = unit;
    }

    /** The unit of the values: {@code ft}, {@code mph}, {@code V}, {@code °F}, {@code lb}. */
    public String unit() {
      return unit;
    }
  }

  /**
   * A number of a description in the unit of what it measures ({@link Measures#unit}), a range
   * keeping both ends, with the words around it that tell what it measures.
   *
   * @param words the number with the words just around it, as written: {@code fired at 8 ft}
   */
  record Measured(Measures what, double low, double high, String words) {
    public Measured {
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(words, "words");
      if (Double.isNaN(low) || Double.isNaN(high) || high < low) {
        throw new IllegalArgumentException("bad range " + low + "-" + high + ": " + words);
      }
    }

    /**
     * Whether the number reaches {@code limit} (in the unit of {@link #what}): yes when its low end
     * does, no when its high end is below, unknown for a range across it.
     */
    public Answer atLeast(double limit) {
      if (low >= limit - 1e-9) {
        return Answer.YES;
      }
      return high < limit - 1e-9 ? Answer.NO : Answer.UNKNOWN;
    }
  }

  /**
   * Everything a description says, in text order.
   *
   * @param treatment the care the words speak of, or null
   */
  record Description(List<Cue> cues, List<Measured> measures, InferredTreatment treatment) {
    public static final Description EMPTY = new Description(List.of(), List.of(), null);

    public Description {
      cues = List.copyOf(cues);
      measures = List.copyOf(measures);
    }

    /** The cues of a kind, in text order. */
    public List<Cue> cues(CueKind kind) {
      List<Cue> out = new ArrayList<>();
      for (Cue c : cues) {
        if (c.kind() == kind) {
          out.add(c);
        }
      }
      return out;
    }

    /** The numbers that measure {@code what}, in text order. */
    public List<Measured> measures(Measures what) {
      List<Measured> out = new ArrayList<>();
      for (Measured m : measures) {
        if (m.what() == what) {
          out.add(m);
        }
      }
      return out;
    }
  }
}
