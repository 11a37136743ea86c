package org.setsafe.schema;

import java.time.LocalTime;
import java.util.List;
import org.setsafe.model.Activity;
import org.setsafe.model.Answer;
import org.setsafe.model.Category;
import org.setsafe.model.Incident;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Severity;

/** The fields of an incident ({@code incidents.csv}), in column order: see {@link Field}. */
public final class IncidentFields {
  private IncidentFields() {}

  public static final Field<Incident, String> ID = Field.text("id", Incident::id).required();
  public static final Field<Incident, String> TITLE =
      Field.text("title", Incident::title).required();
  public static final Field<Incident, String> PRODUCTION =
      Field.text("production", Incident::production).required();
  public static final Field<Incident, PartialDate> DATE =
      Field.date("date", Incident::date).required();
  public static final Field<Incident, LocalTime> TIME = Field.time("time", Incident::time);
  public static final Field<Incident, String> LOCATION = Field.text("location", Incident::location);
  public static final Field<Incident, String> DEPARTMENT =
      Field.text("department", Incident::department);
  public static final Field<Incident, String> JURISDICTION =
      Field.text("jurisdiction", Incident::jurisdiction);
  public static final Field<Incident, Category> CATEGORY =
      Field.code("category", Category.class, "category", Incident::category).required();
  public static final Field<Incident, Activity> ACTIVITY =
      Field.code("activity", Activity.class, "activity", Incident::activity).required();
  public static final Field<Incident, Severity> SEVERITY =
      Field.code("severity", Severity.class, "severity", Incident::severity).required();
  public static final Field<Incident, Integer> FATALITIES =
      Field.count("fatalities", Incident::fatalities).required();
  public static final Field<Incident, Integer> INJURIES =
      Field.count("injuries", Incident::injuries);
  public static final Field<Incident, String> SUMMARY = Field.text("summary", Incident::summary);
  public static final Field<Incident, String> REPORTED_BY =
      Field.text("reported_by", Incident::reportedBy);
  public static final Field<Incident, String> NOTE = Field.text("note", Incident::note);
  public static final Field<Incident, Answer> HIGH_ENERGY =
      Field.code("high_energy", Answer.class, "answer", Incident::highEnergy);
  public static final Field<Incident, Answer> HIGH_ENERGY_INCIDENT =
      Field.code("high_energy_incident", Answer.class, "answer", Incident::highEnergyIncident);
  public static final Field<Incident, Answer> SERIOUS_INJURY =
      Field.code("serious_injury", Answer.class, "answer", Incident::seriousInjury);
  public static final Field<Incident, Answer> DIRECT_CONTROL =
      Field.code("direct_control", Answer.class, "answer", Incident::directControl);

  /**
   * Where the category was inferred from the description ({@code import --suggest}), the words it
   * was read from; empty when the log records the category.
   */
  public static final Field<Incident, String> CATEGORY_EVIDENCE =
      Field.text("category_evidence", Incident::categoryEvidence);

  /** Every field, in column order. */
  public static final List<Field<Incident, ?>> ALL =
      List.of(
          ID,
          TITLE,
          PRODUCTION,
          DATE,
          TIME,
          LOCATION,
          DEPARTMENT,
          JURISDICTION,
          CATEGORY,
          ACTIVITY,
          SEVERITY,
          FATALITIES,
          INJURIES,
          SUMMARY,
          REPORTED_BY,
          NOTE,
          HIGH_ENERGY,
          HIGH_ENERGY_INCIDENT,
          SERIOUS_INJURY,
          DIRECT_CONTROL,
          CATEGORY_EVIDENCE);
}
