package org.setsafe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.mapping.ColumnMapping;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.ActionKind;
import org.setsafe.model.ActionStatus;
import org.setsafe.model.Category;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * What a mapping's rules do to a log's rows: one column feeding several fields, prefix and range
 * matches, combining by first value, and follow-up columns becoming actions. Logs and mappings are
 * written inline so that each case reads with its data.
 */
class FlatLog_MappingRulesTest {
  @TempDir Path dir;

  private Reading read(String csv, String mapping) throws IOException {
    Path log = dir.resolve("log.csv");
    Files.writeString(log, csv);
    Path m = dir.resolve("log.mapping.json");
    Files.writeString(m, mapping);
    return Reading.of(
        log, ImportOptions.DEFAULT.withMapping(ColumnMapping.load(m, ProtocolCatalog.bundled())));
  }

  private static Map<String, IncidentRecord> byId(Reading r) {
    return r.records.stream().collect(Collectors.toMap(IncidentRecord::id, x -> x));
  }

  private static final String BASE =
      """
      "Ref": "id",
      "When": "date",
      "What": "title",
      """;
  private static final String CONSTANTS =
      """
      "constants": {"production": "Dusty Trail", "activity": "unknown", "severity": "near_miss",
                    "fatalities": "0", "category": "other"}
      """;

  @Test
  void oneColumn_feedsSeveralFields() throws IOException {
    Reading r =
        read(
            """
            Ref,When,What,Dept
            A-1,2026-03-02,Loose dummy rounds,Props
            A-2,2026-03-03,Ratchet strap slipped,Stunts
            A-3,2026-03-04,Cable across the walkway,Electric
            """,
            "{\"columns\": {"
                + BASE
                + """
                  "Dept": [{"field": "department"},
                           {"field": "category", "values": {"Props": "firearm", "Stunts": "stunt"},
                            "default": "other"}]
                },
                """
                + CONSTANTS
                + "}");

    assertThat(r.errors()).isEmpty();
    Map<String, IncidentRecord> by = byId(r);
    assertThat(by.get("A-1").incident().department()).isEqualTo("Props");
    assertThat(by.get("A-1").incident().category()).isEqualTo(Category.FIREARM);
    assertThat(by.get("A-2").incident().category()).isEqualTo(Category.STUNT);
    assertThat(by.get("A-3").incident().department()).isEqualTo("Electric");
    assertThat(by.get("A-3").incident().category()).isEqualTo(Category.OTHER);
  }

  @Test
  void prefixMatch_longestPrefixWins_andRangeMatch_readsNumbers() throws IOException {
    Reading r =
        read(
            """
            Ref,When,What,Code,Hurt
            B-1,2026-03-02,Fell from the grid,4331,0
            B-2,2026-03-03,Shot during a take,1111,2
            B-3,2026-03-04,Hit by a swinging flat,620,12
            B-4,2026-03-05,Twisted an ankle,9999,1.00
            """,
            "{\"columns\": {"
                + BASE
                + """
                  "Code": {"field": "category", "match": "prefix",
                           "values": {"1": "other", "1111": "firearm", "43": "fall_from_height",
                                      "6": "rigging_equipment"},
                           "default": "other"},
                  "Hurt": [{"field": "injuries"},
                           {"field": "severity", "match": "range",
                            "values": {"0": "near_miss", "1-9": "injury", "10-1000": "serious_injury"}}]
                },
                "constants": {"production": "Dusty Trail", "activity": "unknown", "fatalities": "0"}
                }""");

    assertThat(r.errors()).isEmpty();
    Map<String, IncidentRecord> by = byId(r);
    assertThat(by.get("B-1").incident().category()).isEqualTo(Category.FALL_FROM_HEIGHT);
    assertThat(by.get("B-2").incident().category()).isEqualTo(Category.FIREARM);
    assertThat(by.get("B-3").incident().category()).isEqualTo(Category.RIGGING_EQUIPMENT);
    assertThat(by.get("B-4").incident().category()).isEqualTo(Category.OTHER);
    assertThat(by.get("B-1").incident().severity().code()).isEqualTo("near_miss");
    assertThat(by.get("B-2").incident().severity().code()).isEqualTo("injury");
    assertThat(by.get("B-3").incident().severity().code()).isEqualTo("serious_injury");
    assertThat(by.get("B-4").incident().severity().code()).isEqualTo("injury");
    assertThat(by.get("B-4").incident().injuries()).isEqualTo(1);
  }

