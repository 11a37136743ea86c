package org.setsafe.schema;

import java.util.List;
import java.util.Locale;

/**
 * What one row of a flat file is: an incident (a log) or a hazard of a scene's risk assessment.
 * Both are read through the same mapping language and the same reader; the kind decides which
 * fields a column may feed and which a file must give. A mapping says its kind with {@code
 * "record"} (default: incident).
 */
public enum RecordKind {
  INCIDENT("incident", "incident", logFields()),
  ASSESSMENT("assessment", "assessed hazard", AssessmentFields.ALL);

  private final String code;
  private final String rowName;
  private final List<String> columns;
  private final List<String> required;

  RecordKind(String code, String rowName, List<? extends Field<?, ?>> fields) {
    this.code = code;
    this.rowName = rowName;
    this.columns = Field.names(fields);
    this.required = Field.names(fields.stream().filter(Field::isRequired).toList());
  }

  /**
   * A log's fields: the incident's, then those of the one person its row is about ({@link
   * PersonFields#FLAT}).
   */
  private static List<Field<?, ?>> logFields() {
    List<Field<?, ?>> all = new java.util.ArrayList<>(IncidentFields.ALL);
    List<String> names = Field.names(IncidentFields.ALL);
    for (Field<?, ?> f : PersonFields.FLAT) {
      if (!names.contains(f.name())) {
        all.add(f);
      }
    }
    return List.copyOf(all);
  }

  /** The kind's name in a mapping's {@code "record"}. */
  public String code() {
    return code;
  }

  /** What a row is, for messages ("the incident's 'date'"). */
  public String rowName() {
    return rowName;
  }

  /** The fields a column may feed, in column order. */
  public List<String> columns() {
    return columns;
  }

  /** The fields a file must give. */
  public List<String> requiredColumns() {
    return required;
  }

  /** The kind named {@code code} (any case), or null. */
  public static RecordKind of(String code) {
    String c = code.strip().toLowerCase(Locale.ROOT);
    for (RecordKind k : values()) {
      if (k.code.equals(c)) {
        return k;
      }
    }
    return null;
  }

  /** Other headers assessment forms use for setsafe's fields (after spaces become underscores). */
  private static final java.util.Map<String, String> ASSESSMENT_WORDS =
      java.util.Map.ofEntries(
          java.util.Map.entry("hazard", "hazard_category"),
          java.util.Map.entry("category", "hazard_category"),
          java.util.Map.entry("shoot_day", "shoot_date"),
          java.util.Map.entry("date_of_shoot", "shoot_date"),
          java.util.Map.entry("controls", "planned_controls"),
          java.util.Map.entry("control_measures", "planned_controls"),
          java.util.Map.entry("residual_l", "residual_likelihood"),
          java.util.Map.entry("residual_s", "residual_severity"),
          java.util.Map.entry("assessor", "assessed_by"),
          java.util.Map.entry("authoriser", "authorised_by"),
          java.util.Map.entry("authorizer", "authorised_by"),
          java.util.Map.entry("signed", "signed_on"),
          java.util.Map.entry("date_signed", "signed_on"),
          java.util.Map.entry("revised", "revised_on"),
          java.util.Map.entry("last_revised", "revised_on"),
          java.util.Map.entry("specific", "specific_assessment"),
          java.util.Map.entry("specific_risk_assessment", "specific_assessment"));

  /**
   * The field a header names without a mapping: the field's own name in any case, and for an
   * assessment also with spaces or hyphens for underscores ("Shoot date"), without a note in
   * brackets ("Likelihood (1-5)"), and a few words forms use ("Assessor", "Control measures"); null
   * when none.
   */
  public String fieldNamed(String header) {
    String h = header.strip().toLowerCase(Locale.ROOT);
    if (columns.contains(h)) {
      return h;
    }
    if (this == ASSESSMENT) {
      String u =
          h.replaceAll("\\(.*?\\)", " ")
              .replaceAll("[?:.#]", " ")
              .strip()
              .replaceAll("[\\s\\-/]+", "_")
              .replace("authorized", "authorised");
      if (columns.contains(u)) {
        return u;
      }
      String same = ASSESSMENT_WORDS.get(u);
      if (same != null) {
        return same;
      }
    }
    return null;
  }
}
