package org.setsafe.model;

import static org.setsafe.model.InvalidValueException.check;
import static org.setsafe.model.InvalidValueException.optional;
import static org.setsafe.model.InvalidValueException.required;

import java.time.LocalTime;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One incident: what happened, where, when, and how bad it was.
 *
 * @param time the time of day it happened, or null when not recorded
 * @param location where on the production it happened (a set, a stage, a location), or null
 * @param department the production department it happened in (as the log names it), or null
 * @param injuries people injured, or null when the count is not known
 * @param reportedBy who reported it (a name or a role, as the log has it), or null
 * @param highEnergy the log's own answer to the SCL question "was high energy present?", or null
 *     where it records none (see {@link SclQuestion}); a recorded answer wins over setsafe's
 *     reading
 * @param highEnergyIncident the log's answer to "was there a high-energy incident?", or null
 * @param seriousInjury the log's answer to "was a serious injury sustained?", or null
 * @param directControl the log's answer to "was a direct control present?", or null
 * @param categoryEvidence null when the log records the hazard category; where setsafe inferred it
 *     from the description because the log named none ({@code other}), the words it was read from:
 *     {@code inferred from the description: "fell"; "ladder"} (see {@link #categoryInferred})
 */
public record Incident(
    String id,
    String title,
    String production,
    PartialDate date,
    LocalTime time,
    String location,
    String department,
    String jurisdiction,
    Category category,
    Activity activity,
    Severity severity,
    int fatalities,
    Integer injuries,
    String summary,
    String reportedBy,
    String note,
    Answer highEnergy,
    Answer highEnergyIncident,
    Answer seriousInjury,
    Answer directControl,
    String categoryEvidence) {

  /** What the evidence of an inferred category starts with, before the quoted words. */
  public static final String INFERRED_CATEGORY = "inferred from the description: ";

  /** Ids are what users type on the command line: letters, digits and a few separators. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:/-]{0,79}");

  public Incident {
    id = required(id, "id");
    check(
        isValidId(id),
        "id",
        "id '"
            + id
            + "' must be 1-80 letters, digits or _ . : / - and start with a letter or digit");
    title = required(title, "title");
    production = required(production, "production");
    Objects.requireNonNull(date, "date");
    location = optional(location);
    department = optional(department);
    reportedBy = optional(reportedBy);
    jurisdiction = optional(jurisdiction);
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(severity, "severity");
    summary = optional(summary);
    note = optional(note);
    check(
        fatalities >= 0, "fatalities", "fatalities must not be negative (was " + fatalities + ")");
    check(
        injuries == null || injuries >= 0,
        "injuries",
        "injuries must not be negative (was " + injuries + ")");
    check(
        severity != Severity.FATAL || fatalities > 0,
        "severity",
        "severity is fatal but fatalities is 0");
    check(
        fatalities == 0 || severity == Severity.FATAL,
        "severity",
        "fatalities is "
            + fatalities
            + " but severity is "
            + severity.code()
            + " (expected fatal)");
    check(
        severity != Severity.NEAR_MISS || injuries == null || injuries == 0,
        "severity",
        "severity is near_miss but injuries is " + injuries);
    categoryEvidence = optional(categoryEvidence);
    check(
        categoryEvidence == null
            || (categoryEvidence.startsWith(INFERRED_CATEGORY)
                && categoryEvidence.length() > INFERRED_CATEGORY.length()),
        "category_evidence",
        "category_evidence must read '"
            + INFERRED_CATEGORY
            + "' and the words the category was read from (was '"
            + categoryEvidence
            + "')");
    check(
        categoryEvidence == null || category != Category.OTHER,
        "category_evidence",
        "category_evidence is given but the category is other (nothing was inferred)");
  }

  /** An incident whose hazard category is as the log records it. */
  public Incident(
      String id,
      String title,
      String production,
      PartialDate date,
      LocalTime time,
      String location,
      String department,
      String jurisdiction,
      Category category,
      Activity activity,
      Severity severity,
      int fatalities,
      Integer injuries,
      String summary,
      String reportedBy,
      String note,
      Answer highEnergy,
      Answer highEnergyIncident,
      Answer seriousInjury,
      Answer directControl) {
    this(
        id,
        title,
        production,
        date,
        time,
        location,
        department,
        jurisdiction,
        category,
        activity,
        severity,
        fatalities,
        injuries,
        summary,
        reportedBy,
        note,
        highEnergy,
        highEnergyIncident,
        seriousInjury,
        directControl,
        null);
  }

  /** Whether the category was inferred from the description, not recorded in the log. */
  public boolean categoryInferred() {
    return categoryEvidence != null;
  }

  /**
   * This incident with {@code inferred} as its category, inferred from the description with {@code
   * evidence} ({@code inferred from the description: "fell"}).
   */
  public Incident withInferredCategory(Category inferred, String evidence) {
    return new Incident(
        id,
        title,
        production,
        date,
        time,
        location,
        department,
        jurisdiction,
        inferred,
        activity,
        severity,
        fatalities,
        injuries,
        summary,
        reportedBy,
        note,
        highEnergy,
        highEnergyIncident,
        seriousInjury,
        directControl,
        evidence);
  }

  /** An incident whose log records none of the SCL answers. */
  public Incident(
      String id,
      String title,
      String production,
      PartialDate date,
      LocalTime time,
      String location,
      String department,
      String jurisdiction,
      Category category,
      Activity activity,
      Severity severity,
      int fatalities,
      Integer injuries,
      String summary,
      String reportedBy,
      String note) {
    this(
        id,
        title,
        production,
        date,
        time,
        location,
        department,
        jurisdiction,
        category,
        activity,
        severity,
        fatalities,
        injuries,
        summary,
        reportedBy,
        note,
        null,
        null,
        null,
        null);
  }

  /**
   * The SCL answers the log records for this incident (an answer recorded as unknown counts as not
   * recorded).
   */
  public java.util.Map<SclQuestion, Answer> recordedAnswers() {
    java.util.Map<SclQuestion, Answer> m = new java.util.EnumMap<>(SclQuestion.class);
    Answer[] given = {highEnergy, highEnergyIncident, seriousInjury, directControl};
    for (SclQuestion q : SclQuestion.values()) {
      Answer a = given[q.ordinal()];
      if (a != null && a.known()) {
        m.put(q, a);
      }
    }
    return m;
  }

  /**
   * Whether {@code id} matches {@link #ID}; checked by hand because every ingested row needs it.
   */
  public static boolean isValidId(String id) {
    int n = id.length();
    if (n == 0 || n > 80) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || (c != '_' && c != '.' && c != ':' && c != '/' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  /** Casualties for display: {@code 1 killed, 1 injured}; unknown injuries shown as such. */
  public String casualties() {
    return fatalities
        + " killed, "
        + (injuries == null ? "injuries not known" : injuries + " injured");
  }
}
