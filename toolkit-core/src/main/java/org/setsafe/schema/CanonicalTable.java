package org.setsafe.schema;

import java.util.List;
import java.util.Locale;
import org.setsafe.read.FileStats;

/**
 * The files of a canonical dataset, each with its record's fields ({@link Field}) in the order
 * setsafe writes them as columns.
 */
public enum CanonicalTable {
  INCIDENTS("incidents.csv", IncidentFields.ALL),
  PEOPLE("people.csv", PersonFields.ALL),
  CHECKS("checks.csv", CheckFields.ALL),
  OUTCOMES("outcomes.csv", OutcomeFields.ALL),
  ACTIONS("actions.csv", ActionFields.ALL),
  SOURCES("sources.csv", SourceFields.ALL);

  private final String fileName;
  private final List<? extends Field<?, ?>> fields;
  private final List<String> columns;
  private final List<String> required;

  CanonicalTable(String fileName, List<? extends Field<?, ?>> fields) {
    this.fileName = fileName;
    this.fields = fields;
    this.columns = Field.names(fields);
    this.required = Field.names(fields.stream().filter(Field::isRequired).toList());
  }

  public String fileName() {
    return fileName;
  }

  /** The record's fields, in column order. */
  public List<? extends Field<?, ?>> fields() {
    return fields;
  }

  /** The columns' names, in order. */
  public List<String> columns() {
    return columns;
  }

  /** The columns a file of this table must have: its record's required fields. */
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
