package org.setsafe.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.InputException;

/**
 * A mapping is checked whole when it is loaded: every problem is named with the mapping file, the
 * line and the JSON path, and none is left for the data rows to stumble on.
 */
class ColumnMapping_CheckedWholeTest {
  @TempDir Path dir;

  private String problemsOf(String json) throws IOException {
    Path m = dir.resolve("m.json");
    Files.writeString(m, json);
    try {
      ColumnMapping.load(m, ProtocolCatalog.bundled());
    } catch (InputException e) {
      return e.getMessage().replace(m.toString(), "m.json");
    }
    throw new AssertionError("no problem found in " + json);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          duplicate key | {"columns": {"A": "id", "A": "title"}} | m.json:1:25: columns: the key "A" is given twice (the second would silently win); keep one
          misspelt top key | {"columns": {"A": "id"}, "constans": {}} | m.json:1:26: constans: unknown key; did you mean "constants"?
          misspelt rule key | {"columns": {"A": {"field": "category", "valuse": {}}}} | m.json:1:41: columns.A.valuse: unknown key; did you mean "values"?
          misspelt constant | {"columns": {"A": "id"}, "constants": {"activty": "take"}} | m.json:1:40: constants.activty: 'activty' is not an incident field; did you mean 'activity'?
          bad constant value | {"columns": {"A": "id"}, "constants": {"activity": "rehersal"}} | m.json:1:52: constants.activity: unknown activity 'rehersal'; expected one of: rehearsal, take, between_takes, prep_or_test, set_construction, transport, other, unknown
          bad constant count | {"columns": {"A": "id"}, "constants": {"fatalities": "none"}} | m.json:1:54: constants.fatalities: 'none' is not a number (expected a whole number such as 0, 1, 2)
          unbalanced template | {"columns": {"A": "id"}, "templates": {"title": "{Show at {Set}"}} | m.json:1:49: templates.title: a '{' at character 10 opens inside another placeholder
          unclosed template | {"columns": {"A": "id"}, "templates": {"title": "at {Set"}} | m.json:1:49: templates.title: the placeholder opened at character 4 is never closed (a missing '}')
          dateFormat not text | {"columns": {"A": "id"}, "dateFormat": 5} | m.json:1:40: dateFormat: expected text in quotes, found the number 5
          bad date pattern | {"columns": {"A": "id"}, "dateFormat": "qqq'"} | m.json:1:40: dateFormat: 'qqq'' is not a date pattern
          bad published_on | {"columns": {"A": "id"}, "source": {"title": "Log", "published_on": "last year"}} | m.json:1:69: source.published_on: 'last year' is not a date (yyyy-MM-dd, yyyy-MM or yyyy)
          two ids | {"columns": {"A": "id", "B": "id"}} | m.json:1:30: columns.B: "A" and "B" both map to 'id'; an incident has one id: map one of them and keep the others in the note
          unknown field | {"columns": {"A": "catgory"}} | m.json:1:19: columns.A: 'catgory' is neither an incident field nor a known check id; did you mean 'category'?
          bad check status | {"columns": {"A": {"field": "NO_LIVE_AMMO", "values": {"Y": "fail"}}}} | m.json:1:61: columns.A.values.Y: 'fail' is not a check status; expected one of: failed, passed, not_performed, unknown, not_applicable
          bad category value | {"columns": {"A": {"field": "category", "values": {"Gun": "gun"}}}} | m.json:1:59: columns.A.values.Gun: unknown category 'gun'; expected one of:
          bad range | {"columns": {"A": {"field": "injuries", "match": "range", "values": {"a-b": "1"}}}} | m.json:1:77: columns.A.values."a-b": 'a-b' is not a range
          action without action | {"columns": {"A": {"action": "owner"}}} | m.json:1:19: columns.A: gives the owner of an action, but no column gives the action itself
          two actions, no for | {"columns": {"A": {"action": "action"}, "B": {"action": "action"}, "C": {"action": "owner"}}} | columns.C: gives the owner of an action; say which with "for": one of "A" and "B"
          bad action status | {"columns": {"A": {"action": "action", "status": "finished"}}} | m.json:1:50: columns.A.status: unknown action status 'finished'
          combine for id | {"columns": {"A": "id"}, "combine": {"id": "first"}} | m.json:1:44: combine.id: an incident has one id
          not an object | ["columns"] | m.json:1:1: a mapping is a JSON object with a "columns" object
          """)
  void problem_isNamedWithFileLineAndPath(String name, String json, String expected)
      throws IOException {
    assertThat(problemsOf(json)).contains(expected.strip());
  }

  @Test
  void severalProblems_areAllReportedAtOnce() throws IOException {
    String message =
        problemsOf(
            """
            {
              "columns": {"Ref": "id", "Kind": "catgory"},
              "constants": {"activty": "take"},
              "templates": {"title": "{Show"}
            }
            """);

    assertThat(message)
        .startsWith("mapping m.json has 3 problems:")
        .contains("m.json:2:36: columns.Kind: 'catgory' is neither")
        .contains("m.json:3:17: constants.activty:")
        .contains("m.json:4:26: templates.title:");
  }

  @Test
  void overDeepJson_isALocatedError_notACrash() throws IOException {
    String message = problemsOf("[".repeat(100_000));

    assertThat(message).startsWith("m.json:1:").contains("nested more than 32 levels deep");
  }

  @Test
  void malformedJson_namesWhere() throws IOException {
    assertThat(problemsOf("{\"columns\": {\"A\": \"id\",}}"))
        .startsWith("m.json:1:")
        .contains("not valid JSON");
    assertThat(problemsOf("")).contains("the file is empty");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          comma after the last item | {"columns": {"A": "id",}} | m.json:1:24: not valid JSON: a comma before this '}': JSON allows no comma after the last item
          comma missing | {"columns": {"A": "id" "B": "title"}} | m.json:1:24: not valid JSON: a comma missing before '"'
          single quotes | {'columns': {}} | m.json:1:2: not valid JSON: text in single quotes; JSON puts keys and text in double quotes
          unquoted value | {"columns": {"A": id}} | not valid JSON: 'id' is not in double quotes
          comment | {"columns": {}} // the log of spring | m.json:1:17: not valid JSON: a comment; JSON allows none
          cut short | {"columns": {"A": "id"} | not valid JSON: the text ends before the JSON is complete
          """)
  void malformedJson_isSaidInSetsafesWords_withWhere(String name, String json, String expected)
      throws IOException {
    assertThat(problemsOf(json)).contains(expected.strip()).doesNotContain("Unexpected", "code");
  }

  @Test
  void aLineBreakInsideQuotedText_isNamed() throws IOException {
    assertThat(problemsOf("{\"columns\": {\"A\": \"i\nd\"}}"))
        .contains("m.json:1:21: not valid JSON: a control character <U+000A> inside quoted text");
  }

  @Test
  void missingFile_saysSo() {
    assertThatThrownBy(() -> ColumnMapping.load(dir.resolve("nope.json")))
        .isInstanceOf(InputException.class)
        .hasMessageEndingWith("nope.json: no such mapping file");
  }

  @Test
  void draftReviewList_isAccepted() throws IOException {
    Path m = dir.resolve("m.json");
    Files.writeString(
        m,
        """
        {"columns": {"Ref": "id"},
         "review": [{"column": "Ref", "reason": "guessed from the header"}]}
        """);

    assertThat(ColumnMapping.load(m).rulesFor("ref")).isNotNull();
  }
}
