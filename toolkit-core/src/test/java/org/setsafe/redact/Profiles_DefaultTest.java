package org.setsafe.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.model.RedactionProfile;
import org.setsafe.model.RedactionProfile.Action;
import org.setsafe.model.RedactionProfile.TextPattern;
import org.setsafe.model.Role;
import org.setsafe.read.InputException;
import org.setsafe.schema.CanonicalTable;
import org.setsafe.schema.Field;

class Profiles_DefaultTest {
  @TempDir Path dir;

  @Test
  void defaultProfile_namesAnActionForEveryTextDateAndTimeFieldOfEveryTable() {
    RedactionProfile p = Profiles.bundled();
    for (CanonicalTable t : CanonicalTable.values()) {
      for (Field<?, ?> f : t.fields()) {
        String key = t.fileName().replace(".csv", "") + "." + f.name();
        boolean id = f.name().endsWith("id");
        boolean words =
            f.kind() == Field.Kind.TEXT
                || f.kind() == Field.Kind.DATE
                || f.kind() == Field.Kind.TIME;
        if (words && !id) {
          assertThat(RedactFields.ALLOWED).as(key).containsKey(key);
          assertThat(p.fields()).as(key).containsKey(key);
        }
      }
    }
  }

  @Test
  void defaultProfile_redactsWhatTheIssueOfSharingAsks() {
    RedactionProfile p = Profiles.bundled();
    assertThat(p.replacement()).isEqualTo("ZZZ");
    assertThat(p.privacyCase()).isEqualTo("privacy case");
    assertThat(p.smallCell()).isEqualTo(5);
    assertThat(p.patterns()).containsExactlyInAnyOrder(TextPattern.values());
    for (String f : RedactFields.NAME_FIELDS) {
      assertThat(p.action(f)).as(f).isEqualTo(Action.ROLE);
    }
    assertThat(p.action("incidents.production")).isEqualTo(Action.CODE);
    assertThat(p.action("incidents.date")).isEqualTo(Action.YEAR_MONTH);
    assertThat(p.action("incidents.time")).isEqualTo(Action.QUARTER_OF_DAY);
    assertThat(p.action("incidents.location")).isEqualTo(Action.REGION);
    for (String f : RedactFields.ALLOWED.keySet()) {
      if (f.endsWith("url")) {
        assertThat(p.action(f)).as(f).isEqualTo(Action.REMOVE);
      }
    }
    for (Role r : Role.values()) {
      if (r != Role.OTHER) {
        assertThat(p.roles()).as(r.code()).containsKey(r);
      }
    }
    assertThat(p.rolePhrase(Role.OTHER)).isEqualTo("ZZZ");
  }

  @Test
  void profileFile_withMistakes_namesEachPlace() throws Exception {
    Path f = dir.resolve("mine.json");
    Files.writeString(
        f,
        """
        {"replacement": "ZZZ", "privacy_case": "privacy case", "small_cell": 0,
         "fields": {"incidents.sumary": "scrub", "incidents.date": "scrub"},
         "roles": {"not_a_role": "the armorer"},
         "role_words": ["grip"], "name_labels": ["name"], "patterns": ["email", "fax"]}
        """);
    assertThatThrownBy(() -> Profiles.load(f))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("5 problems")
        .hasMessageContaining("mine.json:1:70: small_cell: must be 1 or more")
        .hasMessageContaining("unknown field \"incidents.sumary\"")
        .hasMessageContaining(
            "action \"scrub\" does not apply to this field; incidents.date takes one of:"
                + " year_month, year, keep")
        .hasMessageContaining("unknown role \"not_a_role\"")
        .hasMessageContaining("unknown pattern \"fax\"");
  }

  @Test
  void profileFile_leavingAFieldOut_givesItTheFirstActionItTakes() throws Exception {
    Path f = dir.resolve("dates-to-year.json");
    Files.writeString(
        f,
        """
        {"replacement": "[removed]", "privacy_case": "privacy case", "small_cell": 3,
         "fields": {"incidents.date": "year"},
         "roles": {}, "role_words": [], "name_labels": [], "patterns": []}
        """);
    RedactionProfile p = Profiles.load(f);
    assertThat(p.action("incidents.date")).isEqualTo(Action.YEAR);
    assertThat(p.action("incidents.summary")).isEqualTo(Action.SCRUB);
    assertThat(p.action("actions.owner")).isEqualTo(Action.ROLE);
    assertThat(p.rolePhrase(Role.ARMORER)).isEqualTo("[removed]");
    assertThat(p.smallCell()).isEqualTo(3);
  }
}
