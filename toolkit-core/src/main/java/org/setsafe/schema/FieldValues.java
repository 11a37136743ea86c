package org.setsafe.schema;

import java.time.format.DateTimeFormatter;
import org.setsafe.model.ActionKind;
import org.setsafe.model.ActionStatus;
import org.setsafe.model.Activity;
import org.setsafe.model.Category;
import org.setsafe.model.Incident;
import org.setsafe.model.Role;
import org.setsafe.model.Severity;

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
    Layout layout = new Layout();
    layout.put(field, 0, 0, field);
    RowContext c = new RowContext("", 0, layout, new String[] {value}, dates);
    if (action) {
      switch (field) {
        case "status" -> c.code(ActionStatus.class, field, "action status", false);
        case "kind" -> c.code(ActionKind.class, field, "action kind", false);
        case "owner_role" -> c.code(Role.class, field, "role", false);
        case "raised_on", "due_on", "closed_on" -> c.date(field, false);
        default -> {}
      }
    } else {
      switch (field) {
        case "id" -> {
          if (!Incident.ID.matcher(value).matches()) {
            return "'"
                + value
                + "' is not an incident id (1-80 letters, digits or _ . : / -, starting with a"
                + " letter or digit)";
          }
        }
        case "date" -> c.date(field, false);
        case "time" -> c.time(field);
        case "category" -> c.code(Category.class, field, "category", false);
        case "activity" -> c.code(Activity.class, field, "activity", false);
        case "severity" -> c.code(Severity.class, field, "severity", false);
        case "fatalities", "injuries" -> c.count(field, false);
        default -> {}
      }
    }
    return c.problems().isEmpty() ? null : c.problems().get(0).message();
  }
}
