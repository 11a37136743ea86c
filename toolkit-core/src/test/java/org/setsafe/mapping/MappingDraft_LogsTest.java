package org.setsafe.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.Fixtures;
import org.setsafe.data.BundledData;
import org.setsafe.ingest.Reading;
import org.setsafe.model.ActionStatus;
import org.setsafe.model.Category;
import org.setsafe.model.CheckResult;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Severity;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * mapping draft on logs of different shapes: the example production log (CSV and XLSX), a UK stunt
 * unit's log (day-first dates, Yes/No checks, one of them inverted, follow-up columns), a near-miss
 * register (ambiguous dotted dates, counts, no severity column, columns nobody named) and an armory
 * workbook (a title above the header, date-and-time cells, TRUE/FALSE and x/blank checks, no hazard
 * column). Each draft is checked field by field, then used: it must read its log with no error.
 */
class MappingDraft_LogsTest {
  @TempDir Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ProtocolCatalog CATALOG = ProtocolCatalog.bundled();

  private record Drafted(JsonNode mapping, MappingDraft.Result result, Reading read) {
    JsonNode column(String header) {
      return mapping.get("columns").get(header);
    }

    List<String> review() {
      return result.review().stream().map(MappingDraft.Review::toString).toList();
    }

    Map<String, IncidentRecord> byId() {
      return read.records.stream().collect(Collectors.toMap(IncidentRecord::id, r -> r));
    }
  }

  private Drafted draft(Path log, ImportOptions options) throws IOException {
    MappingDraft.Result r = MappingDraft.draft(log, log.getFileName().toString(), options, CATALOG);
    ColumnMapping m = ColumnMapping.parse("draft.json", r.json(), CATALOG);
    return new Drafted(JSON.readTree(r.json()), r, Reading.of(log, options.withMapping(m)));
  }

  private static String checkOf(IncidentRecord r, String checkId) {
    return r.checks().stream()
        .filter(c -> c.checkId().equals(checkId))
        .map(c -> c.status().code())
        .findFirst()
        .orElse("not assessed");
  }

  @Test
  void exampleLog_everyCheckWithItsPolarity_theDatePattern_andTheReview() throws IOException {
    Drafted d = draft(BundledData.path("examples/dusty-trail-log.csv"), ImportOptions.DEFAULT);

    assertThat(d.mapping().get("dateFormat").asText()).isEqualTo("M/d/yyyy");
    assertThat(d.column("Inc #").asText()).isEqualTo("id");
    assertThat(d.column("Date").asText()).isEqualTo("date");
    assertThat(d.column("Time").asText()).isEqualTo("time");
    assertThat(d.column("Set").asText()).isEqualTo("location");
    assertThat(d.column("Dept").asText()).isEqualTo("department");
    assertThat(d.column("Description").asText()).isEqualTo("summary");
    assertThat(d.column("Reported by").asText()).isEqualTo("reported_by");
    assertThat(d.column("Hazard").get("field").asText()).isEqualTo("category");
    assertThat(d.column("Hazard").get("values").get("Pyro").asText()).isEqualTo("pyrotechnics");
    assertThat(d.column("Phase").get("field").asText()).isEqualTo("activity");
    assertThat(d.column("Type").get("field").asText()).isEqualTo("severity");
    assertThat(d.column("Type").get("values").get("First aid").asText()).isEqualTo("injury");
    assertThat(d.column("Injured?").get("field").asText()).isEqualTo("injuries");
    // a Y in "Live rounds found?" is a failed check; in the others a passed one
    assertThat(d.column("Live rounds found?").get("field").asText()).isEqualTo("NO_LIVE_AMMO");
    assertThat(d.column("Live rounds found?").get("values").get("Y").asText()).isEqualTo("failed");
    assertThat(d.column("Armorer present?").get("values").get("Y").asText()).isEqualTo("passed");
    assertThat(d.column("Armorer present?").get("field").asText()).endsWith("ARMORER");
    assertThat(d.column("Safety meeting held?").get("field").asText()).isEqualTo("SAFETY_MEETING");
    assertThat(d.column("Safety meeting held?").get("values").get("Y").asText())
        .isEqualTo("passed");
    assertThat(d.column("Exclusion zone set?").get("field").asText())
        .isEqualTo("EXCLUSION_ZONE_PERIMETER");
    assertThat(d.column("Follow-up").get("action").asText()).isEqualTo("action");
    assertThat(d.column("Follow-up owner").get("action").asText()).isEqualTo("owner");
    assertThat(d.column("Due").get("action").asText()).isEqualTo("due_on");
    assertThat(d.column("Status").get("action").asText()).isEqualTo("status");
    assertThat(d.column("Closed").get("action").asText()).isEqualTo("closed_on");
    assertThat(d.mapping().get("constants").get("production").asText()).isEqualTo("Dusty Trail");
    assertThat(d.mapping().get("review")).hasSize(d.result().review().size());
    assertThat(d.review())
        .anyMatch(
            r ->
                r.startsWith("Live rounds found?: read as check NO_LIVE_AMMO")
                    && r.contains("('found')"))
        .anyMatch(r -> r.startsWith("Date: dates read as month first (M/d/yyyy)"))
        .anyMatch(r -> r.startsWith("Phase: 1 row has no value; read as unknown"));

    assertThat(d.read().errors()).isEmpty();
    assertThat(d.read().result.imported()).isEqualTo(42);
    IncidentRecord dt007 = d.byId().get("007");
    assertThat(checkOf(dt007, "NO_LIVE_AMMO")).isEqualTo("failed");
    assertThat(dt007.actions())
        .singleElement()
        .satisfies(a -> assertThat(a.owner()).isEqualTo("Armorer"));
  }

