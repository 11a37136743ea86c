package org.setsafe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.model.ReportTrigger;
import org.setsafe.model.ReportingRule;
import org.setsafe.read.InputException;

class ReportingRules_FileTest {
  @TempDir Path dir;

  @Test
  void bundledRules_eachCiteTheirWordingAndSource() {
    ReportingRules r = ReportingRules.bundled();
    assertThat(r.rules()).hasSizeGreaterThanOrEqualTo(6);
    for (ReportingRule rule : r.rules()) {
      assertThat(rule.wording()).as(rule.id()).isNotBlank();
      assertThat(rule.wordingStatus()).as(rule.id()).isEqualTo("verbatim");
      assertThat(rule.sourceUrl()).as(rule.id()).startsWith("https://");
      assertThat(rule.origin()).isEqualTo("reporting.json");
    }
    assertThat(r.words().of("significant")).contains("fracture", "punctured eardrum");
  }

  @Test
  void productionRule_isReadAndAddedToTheBundledOnes() throws Exception {
    Path f = dir.resolve("our-rules.json");
    Files.writeString(
        f,
        """
        {"rules": [{"id": "union-24h", "title": "Tell the union", "report_to": "union",
          "jurisdictions": ["*"], "when": ["injury"], "within": {"hours": 24},
          "citation": "Production safety procedure 4.2"}]}
        """);
    ReportingRules all = ReportingRules.bundled().plus(ReportingRules.load(f));
    ReportingRule u = all.rules().get(all.rules().size() - 1);
    assertThat(u.id()).isEqualTo("union-24h");
    assertThat(u.when()).containsExactly(ReportTrigger.INJURY);
    assertThat(u.recipients()).containsExactly("union");
    assertThat(u.origin()).isEqualTo("our-rules.json");
    assertThat(u.covers(null, java.time.LocalDate.of(2026, 1, 1))).isTrue();
  }

  @Test
  void badRules_areNamedWithLineAndPath_allAtOnce() throws Exception {
    Path f = dir.resolve("bad.json");
    Files.writeString(
        f,
        """
        {"rules": [
          {"id": "a", "title": "A", "report_to": "x", "jurisdictions": ["US"],
           "when": ["deth"], "within": {"hours": 8}, "citation": "c"},
          {"id": "b", "title": "B", "report_to": "x", "jurisdictions": ["US"],
           "when": ["death"], "within": {"hours": 8, "days": 2}, "citation": "c", "notes": "x"}
        ]}
        """);
    assertThatThrownBy(() -> ReportingRules.load(f))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("has 3 problems")
        .hasMessageContaining("bad.json:3:13: rules[0].when[0]: unknown trigger 'deth'")
        .hasMessageContaining("rules[1].within: give exactly one of")
        .hasMessageContaining("rules[1].notes: unknown key \"notes\"; did you mean \"note\"?");
  }

  @Test
  void ruleIdTakenByTheBundledRules_isRefused() throws Exception {
    Path f = dir.resolve("mine.json");
    Files.writeString(
        f,
        """
        {"rules": [{"id": "us-osha-death", "title": "Mine", "report_to": "OSHA",
          "jurisdictions": ["US"], "when": ["death"], "within": {"hours": 4}, "citation": "c"}]}
        """);
    ReportingRules mine = ReportingRules.load(f);
    assertThatThrownBy(() -> ReportingRules.bundled().plus(mine))
        .hasMessage(
            "mine.json: rule id 'us-osha-death' is already a rule of reporting.json; give yours"
                + " another id");
  }

  @Test
  void notJson_isOneLineWithItsPlace() throws Exception {
    Path f = dir.resolve("broken.json");
    Files.writeString(f, "{\"rules\": [\n  {\"id\": \"a\",}\n]}\n");
    assertThatThrownBy(() -> ReportingRules.load(f))
        .hasMessageStartingWith(f + ":2:")
        .hasMessageContaining("comma");
  }
}
