package org.setsafe.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.Incident;
import org.setsafe.model.Involvement;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.Source;

/**
 * Each record's field list is its record: one field per component, in the component's order, named
 * as the component in snake case. A component added to a record without its field (or the other way
 * round) fails here, before any reader, writer or JSON could drift.
 */
class Field_ListsTest {
  private static final Map<CanonicalTable, Class<?>> RECORDS =
      Map.of(
          CanonicalTable.INCIDENTS, Incident.class,
          CanonicalTable.PEOPLE, Involvement.class,
          CanonicalTable.CHECKS, CheckResult.class,
          CanonicalTable.OUTCOMES, LegalOutcome.class,
          CanonicalTable.ACTIONS, CorrectiveAction.class,
          CanonicalTable.SOURCES, Source.class);

  private static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  @ParameterizedTest
  @EnumSource(CanonicalTable.class)
  void fieldList_namesEveryComponentOfItsRecord_inOrder(CanonicalTable table) {
    List<String> components = new java.util.ArrayList<>();
    for (RecordComponent c : RECORDS.get(table).getRecordComponents()) {
      if (c.getType() == org.setsafe.model.Injury.class) {
        // a person's injury is stored as its own fields; its inferred marks are never stored
        for (RecordComponent f : org.setsafe.model.Injury.class.getRecordComponents()) {
          if (!f.getName().equals("inferred")) {
            components.add(snake(f.getName()));
          }
        }
      } else {
        components.add(snake(c.getName()));
      }
    }

    assertThat(table.columns()).isEqualTo(components);
  }

  @ParameterizedTest
  @EnumSource(CanonicalTable.class)
  void requiredColumns_areTheRequiredFields_theRecordsIdsAmongThem(CanonicalTable table) {
    assertThat(table.requiredColumns()).contains(table.columns().get(0));
    assertThat(table.fields().stream().filter(Field::isRequired).map(Field::name).toList())
        .isEqualTo(table.requiredColumns());
  }

  @Test
  void cells_areAsTheCsvFilesHoldThem() {
    Incident i =
        new Incident(
            "I-1",
            "Title",
            "Prod",
            org.setsafe.model.PartialDate.parse("2021-10"),
            java.time.LocalTime.of(9, 5),
            null,
            null,
            null,
            org.setsafe.model.Category.FIREARM,
            org.setsafe.model.Activity.REHEARSAL,
            org.setsafe.model.Severity.FATAL,
            1,
            null,
            null,
            null,
            null);

    assertThat(IncidentFields.ALL.stream().map(f -> f.cell(i)).toList())
        .containsExactly(
            "I-1",
            "Title",
            "Prod",
            "2021-10",
            "09:05",
            null,
            null,
            null,
            "firearm",
            "rehearsal",
            "fatal",
            "1",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
  }
}