  @Test
  void combineFirst_takesTheFirstNonEmptyValue_inTheMappingsOrder() throws IOException {
    Reading r =
        read(
            """
            Ref,When,What,Event,Source
            C-1,2026-03-02,Struck by a prop gun's slide,620,7810
            C-2,2026-03-03,Fell off the camera car,4330,8420
            """,
            "{\"columns\": {"
                + BASE
                + """
                  "Source": {"field": "category", "match": "prefix", "values": {"78": "firearm"},
                             "default": ""},
                  "Event": {"field": "category", "match": "prefix",
                            "values": {"43": "fall_from_height", "62": "rigging_equipment"},
                            "default": "other"}
                },
                "combine": {"category": "first"},
                "constants": {"production": "Dusty Trail", "activity": "unknown",
                              "severity": "near_miss", "fatalities": "0"}
                }""");

    assertThat(r.errors()).isEmpty();
    Map<String, IncidentRecord> by = byId(r);
    assertThat(by.get("C-1").incident().category()).isEqualTo(Category.FIREARM);
    assertThat(by.get("C-2").incident().category()).isEqualTo(Category.FALL_FROM_HEIGHT);
  }

  private static final String FOLLOW_UP_LOG =
      """
      Ref,When,What,Action 1,Owner 1,Due 1,Status 1,Action 2,Owner 2
      F-1,2026-03-02,Rounds left on the cart,Lock the ammunition cart,Armorer,2026-03-09,Done,Re-brief the cast,1st AD
      F-2,2026-03-03,Cable across the walkway,Ramp the cable run,,,,,Key grip
      F-3,2026-03-04,Gate left open,Chain the gate,Locations,,Dunno,,
      F-4,2026-03-05,Nothing to follow up,,,,,,
      """;

  private static final String FOLLOW_UP_MAPPING =
      "{\"columns\": {"
          + BASE
          + """
            "Action 1": {"action": "action", "kind": "corrective"},
            "Owner 1": {"action": "owner", "for": "Action 1"},
            "Due 1": {"action": "due_on", "for": "Action 1"},
            "Status 1": {"action": "status", "for": "Action 1",
                         "values": {"Done": "done", "Open": "open"}},
            "Action 2": {"action": "action", "status": "open"},
            "Owner 2": {"action": "owner", "for": "Action 2"}
          },
          """
          + CONSTANTS
          + "}";

