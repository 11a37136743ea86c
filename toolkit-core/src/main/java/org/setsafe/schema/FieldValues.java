package org.setsafe.schema;

import java.time.format.DateTimeFormatter;
import org.setsafe.model.Incident;

/**
 * Whether a value can stand in a field, checked by the same reading a data row gets ({@link
 * RowContext}), so that a mapping's constants and value translations are judged exactly as the
 * log's own values would be.
 */
public final class FieldValues {
  private FieldValues() {}

  /**
   * Why {@code value} cannot be the value of {@code field} of a record of {@code kind}, or null
   * when it can. An assessment's ratings are judged when read, against the assessment's matrix (a
   * number or a scale word), so any text will do here.
   */
  public static String problem(
      RecordKind kind, String field, String value, DateTimeFormatter dates) {
    if (kind == RecordKind.INCIDENT) {
      return problem(field, false, value, dates);
    }
    Field<?, ?> f = Field.named(AssessmentFields.ALL, field);
    if (f == null || f.kind() == Field.Kind.TEXT || f.kind() == Field.Kind.COUNT) {
      return null;
    }
    return read(f, field, value, dates);
  }

  private static String read(Field<?, ?> f, String field, String value, DateTimeFormatter dates) {
    Layout layout = new Layout();
    layout.put(field, 0, 0, field);
    RowContext c = new RowContext("", 0, layout, new String[] {value}, dates);
    f.readOptional(c);
    return c.problems().isEmpty() ? null : c.problems().get(0).message();
  }

  /**
   * Why {@code value} cannot be the value of {@code field} (an incident field, or with {@code
   * action} a field of an action), or null when it can.
   */
  public static String problem(
      String field, boolean action, String value, DateTimeFormatter dates) {
    if (!action
        && field.equals(IncidentFields.ID.name())
        && !Incident.ID.matcher(value).matches()) {
      return "'"
          + value
          + "' is not an incident id (1-80 letters, digits or _ . : / -, starting with a letter or"
          + " digit)";
    }
    Field<?, ?> f =
        action ? Field.named(ActionFields.ALL, field) : Field.named(IncidentFields.ALL, field);
    if (f == null && !action) {
      f = Field.named(PersonFields.FLAT, field);
    }
    if (f == null || f.kind() == Field.Kind.TEXT) { // any text will do
      return null;
    }
    return read(f, field, value, dates);
  }
}
