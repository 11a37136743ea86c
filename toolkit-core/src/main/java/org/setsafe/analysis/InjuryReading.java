package org.setsafe.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.InferredTreatment;
import org.setsafe.model.Injury;
import org.setsafe.model.InjuryWords;
import org.setsafe.model.Involvement;
import org.setsafe.model.Treatment;

/**
 * What the words of a description say of an injury, where the log records nothing: the care ("first
 * aid", "3 stitches", "kept in hospital overnight"), the nature ("fractured wrist"), a loss of
 * consciousness ("knocked out") and days away or on light duties ("off work for 4 days"). Every
 * value is marked inferred with the words it came from ({@link Injury#inferred}); a recorded value
 * always wins ({@link Injury#orElse}).
 *
 * <p>The care: OSHA's list decides what is first aid and what is medical treatment ({@code
 * osha-first-aid.json}: "stitches" is medical treatment, "ice pack" first aid); a hospital stay and
 * an emergency room visit are read from the description words' treatment sections ("kept
 * overnight", "taken to hospital"). The most care any words speak of wins: an in-patient stay, then
 * medical treatment, an emergency room, first aid.
 */
public final class InjuryReading {
  private static final Pattern AWAY =
      Pattern.compile(
          "\\b(\\d{1,3})\\s+(?:more\\s+)?days?\\s+(?:off\\s+work|off|away\\s+from\\s+work|away)\\b"
              + "|\\boff\\s+work\\s+for\\s+(\\d{1,3})\\s+days?\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RESTRICTED =
      Pattern.compile(
          "\\b(\\d{1,3})\\s+days?\\s+(?:on\\s+)?(?:light|restricted)\\s+(?:duties|duty|work)\\b"
              + "|\\b(?:light|restricted)\\s+(?:duties|duty|work)\\s+for\\s+(\\d{1,3})\\s+days?\\b",
          Pattern.CASE_INSENSITIVE);

  private final InjuryWords treatments;
  private final InjuryWords words;
  private final Function<String, InferredTreatment> care;

  /**
   * @param treatments the words of OSHA's first-aid list and of medical treatment ({@link
   *     InjuryWords#FIRST_AID}, {@link InjuryWords#MEDICAL_TREATMENT})
   * @param words the words of kinds of injury (fracture, amputation, loss of consciousness, ...)
   * @param care the care a description's words speak of (a hospital stay, an emergency room), or
   *     null when they speak of none
   */
  public InjuryReading(
      InjuryWords treatments, InjuryWords words, Function<String, InferredTreatment> care) {
    this.treatments = treatments;
    this.words = words;
    this.care = care;
  }

  public InjuryWords words() {
    return words;
  }

  /**
   * The people hurt or killed in {@code r}, each with what the log records of them, filled where it
   * records nothing from the words of their own nature and note and, for an incident with one
   * casualty, of the incident's description.
   */
  public IncidentCases cases(IncidentRecord r) {
    String description = r.incident().summary();
    return new IncidentCases(
        r,
        Casualty.of(
            r,
            (Involvement p) -> p.injury().orElse(read(join(p.injury().nature(), p.note()))),
            description == null ? null : read(description)));
  }

  /** What {@code text} says of an injury; {@link Injury#NONE} when nothing. */
  public Injury read(String text) {
    if (text == null || text.isBlank()) {
      return Injury.NONE;
    }
    List<Injury.Inferred> marks = new ArrayList<>();
    Treatment treatment = null;
    String treatmentWords = null;
    InferredTreatment told = care.apply(text);
    if (told != null && told.level() != Treatment.MEDICAL_TREATMENT) {
      // the description words' medical section mixes diagnoses (fracture, concussion) with
      // treatments: OSHA's list below decides medical treatment
      treatment = told.level();
      treatmentWords = String.join(", ", told.words());
      String observation = observation(text);
      if (treatment == Treatment.IN_PATIENT && observation != null) {
        // a stay for observation only is neither an in-patient hospitalisation to report (29 CFR
        // 1904.39(b)(9); California's "other than medical observation") nor medical treatment
        // (1904.7(b)(5)(ii)): what else was done is not said
        treatment = Treatment.EMERGENCY_ROOM;
        treatmentWords = treatmentWords + ", " + observation;
      }
    }
    if (treatment != Treatment.IN_PATIENT) {
      String medical = treatments.find(InjuryWords.MEDICAL_TREATMENT, text);
      if (medical != null) {
        treatment = Treatment.MEDICAL_TREATMENT;
        treatmentWords = medical;
      } else if (treatment == null) {
        String aid = treatments.find(InjuryWords.FIRST_AID, text);
        if (aid != null) {
          treatment = Treatment.FIRST_AID;
          treatmentWords = aid;
        }
      }
    }
    if (treatment != null) {
      marks.add(new Injury.Inferred("treatment", treatmentWords));
    }
    String nature = null;
    for (String kind :
        List.of(
            InjuryWords.AMPUTATION,
            InjuryWords.LOSS_OF_EYE,
            InjuryWords.SIGNIFICANT,
            InjuryWords.FRACTURE)) {
      nature = words.find(kind, text);
      if (nature != null) {
        marks.add(new Injury.Inferred("nature", nature));
        break;
      }
    }
    String bodyPart = null;
    if (nature != null) {
      bodyPart = words.find(InjuryWords.DIGIT, text);
      bodyPart = bodyPart != null ? bodyPart : words.find(InjuryWords.LIMB, text);
      if (bodyPart != null) {
        marks.add(new Injury.Inferred("body_part", bodyPart));
      }
    }
    Boolean unconscious = null;
    String out = words.find(InjuryWords.UNCONSCIOUS, text);
    if (out != null && !negated(text, out)) {
      unconscious = Boolean.TRUE;
      marks.add(new Injury.Inferred("lost_consciousness", out));
    }
    Integer away = days(AWAY, text, marks, "days_away");
    Integer restricted = days(RESTRICTED, text, marks, "days_restricted");
    if (marks.isEmpty()) {
      return Injury.NONE;
    }
    return new Injury(
        treatment,
        away,
        restricted,
        unconscious,
        bodyPart,
        nature,
        null,
        null,
        null,
        null,
        null,
        null,
        marks);
  }

  private static final Pattern OBSERVATION =
      Pattern.compile("\\bfor (?:medical )?observation\\b", Pattern.CASE_INSENSITIVE);

  /** The words that say a stay was for observation ("for observation"), or null. */
  private static String observation(String text) {
    Matcher m = OBSERVATION.matcher(text);
    return m.find() ? m.group() : null;
  }

  /** Whether the words come right after a "not" or "no" ("did not lose consciousness"). */
  private static boolean negated(String text, String found) {
    String lower = text.toLowerCase(Locale.ROOT);
    int at = InjuryWords.indexOfWords(lower, found.toLowerCase(Locale.ROOT));
    String before = lower.substring(Math.max(0, at - 12), Math.max(0, at));
    return before.matches(".*\\b(not|no|never|without)\\s+(\\w+\\s+)?$");
  }

  private static Integer days(Pattern p, String text, List<Injury.Inferred> marks, String field) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      return null;
    }
    String n = m.group(1) != null ? m.group(1) : m.group(2);
    marks.add(new Injury.Inferred(field, m.group()));
    return Integer.valueOf(n);
  }

  private static String join(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + ". " + b;
  }
}
