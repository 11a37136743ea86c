package org.setsafe.schema;

import java.time.LocalDateTime;
import java.util.List;
import org.setsafe.model.CaseType;
import org.setsafe.model.Harm;
import org.setsafe.model.Involvement;
import org.setsafe.model.Role;
import org.setsafe.model.Treatment;

/**
 * The fields of a person involved ({@code people.csv}), in column order: see {@link Field}. After
 * the person's name, role and harm come what the log records of an injury ({@link
 * org.setsafe.model.Injury}): the care, the days lost, the body part and nature, the case type, the
 * job and employer, the privacy flag, and when and to whom the injury was reported. A flat log (one
 * row per incident) may fill them too, for the one person its row is about: {@link #FLAT}.
 */
public final class PersonFields {
  private PersonFields() {}

  public static final Field<Involvement, String> INCIDENT_ID =
      Field.text("incident_id", Involvement::incidentId).required();
  public static final Field<Involvement, String> NAME =
      Field.text("name", Involvement::name).required();
  public static final Field<Involvement, Role> ROLE =
      Field.code("role", Role.class, "role", Involvement::role).required();
  public static final Field<Involvement, Harm> HARM =
      Field.code("harm", Harm.class, "harm", Involvement::harm);
  public static final Field<Involvement, String> NOTE = Field.text("note", Involvement::note);
  public static final Field<Involvement, Treatment> TREATMENT =
      Field.code("treatment", Treatment.class, "treatment", p -> p.injury().treatment());
  public static final Field<Involvement, Integer> DAYS_AWAY =
      Field.count("days_away", p -> p.injury().daysAway());
  public static final Field<Involvement, Integer> DAYS_RESTRICTED =
      Field.count("days_restricted", p -> p.injury().daysRestricted());
  public static final Field<Involvement, Boolean> LOST_CONSCIOUSNESS =
      Field.flag("lost_consciousness", p -> p.injury().lostConsciousness());
  public static final Field<Involvement, String> BODY_PART =
      Field.text("body_part", p -> p.injury().bodyPart());
  public static final Field<Involvement, String> NATURE =
      Field.text("nature", p -> p.injury().nature());
  public static final Field<Involvement, CaseType> CASE_TYPE =
      Field.code("case_type", CaseType.class, "case type", p -> p.injury().caseType());
  public static final Field<Involvement, String> JOB_TITLE =
      Field.text("job_title", p -> p.injury().jobTitle());
  public static final Field<Involvement, String> EMPLOYER =
      Field.text("employer", p -> p.injury().employer());
  public static final Field<Involvement, Boolean> PRIVACY_CASE =
      Field.flag("privacy_case", p -> p.injury().privacyCase());
  public static final Field<Involvement, LocalDateTime> REPORTED_AT =
      Field.moment("reported_at", p -> p.injury().reportedAt());
  public static final Field<Involvement, String> REPORTED_TO =
      Field.text("reported_to", p -> p.injury().reportedTo());

  /** The injury's fields, in column order (the same names in people.csv and in a flat log). */
  public static final List<Field<Involvement, ?>> INJURY =
      List.of(
          TREATMENT,
          DAYS_AWAY,
          DAYS_RESTRICTED,
          LOST_CONSCIOUSNESS,
          BODY_PART,
          NATURE,
          CASE_TYPE,
          JOB_TITLE,
          EMPLOYER,
          PRIVACY_CASE,
          REPORTED_AT,
          REPORTED_TO);

  /** Every field, in column order. */
  public static final List<Field<Involvement, ?>> ALL =
      List.of(
          INCIDENT_ID,
          NAME,
          ROLE,
          HARM,
          NOTE,
          TREATMENT,
          DAYS_AWAY,
          DAYS_RESTRICTED,
          LOST_CONSCIOUSNESS,
          BODY_PART,
          NATURE,
          CASE_TYPE,
          JOB_TITLE,
          EMPLOYER,
          PRIVACY_CASE,
          REPORTED_AT,
          REPORTED_TO);

  /** A flat log's column for the name of the person its row is about. */
  public static final Field<Involvement, String> FLAT_PERSON =
      Field.text("person", Involvement::name);

  /** A flat log's column for that person's role. */
  public static final Field<Involvement, Role> FLAT_PERSON_ROLE =
      Field.code("person_role", Role.class, "role", Involvement::role);

  /** A flat log's column for what happened to that person (killed or injured). */
  public static final Field<Involvement, Harm> FLAT_HARM =
      Field.code("harm", Harm.class, "harm", Involvement::harm);

  /**
   * The fields a flat log may give about the one person its row is about: who (person, person_role,
   * harm) and the injury's fields.
   */
  public static final List<Field<Involvement, ?>> FLAT =
      List.of(
          FLAT_PERSON,
          FLAT_PERSON_ROLE,
          FLAT_HARM,
          TREATMENT,
          DAYS_AWAY,
          DAYS_RESTRICTED,
          LOST_CONSCIOUSNESS,
          BODY_PART,
          NATURE,
          CASE_TYPE,
          JOB_TITLE,
          EMPLOYER,
          PRIVACY_CASE,
          REPORTED_AT,
          REPORTED_TO);
}
