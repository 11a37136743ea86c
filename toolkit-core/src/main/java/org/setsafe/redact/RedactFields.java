package org.setsafe.redact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.setsafe.model.RedactionProfile.Action;
import org.setsafe.schema.CanonicalTable;
import org.setsafe.schema.Field;

/**
 * The fields a redaction profile speaks of, keyed {@code table.column}, each with the actions it
 * may take; the first is what a field the profile leaves out gets. Taken from the canonical tables'
 * field lists, so a field added there is covered here: free text is scrubbed, a date cut to its
 * month and a time to its quarter of the day unless a profile says otherwise.
 *
 * <p>Ids ({@code id}, {@code incident_id}, {@code check_id}, {@code action_id}) are not in a
 * profile: an id that holds a known name is replaced by a code in every redacted output. Codes,
 * counts and amounts are kept.
 */
public final class RedactFields {
  private RedactFields() {}

  /** Fields that hold a person's or organisation's name. */
  static final Set<String> NAME_FIELDS =
      Set.of(
          "people.name",
          "incidents.reported_by",
          "actions.owner",
          "actions.verified_by",
          "outcomes.party");

  private static final Set<String> IDS = Set.of("id", "incident_id", "check_id", "action_id");

  /** Every field a profile may name, in table and column order, with its actions. */
  public static final Map<String, List<Action>> ALLOWED = allowed();

  private static Map<String, List<Action>> allowed() {
    Map<String, List<Action>> m = new LinkedHashMap<>();
    for (CanonicalTable t : CanonicalTable.values()) {
      String table = t.fileName().replace(".csv", "");
      for (Field<?, ?> f : t.fields()) {
        if (IDS.contains(f.name())) {
          continue;
        }
        String key = table + "." + f.name();
        List<Action> actions = actions(key, f);
        if (actions != null) {
          m.put(key, actions);
        }
      }
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  private static List<Action> actions(String key, Field<?, ?> f) {
    return switch (f.kind()) {
      case DATE -> List.of(Action.YEAR_MONTH, Action.YEAR, Action.KEEP);
      case TIME -> List.of(Action.QUARTER_OF_DAY, Action.REMOVE, Action.KEEP);
      case MOMENT -> List.of(Action.YEAR_MONTH, Action.YEAR, Action.REMOVE, Action.KEEP);
      case TEXT -> {
        if (NAME_FIELDS.contains(key)) {
          yield List.of(Action.ROLE, Action.REMOVE, Action.KEEP);
        }
        if (key.endsWith("url")) {
          yield List.of(Action.REMOVE, Action.KEEP);
        }
        yield switch (key) {
          case "incidents.production" -> List.of(Action.CODE, Action.REMOVE, Action.KEEP);
          case "incidents.location" ->
              List.of(Action.REGION, Action.REMOVE, Action.SCRUB, Action.KEEP);
          case "incidents.department" -> List.of(Action.KEEP, Action.SCRUB, Action.REMOVE);
          case "incidents.jurisdiction", "outcomes.currency" -> List.of(Action.KEEP, Action.REMOVE);
          default -> List.of(Action.SCRUB, Action.REMOVE, Action.KEEP);
        };
      }
      default -> null; // codes, counts and amounts are kept
    };
  }
}
