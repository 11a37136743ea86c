package org.setsafe.model;

import static org.setsafe.model.InvalidValueException.check;
import static org.setsafe.model.InvalidValueException.optional;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What happened to one injured (or killed) person: the care they received, the days they lost, what
 * was hurt and how, who employed them, and when and to whom the injury was reported. Every field
 * may be unknown (null); a field filled from the words of a description rather than recorded is
 * listed in {@link #inferred} with those words.
 *
 * @param treatment the most care received, or null when not recorded
 * @param daysAway calendar days away from work, not counting the day of the injury (29 CFR
 *     1904.7(b)(3)), or null when not recorded
 * @param daysRestricted calendar days on restricted work or transferred to another job
 *     (1904.7(b)(4)), or null when not recorded
 * @param lostConsciousness whether the person lost consciousness, or null when not recorded
 * @param bodyPart the part of the body affected, in words ({@code left wrist})
 * @param nature what the injury or illness was, in words ({@code fracture}, {@code 3 stitches})
 * @param caseType injury or the kind of illness; null when not recorded (read as an injury)
 * @param jobTitle the person's job on the production ({@code grip}, {@code stunt performer})
 * @param employer who employs the person: the production, or a vendor
 * @param privacyCase whether the case is a privacy concern case (29 CFR 1904.29(b)(7)), whose name
 *     is never shown on the OSHA 300 log; null when not recorded
 * @param reportedAt when the injury was reported to those named in {@code reportedTo}
 * @param reportedTo to whom it was reported (a regulator, the union, the studio), several separated
 *     by {@code ;}
 * @param inferred the fields filled from words, with the words
 */
public record Injury(
    Treatment treatment,
    Integer daysAway,
    Integer daysRestricted,
    Boolean lostConsciousness,
    String bodyPart,
    String nature,
    CaseType caseType,
    String jobTitle,
    String employer,
    Boolean privacyCase,
    LocalDateTime reportedAt,
    String reportedTo,
    List<Inferred> inferred) {

  /** Nothing recorded. */
  public static final Injury NONE =
      new Injury(null, null, null, null, null, null, null, null, null, null, null, null, List.of());

  /** A field filled from the words of a description, and those words. */
  public record Inferred(String field, String words) {
    public Inferred {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(words, "words");
    }
  }

  public Injury {
    check(
        daysAway == null || daysAway >= 0,
        "days_away",
        "days_away must not be negative (was " + daysAway + ")");
    check(
        daysRestricted == null || daysRestricted >= 0,
        "days_restricted",
        "days_restricted must not be negative (was " + daysRestricted + ")");
    bodyPart = optional(bodyPart);
    nature = optional(nature);
    jobTitle = optional(jobTitle);
    employer = optional(employer);
    reportedTo = optional(reportedTo);
    inferred = inferred == null ? List.of() : List.copyOf(inferred);
  }

  /** The words a field was inferred from, or null when it was recorded (or is unknown). */
  public String inferredFrom(String field) {
    for (Inferred i : inferred) {
      if (i.field().equals(field)) {
        return i.words();
      }
    }
    return null;
  }

  /** The case type, an injury when none is recorded. */
  public CaseType caseTypeOrInjury() {
    return caseType == null ? CaseType.INJURY : caseType;
  }

  /**
   * These facts with the unknown ones filled from {@code words}: each field this record leaves null
   * takes the other's value, and the other's inferred marks come along for the fields taken.
   */
  public Injury orElse(Injury words) {
    List<Inferred> marks = new ArrayList<>(inferred);
    for (Inferred i : words.inferred) {
      if (isNull(i.field())) {
        marks.add(i);
      }
    }
    return new Injury(
        treatment != null ? treatment : words.treatment,
        daysAway != null ? daysAway : words.daysAway,
        daysRestricted != null ? daysRestricted : words.daysRestricted,
        lostConsciousness != null ? lostConsciousness : words.lostConsciousness,
        bodyPart != null ? bodyPart : words.bodyPart,
        nature != null ? nature : words.nature,
        caseType != null ? caseType : words.caseType,
        jobTitle != null ? jobTitle : words.jobTitle,
        employer != null ? employer : words.employer,
        privacyCase != null ? privacyCase : words.privacyCase,
        reportedAt != null ? reportedAt : words.reportedAt,
        reportedTo != null ? reportedTo : words.reportedTo,
        marks);
  }

  private boolean isNull(String field) {
    return switch (field) {
      case "treatment" -> treatment == null;
      case "days_away" -> daysAway == null;
      case "days_restricted" -> daysRestricted == null;
      case "lost_consciousness" -> lostConsciousness == null;
      case "body_part" -> bodyPart == null;
      case "nature" -> nature == null;
      case "case_type" -> caseType == null;
      case "job_title" -> jobTitle == null;
      case "employer" -> employer == null;
      case "privacy_case" -> privacyCase == null;
      case "reported_at" -> reportedAt == null;
      case "reported_to" -> reportedTo == null;
      default -> false;
    };
  }
}