  @Test
  void exampleWorkbook_draftsTheSameColumns_withDatesFromTheCells() throws IOException {
    Drafted csv = draft(BundledData.path("examples/dusty-trail-log.csv"), ImportOptions.DEFAULT);
    Drafted xlsx = draft(BundledData.path("examples/dusty-trail-log.xlsx"), ImportOptions.DEFAULT);

    assertThat(xlsx.mapping().get("columns")).isEqualTo(csv.mapping().get("columns"));
    assertThat(xlsx.mapping().has("dateFormat")).isFalse(); // date cells read as ISO dates
    assertThat(xlsx.read().errors()).isEmpty();
    assertThat(xlsx.read().records).isEqualTo(csv.read().records);
  }

  @Test
  void ukStuntLog_dayFirstDates_yesNoChecks_anInvertedOne_andFollowUps() throws IOException {
    Drafted d = draft(Fixtures.path("draft/uk-stunt-unit-log.csv"), ImportOptions.DEFAULT);

    assertThat(d.mapping().get("dateFormat").asText()).isEqualTo("d/M/yyyy");
    assertThat(d.column("Ref No").asText()).isEqualTo("id");
    assertThat(d.column("Location").asText()).isEqualTo("location");
    assertThat(d.column("Department").asText()).isEqualTo("department");
    assertThat(d.column("Details").asText()).isEqualTo("summary");
    assertThat(d.column("Severity").get("values").get("Hospital").asText())
        .isEqualTo("serious_injury");
    assertThat(d.column("Category").get("values").get("Fall").asText())
        .isEqualTo("fall_from_height");
    assertThat(d.column("Helmet worn?").get("field").asText()).isEqualTo("PPE_HELMET");
    assertThat(d.column("Helmet worn?").get("values").get("Yes").asText()).isEqualTo("passed");
    assertThat(d.column("RA communicated?").get("field").asText())
        .isEqualTo("RISK_ASSESSMENT_COMMUNICATED");
    assertThat(d.column("Pads missing?").get("field").asText())
        .isEqualTo("FALL_PROTECTION_ADEQUATE");
    assertThat(d.column("Pads missing?").get("values").get("Yes").asText()).isEqualTo("failed");
    assertThat(d.column("Pads missing?").get("values").get("N/A").asText())
        .isEqualTo("not_applicable");
    assertThat(d.column("Action taken").get("action").asText()).isEqualTo("action");
    assertThat(d.column("Action owner").get("action").asText()).isEqualTo("owner");
    assertThat(d.column("Target date").get("action").asText()).isEqualTo("due_on");
    assertThat(d.column("Status").get("values").get("Closed").asText()).isEqualTo("done");
    assertThat(d.review()).anyMatch(r -> r.contains("('missing')"));

    assertThat(d.read().errors()).isEmpty();
    Map<String, IncidentRecord> by = d.byId();
    assertThat(by.get("SU-02").incident().date()).hasToString("2025-09-15");
    assertThat(checkOf(by.get("SU-02"), "FALL_PROTECTION_ADEQUATE")).isEqualTo("failed");
    assertThat(checkOf(by.get("SU-01"), "FALL_PROTECTION_ADEQUATE")).isEqualTo("passed");
    assertThat(by.get("SU-04").incident().severity()).isEqualTo(Severity.SERIOUS_INJURY);
    assertThat(by.get("SU-04").actions().get(0).status()).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(by.get("SU-01").actions().get(0).status()).isEqualTo(ActionStatus.DONE);
    assertThat(by.get("SU-05").actions()).isEmpty();
  }

