package org.setsafe.schema;

import java.util.List;
import java.util.Locale;
import org.setsafe.read.FileStats;

/** The files of a canonical dataset, with their columns in the order setsafe writes them. */
public enum CanonicalTable {
  INCIDENTS(
      "incidents.csv",
      List.of(
          "id",
          "title",
          "production",
          "date",
          "time",
          "location",
          "department",
          "jurisdiction",
          "category",
          "activity",
          "severity",
          "fatalities",
          "injuries",
          "summary",
          "reported_by",
          "note"),
      List.of(
          "id", "title", "production", "date", "category", "activity", "severity", "fatalities")),
  PEOPLE(
      "people.csv",
      List.of("incident_id", "name", "role", "harm", "note"),
      List.of("incident_id", "name", "role")),
  CHECKS(
      "checks.csv",
      List.of(
          "incident_id",
          "check_id",
          "status",
          "responsible_role",
          "confidence",
          "evidence",
          "source_url"),
      List.of("incident_id", "check_id", "status")),
  OUTCOMES(
      "outcomes.csv",
      List.of(
          "incident_id",
          "party",
          "party_role",
          "kind",
          "action",
          "filed_on",
          "disposition",
          "decided_on",
          "sentenced_on",
          "sentence_months",
          "sentence",
          "initial_amount",
          "amount",
          "currency",
          "note",
          "source_url"),
      List.of("incident_id", "party", "kind")),
  ACTIONS(
      "actions.csv",
      List.of(
          "incident_id",
          "action_id",
          "action",
          "kind",
          "owner",
          "owner_role",
          "raised_on",
          "due_on",
          "status",
          "closed_on",
          "verified_by",
          "note",
          "source_url"),
      List.of("incident_id", "action_id", "action")),
  SOURCES(
      "sources.csv",
      List.of("incident_id", "title", "publisher", "kind", "published_on", "url"),
      List.of("incident_id", "title"));

  private final String fileName;
  private final List<String> columns;
  private final List<String> required;

  CanonicalTable(String fileName, List<String> columns, List<String> required) {
    this.fileName = fileName;
    this.columns = columns;
    this.required = required;
  }

  public String fileName() {
    return fileName;
  }

  public List<String> columns() {
    return columns;
  }

  public List<String> requiredColumns() {
    return required;
  }

  /** What a row of this table is, for messages: incident, person, check, outcome, source. */
  public String rowName() {
    return switch (this) {
      case INCIDENTS -> "incident";
      case PEOPLE -> "person";
      case CHECKS -> "check";
      case OUTCOMES -> "outcome";
      case ACTIONS -> "action";
      case SOURCES -> "source";
    };
  }

  /** The table a file name belongs to, or null. */
  public static CanonicalTable byFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (CanonicalTable t : values()) {
      if (t.fileName.equals(n)) {
        return t;
      }
    }
    return null;
  }

  /** The kind of file this table's rows are counted as. */
  public FileStats.Kind statsKind() {
    return switch (this) {
      case INCIDENTS -> FileStats.Kind.INCIDENTS;
      case PEOPLE -> FileStats.Kind.PEOPLE;
      case CHECKS -> FileStats.Kind.CHECKS;
      case OUTCOMES -> FileStats.Kind.OUTCOMES;
      case SOURCES -> FileStats.Kind.SOURCES;
      case ACTIONS -> FileStats.Kind.ACTIONS;
    };
  }
}
