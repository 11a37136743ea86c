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
    Layout layout = new Layout();
    layout.put(field, 0, 0, field);
    RowContext c = new RowContext("", 0, layout, new String[] {value}, dates);
    f.readOptional(c);
    return c.problems().isEmpty() ? null : c.problems().get(0).message();
  }
}