  @Test
  void nearMissRegister_ambiguousDates_countsWithoutSeverity_andEveryColumnAccountedFor()
      throws IOException {
    Drafted d = draft(Fixtures.path("draft/near-miss-register.csv"), ImportOptions.DEFAULT);

    assertThat(d.mapping().get("dateFormat").asText()).isEqualTo("d.M.yyyy");
    assertThat(d.review())
        .anyMatch(r -> r.startsWith("Date: ambiguous dates: no part is over 12, so 3.4.2026"));
    assertThat(d.column("Incident no").asText()).isEqualTo("id");
    assertThat(d.column("What happened").asText()).isEqualTo("summary");
    assertThat(d.column("Notes").asText()).isEqualTo("note");
    assertThat(d.column("Kind").get("values").get("Horse").asText()).isEqualTo("animal");
    assertThat(d.column("Hurt").get(0).asText()).isEqualTo("injuries");
    assertThat(d.column("Hurt").get(1).get("match").asText()).isEqualTo("range");
    assertThat(d.column("Internal code").get("note").asText()).isEqualTo("Internal code");
    assertThat(d.column("Spare").get("note").asText()).isEqualTo("Spare");
    List<String> headers = new ArrayList<>();
    d.mapping().get("columns").fieldNames().forEachRemaining(headers::add);
    assertThat(headers)
        .containsExactly(
            "Incident no",
            "Date",
            "What happened",
            "Hurt",
            "Kind",
            "Notes",
            "Internal code",
            "Spare");

    assertThat(d.read().errors()).isEmpty();
    Map<String, IncidentRecord> by = d.byId();
    assertThat(by.get("10").incident().date()).hasToString("2026-04-09");
    assertThat(by.get("10").incident().injuries()).isEqualTo(2);
    assertThat(by.get("10").incident().severity()).isEqualTo(Severity.INJURY);
    assertThat(by.get("7").incident().severity()).isEqualTo(Severity.NEAR_MISS);
    assertThat(by.get("7").incident().note()).contains("Internal code: A-17");
  }

