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
  INCIDENT("incident", "incident", IncidentFields.ALL),
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

  /**
   * The field a header names without a mapping: the field's own name in any case, and for an
   * assessment also with spaces or hyphens for underscores ("Shoot date"); null when none.
   */
  public String fieldNamed(String header) {
    String h = header.strip().toLowerCase(Locale.ROOT);
    if (columns.contains(h)) {
      return h;
    }
    if (this == ASSESSMENT) {
      String u = h.replaceAll("[\\s\\-]+", "_").replace("authorized", "authorised");
      if (columns.contains(u)) {
        return u;
      }
      if (u.equals("hazard") || u.equals("category")) {
        return "hazard_category";
      }
    }
    return null;
  }
}
