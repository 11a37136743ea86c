package org.setsafe.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a redacted output does with each field of a production's records, read from a profile file
 * ({@code data/rules/redact-default.json} is the default): each field's action, the phrase that
 * stands for a person of each role, the words that make up job titles (a value made only of them is
 * a role, not a name), the labels of note entries whose values are names, the patterns removed from
 * free text, the regions locations are generalised to, and the smallest count a redacted table
 * shows.
 *
 * @param name how messages name the profile (its file)
 * @param replacement what stands for a removed value where no role is known ({@code ZZZ}, as NASA's
 *     Aviation Safety Reporting System writes it)
 * @param fields the action for each field, keyed {@code table.column} ({@code incidents.summary})
 * @param roles the phrase for a person of each role ({@code the armorer}); a role without one gets
 *     the replacement
 * @param roleWords lower-case words of job titles and departments ({@code key}, {@code grip})
 * @param nameLabels lower-case words that mark a note entry {@code Label: value} whose value is a
 *     name ({@code witness}, {@code contact})
 * @param patterns the kinds of identifier removed from free text
 * @param regions the region of each location, keyed in lower case; a location not listed takes its
 *     incident's jurisdiction
 * @param privacyCase what stands for the name of a privacy concern case (29 CFR 1904.29(b)(6))
 * @param smallCell the smallest count a redacted breakdown shows; smaller counts show as {@code <
 *     smallCell}
 */
public record RedactionProfile(
    String name,
    String replacement,
    Map<String, Action> fields,
    Map<Role, String> roles,
    Set<String> roleWords,
    Set<String> nameLabels,
    Set<TextPattern> patterns,
    Map<String, String> regions,
    String privacyCase,
    int smallCell) {

  /** What happens to one field's value. */
  public enum Action implements Coded {
    KEEP("kept as it is"),
    REMOVE("removed (the replacement where a value is required)"),
    SCRUB("free text: known names and identifier patterns replaced"),
    ROLE("a person's or organisation's name replaced by their role"),
    CODE("replaced by a stable code"),
    REGION("generalised to its region"),
    YEAR_MONTH("a date cut to its year and month"),
    YEAR("a date cut to its year"),
    QUARTER_OF_DAY("a time of day cut to its quarter of the day");

    private final String label;

    Action(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** A kind of identifier found in free text by its shape. */
  public enum TextPattern implements Coded {
    EMAIL("e-mail address"),
    URL("web address"),
    PHONE("telephone number"),
    PLATE("vehicle licence plate"),
    SERIAL("serial number"),
    ADDRESS("street address");

    private final String label;

    TextPattern(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  public RedactionProfile {
    Objects.requireNonNull(name, "name");
    InvalidValueException.check(
        replacement != null && !replacement.isBlank(), "replacement", "must not be empty");
    fields = Map.copyOf(fields);
    roles = Map.copyOf(roles);
    roleWords = Set.copyOf(roleWords);
    nameLabels = Set.copyOf(nameLabels);
    patterns = Set.copyOf(patterns);
    regions = Map.copyOf(regions);
    InvalidValueException.check(
        privacyCase != null && !privacyCase.isBlank(), "privacy_case", "must not be empty");
    InvalidValueException.check(
        smallCell >= 1, "small_cell", "must be 1 or more (was " + smallCell + ")");
  }

  /** The action for {@code field} ({@code incidents.summary}), or {@link Action#KEEP}. */
  public Action action(String field) {
    return fields.getOrDefault(field, Action.KEEP);
  }

  /** The phrase for a person of {@code role}, or the replacement. */
  public String rolePhrase(Role role) {
    String p = role == null ? null : roles.get(role);
    return p == null ? replacement : p;
  }

  /** Every field the profile names, in no order. */
  public List<String> fieldNames() {
    return List.copyOf(fields.keySet());
  }
}