  @Test
  void armoryWorkbook_titleAboveHeader_dateTimeCells_booleanAndCrossChecks_departmentHazards()
      throws IOException {
    Path book = dir.resolve("armory-log.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(book)) {
      Sheet s = wb.createSheet("Armory");
      s.createRow(0).createCell(0).setCellValue("Armory log, Dusty Trail (made up for this test)");
      String[] header = {
        "Entry",
        "Date/time",
        "Dept",
        "Weapon",
        "Outcome",
        "Injured",
        "Live round found",
        "Dummies verified",
        "Checked in front of actor"
      };
      Row h = s.createRow(2);
      for (int c = 0; c < header.length; c++) {
        h.createCell(c).setCellValue(header[c]);
      }
      CellStyle when = wb.createCellStyle();
      when.setDataFormat(wb.createDataFormat().getFormat("m/d/yyyy h:mm"));
      Object[][] rows = {
        {
          "A-1",
          LocalDateTime.of(2026, 3, 2, 9, 15),
          "Props",
          "Colt revolver",
          "Near miss",
          0,
          false,
          true,
          "x"
        },
        {
          "A-2",
          LocalDateTime.of(2026, 3, 9, 13, 10),
          "Props",
          "Winchester",
          "Near miss",
          0,
          true,
          false,
          ""
        },
        {
          "A-3",
          LocalDateTime.of(2026, 3, 19, 15, 0),
          "Stunts",
          "Rubber rifle",
          "Injury",
          1,
          false,
          true,
          "x"
        }
      };
      for (int i = 0; i < rows.length; i++) {
        Row r = s.createRow(3 + i);
        for (int c = 0; c < rows[i].length; c++) {
          Object v = rows[i][c];
          Cell cell = r.createCell(c);
          if (v instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(when);
          } else if (v instanceof Integer n) {
            cell.setCellValue(n);
          } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
          } else if (!v.toString().isEmpty()) {
            cell.setCellValue(v.toString());
          }
        }
      }
      wb.write(out);
    }

    Drafted d = draft(book, ImportOptions.DEFAULT.withSheet(null, 3));

    assertThat(d.column("Entry").asText()).isEqualTo("id");
    assertThat(d.column("Date/time")).hasToString("[\"date\",\"time\"]");
    assertThat(d.column("Outcome").get("field").asText()).isEqualTo("severity");
    assertThat(d.column("Injured").asText()).isEqualTo("injuries");
    assertThat(d.column("Live round found").get("field").asText()).isEqualTo("NO_LIVE_AMMO");
    assertThat(d.column("Live round found").get("values").get("TRUE").asText()).isEqualTo("failed");
    assertThat(d.column("Dummies verified").get("field").asText()).isEqualTo("VERIFIED_DUMMIES");
    assertThat(d.column("Dummies verified").get("values").get("TRUE").asText()).isEqualTo("passed");
    assertThat(d.column("Checked in front of actor").get("field").asText())
        .isEqualTo("CHECK_IN_PRESENCE_OF_ACTOR");
    assertThat(d.column("Checked in front of actor").get("values").get("x").asText())
        .isEqualTo("passed");
    // no hazard column: the department gives it too
    assertThat(d.column("Dept").get(0).asText()).isEqualTo("department");
    assertThat(d.column("Dept").get(1).get("values").get("Props").asText()).isEqualTo("firearm");
    assertThat(d.column("Weapon").get("note").asText()).isEqualTo("Weapon");

    assertThat(d.read().errors()).isEmpty();
    Map<String, IncidentRecord> by = d.byId();
    assertThat(by.get("A-2").incident().date()).hasToString("2026-03-09");
    assertThat(by.get("A-2").incident().time()).hasToString("13:10");
    assertThat(by.get("A-2").incident().category()).isEqualTo(Category.FIREARM);
    assertThat(by.get("A-3").incident().category()).isEqualTo(Category.STUNT);
    assertThat(checkOf(by.get("A-2"), "NO_LIVE_AMMO")).isEqualTo("failed");
    assertThat(checkOf(by.get("A-2"), "CHECK_IN_PRESENCE_OF_ACTOR")).isEqualTo("not assessed");
    assertThat(by.get("A-1").checks()).extracting(CheckResult::checkId).hasSize(3);
  }
}