  @Test
  void followUpColumns_becomeActions_severalPerRow_withStableIds() throws IOException {
    Reading r = read(FOLLOW_UP_LOG, FOLLOW_UP_MAPPING);

    Map<String, IncidentRecord> by = byId(r);
    assertThat(by.get("F-1").actions())
        .extracting(
            CorrectiveAction::actionId,
            CorrectiveAction::action,
            CorrectiveAction::owner,
            CorrectiveAction::status,
            CorrectiveAction::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "F-1-A1",
                "Lock the ammunition cart",
                "Armorer",
                ActionStatus.DONE,
                ActionKind.CORRECTIVE),
            org.assertj.core.groups.Tuple.tuple(
                "F-1-A2", "Re-brief the cast", "1st AD", ActionStatus.OPEN, null));
    assertThat(by.get("F-1").actions().get(0).dueOn()).hasToString("2026-03-09");
    assertThat(by.get("F-4").actions()).isEmpty();
  }

  @Test
  void followUpWithoutStatus_isUnknown_neverDone() throws IOException {
    Reading r = read(FOLLOW_UP_LOG, FOLLOW_UP_MAPPING);

    CorrectiveAction ramp = byId(r).get("F-2").actions().get(0);
    assertThat(ramp.action()).isEqualTo("Ramp the cable run");
    assertThat(ramp.status()).isEqualTo(ActionStatus.UNKNOWN);
  }

  @Test
  void everyFollowUpValue_isImportedOrRejectedWithItsReason() throws IOException {
    Reading r = read(FOLLOW_UP_LOG, FOLLOW_UP_MAPPING);

    assertThat(r.result.read()).isEqualTo(4);
    assertThat(r.result.imported()).isEqualTo(3);
    assertThat(r.rejectReasons)
        .singleElement()
        .asString()
        .endsWith(
            "log.csv:4:7: Status 1: 'Dunno' in column \"Status 1\" is not one of the values the"
                + " mapping reads there (Done, Open); add it to \"values\" of follow-up field status"
                + " in "
                + dir.resolve("log.mapping.json")
                + ": \"Dunno\": \"<open|in_progress|done|verified|cancelled|unknown>\"");
    // an owner with no action beside it is not silently dropped
    assertThat(r.warnings())
        .singleElement()
        .asString()
        .endsWith(
            "log.csv:3:9: warning: Owner 2: 'Key grip' is the owner of a follow-up, but 'Action 2'"
                + " is empty: no action recorded");
  }

  @Test
  void templateNamingAColumnTheFileLacks_isOneErrorNamingTheMapping_andEveryRowIsKeptRejected()
      throws IOException {
    Reading r =
        read(
            """
            Ref,When,What
            T-1,2026-03-02,A near miss
            T-2,2026-03-03,Another
            """,
            "{\"columns\": {"
                + BASE.replace("\"What\": \"title\",", "\"What\": \"summary\"")
                + """
                },
                "templates": {"title": "{No Such Header} at {What}"},
                """
                + CONSTANTS
                + "}");

    assertThat(r.errors())
        .singleElement()
        .asString()
        .contains("log.csv:1: mapping ")
        .contains(
            "templates.title names the column 'No Such Header', which this file does not have"
                + " (its columns: Ref, When, What)");
    // no row is blamed with an error of its own, but none is lost: each is rejected as it stood
    assertThat(r.result.read()).isEqualTo(2);
    assertThat(r.result.rejected()).isEqualTo(2);
    assertThat(r.rejects)
        .satisfiesExactly(
            f -> assertThat(f).endsWith("log.csv:2"), f -> assertThat(f).endsWith("log.csv:3"));
    assertThat(r.rejectReasons).allMatch(m -> m.contains("not read: mapping "));
  }

  @Test
  void seriousInjuryWithNobodyCounted_isKept_andFlagged() throws IOException {
    Reading r =
        read(
            """
            Ref,When,What,Hospitalized,Amputation
            S-1,2026-03-02,Reported with both counts zero,0.00,0.00
            S-2,2026-03-03,Reported with one count,1.00,0.00
            """,
            "{\"columns\": {"
                + BASE
                + """
                  "Hospitalized": "injuries",
                  "Amputation": "injuries"
                },
                "combine": {"injuries": "max"},
                "constants": {"production": "Dusty Trail", "activity": "unknown",
                              "severity": "serious_injury", "fatalities": "0", "category": "other"}
                }""");

    assertThat(r.errors()).isEmpty();
    assertThat(r.records).hasSize(2);
    assertThat(byId(r).get("S-1").incident().injuries()).isZero();
    assertThat(byId(r).get("S-2").incident().injuries()).isEqualTo(1);
    assertThat(r.warnings())
        .singleElement()
        .asString()
        .endsWith(
            "log.csv:2:4: warning: Hospitalized: severity is serious_injury but nobody is counted"
                + " injured (Hospitalized, Amputation); the incident is kept with 0 injured");
  }

  @Test
  void csvWithATitleAboveTheHeader_readsFromTheHeaderRowGiven() throws IOException {
    Path log = dir.resolve("titled.csv");
    Files.writeString(
        log,
        """
        Dusty Trail near-miss log,,
        ,,
        Ref,When,What
        H-1,2026-03-02,Cable across the walkway
        """);
    Path m = dir.resolve("titled.mapping.json");
    Files.writeString(
        m,
        "{\"columns\": {"
            + BASE.replace("\"What\": \"title\",", "\"What\": \"title\"")
            + "}, "
            + CONSTANTS
            + "}");

    Reading r =
        Reading.of(
            log,
            ImportOptions.DEFAULT
                .withMapping(ColumnMapping.load(m, ProtocolCatalog.bundled()))
                .withSheet(null, 3));

    assertThat(r.errors()).isEmpty();
    assertThat(r.records).extracting(IncidentRecord::id).containsExactly("H-1");
    assertThat(r.result.read()).isEqualTo(1);
  }
}
