package org.setsafe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class Incident_ValidationTest {
  private static Incident incident(Severity severity, int fatalities, Integer injuries) {
    return new Incident(
        "T-1",
        "Title",
        "Show",
        PartialDate.parse("2020-01-02"),
        null,
        null,
        null,
        null,
        Category.FIREARM,
        Activity.TAKE,
        severity,
        fatalities,
        injuries,
        null,
        null,
        null);
  }

  @Test
  void anInferredCategory_carriesTheWords_andIsNeverOther() {
    Incident recorded = incident(Severity.NEAR_MISS, 0, 0);
    assertThat(recorded.categoryInferred()).isFalse();
    Incident inferred =
        recorded.withInferredCategory(
            Category.FALL_FROM_HEIGHT, "inferred from the description: \"fell from\"");
    assertThat(inferred.categoryInferred()).isTrue();
    assertThat(inferred.category()).isEqualTo(Category.FALL_FROM_HEIGHT);
    assertThat(inferred.title()).isEqualTo(recorded.title());
    assertThatThrownBy(() -> recorded.withInferredCategory(Category.HEAT, "it was hot"))
        .hasMessageStartingWith("category_evidence must read 'inferred from the description: '");
    assertThatThrownBy(
            () -> recorded.withInferredCategory(Category.HEAT, "inferred from the description: "))
        .hasMessageStartingWith("category_evidence must read");
    assertThatThrownBy(
            () ->
                recorded.withInferredCategory(
                    Category.OTHER, "inferred from the description: \"x\""))
        .hasMessage("category_evidence is given but the category is other (nothing was inferred)");
  }

  @Test
  void partialDate_parsesPrecisions_andRejectsDaysThatDoNotExist() {
    assertThat(PartialDate.parse("2009-01")).hasToString("2009-01");
    assertThat(PartialDate.parse("2015").lastDay()).hasToString("2015-12-31");
    assertThatThrownBy(() -> PartialDate.parse("2021-02-29"))
        .hasMessage("2021-02-29 is not a real date");
    assertThatThrownBy(() -> PartialDate.parse("21/10/2021"))
        .hasMessageContaining("expected yyyy-MM-dd");
  }

  @Test
  void counts_mustAgreeWithSeverity() {
    assertThat(incident(Severity.FATAL, 1, 1).casualties()).isEqualTo("1 killed, 1 injured");
    assertThatThrownBy(() -> incident(Severity.FATAL, 0, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("severity is fatal but fatalities is 0");
    assertThatThrownBy(() -> incident(Severity.INJURY, 2, 0))
        .hasMessage("fatalities is 2 but severity is injury (expected fatal)");
    assertThatThrownBy(() -> incident(Severity.NEAR_MISS, 0, 3))
        .hasMessage("severity is near_miss but injuries is 3");
    assertThatThrownBy(() -> incident(Severity.INJURY, -1, 0))
        .hasMessageContaining("must not be negative");
  }

  @Test
  void record_fatalitiesMatchPeopleMarkedKilled() {
    Incident i = incident(Severity.FATAL, 2, 0);
    Involvement killed = new Involvement("T-1", "A", Role.ACTOR, Harm.KILLED, null);
    assertThatThrownBy(
            () -> new IncidentRecord(i, List.of(killed), List.of(), List.of(), List.of()))
        .hasMessage("T-1: fatalities is 2 but 1 people are marked killed");
  }

  @Test
  void codes_parseCaseInsensitively_andUnknownListsTheValidOnes() {
    assertThat(Coded.parse(Role.class, "role", "First AD")).isEqualTo(Role.FIRST_AD);
    assertThatThrownBy(() -> Coded.parse(Harm.class, "harm", "dead"))
        .hasMessage("unknown harm 'dead'; expected one of: killed, injured, none");
  }

  @Test
  void dataset_findsByIdPrefixOrTitleWord_andSuggests() {
    Incident a =
        new Incident(
            "RUST_2021",
            "Rust shooting",
            "Rust",
            PartialDate.parse("2021-10-21"),
            null,
            null,
            null,
            null,
            Category.FIREARM,
            Activity.REHEARSAL,
            Severity.FATAL,
            1,
            1,
            null,
            null,
            null);
    Incident b =
        new Incident(
            "CROW_1993",
            "The Crow",
            "The Crow",
            PartialDate.parse("1993-03-31"),
            null,
            null,
            null,
            null,
            Category.FIREARM,
            Activity.TAKE,
            Severity.FATAL,
            1,
            0,
            null,
            null,
            null);
    Dataset d = new Dataset(List.of(IncidentRecord.of(a), IncidentRecord.of(b)));

    assertThat(d.find("rust_2021")).extracting(IncidentRecord::id).containsExactly("RUST_2021");
    assertThat(d.find("cro")).extracting(IncidentRecord::id).containsExactly("CROW_1993");
    assertThat(d.find("shooting")).extracting(IncidentRecord::id).containsExactly("RUST_2021");
    assertThat(d.find("_")).isEmpty();
    assertThat(d.suggest("crw", 1)).containsExactly("CROW_1993");
  }
}
