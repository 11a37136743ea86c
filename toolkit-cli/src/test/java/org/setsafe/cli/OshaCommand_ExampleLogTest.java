package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.cli.text.OshaText;
import org.setsafe.ita.ItaCheck;
import org.setsafe.read.Diagnostics;
import org.setsafe.rules.ItaLayout;

/**
 * {@code setsafe osha} on the Harbour Lights example log and establishment: each case's
 * recordability and reason, the 300A totals and the rates as worked by hand in {@code
 * data/examples/harbour-lights-worked-answer.md}; the forms read back from the workbook; the ITA
 * file passes the ITA's checks.
 */
class OshaCommand_ExampleLogTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String LOG = CliFixtures.example("harbour-lights-log.csv");
  static final String EST = CliFixtures.example("harbour-lights-establishment.json");

  @TempDir Path dir;

  private JsonNode data() throws Exception {
    Run r = Run.of("osha", LOG, "--establishment", EST, "-o", dir.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.path("schema").asText()).isEqualTo(OshaText.SCHEMA);
    return root.path("data");
  }

  /** The worked answer: incident, then answer, 300 column and the criterion's paragraph. */
  static final Map<String, String> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put("HL-02", "recordable J 1904.7(b)(5) stitches");
    EXPECTED.put("HL-03", "recordable I 1904.7(b)(4) -");
    EXPECTED.put("HL-04", "recordable H 1904.7(b)(3) -");
    EXPECTED.put("HL-05", "recordable H 1904.7(b)(3) -");
    EXPECTED.put("HL-06", "recordable I 1904.7(b)(4) -");
    EXPECTED.put("HL-07", "recordable G 1904.7(b)(2) -");
    EXPECTED.put("HL-08", "recordable J 1904.7(b)(5) -");
    EXPECTED.put("HL-09", "recordable J 1904.7(b)(6) -");
    EXPECTED.put("HL-14", "recordable H 1904.7(b)(3) -");
    EXPECTED.put("HL-15", "recordable J 1904.7(b)(5) -");
    EXPECTED.put("HL-21", "recordable J 1904.7(b)(5) -");
    EXPECTED.put("HL-13", "undecided - - -");
    EXPECTED.put("HL-01", "not_recordable - - -");
    EXPECTED.put("HL-10", "not_recordable - - -");
    EXPECTED.put("HL-11", "not_recordable - - -");
    EXPECTED.put("HL-12", "not_recordable - - ice pack");
  }

  @Test
  void exampleLog_eachCase_andThe300aTotals_asWorkedByHand() throws Exception {
    JsonNode data = data();
    Map<String, String> got = new LinkedHashMap<>();
    List<Integer> numbers = new ArrayList<>();
    for (JsonNode c : data.path("cases")) {
      got.put(
          c.path("incident_id").asText(),
          c.path("answer").asText()
              + " "
              + text(c.path("column"))
              + " "
              + text(c.path("paragraph"))
              + " "
              + text(c.path("inferred_from")));
      if (!c.path("case_number").isNull()) {
        numbers.add(c.path("case_number").asInt());
      }
    }
    assertThat(got).containsExactlyEntriesOf(EXPECTED);
    assertThat(numbers).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    JsonNode t = data.path("totals");
    assertThat(
            List.of(
                t.path("g").asInt(), t.path("h").asInt(), t.path("i").asInt(), t.path("j").asInt()))
        .containsExactly(1, 3, 2, 5);
    assertThat(t.path("cases").asInt()).isEqualTo(11);
    assertThat(t.path("k").asInt()).isEqualTo(18);
    assertThat(t.path("l").asInt()).isEqualTo(18);
    assertThat(t.path("m").path("injury").asInt()).isEqualTo(9);
    assertThat(t.path("m").path("skin_disorder").asInt()).isEqualTo(1);
    assertThat(t.path("m").path("other_illness").asInt()).isEqualTo(1);
    assertThat(data.path("outside_us").toString()).isEqualTo("[\"HL-16\",\"HL-17\"]");
    JsonNode privacy = data.path("cases").get(6);
    assertThat(privacy.path("person").asText()).isEqualTo("privacy case");
    assertThat(data.toString()).doesNotContain("Taylor Quinn");
    assertThat(data.path("note").asText()).contains("employer's decision");
  }

  @Test
  void rates_carryTheirNumeratorsAndHours() throws Exception {
    JsonNode r = data().path("rates");
    assertThat(r.path("hours_worked").asInt()).isEqualTo(245000);
    assertThat(r.path("base_hours").asInt()).isEqualTo(200000);
    assertThat(r.path("recordable_nonfatal_cases").asInt()).isEqualTo(10);
    assertThat(r.path("trir").asDouble()).isEqualTo(8.16);
    assertThat(r.path("dart_cases").asInt()).isEqualTo(5);
    assertThat(r.path("dart").asDouble()).isEqualTo(4.08);
    assertThat(r.path("days_away_cases").asInt()).isEqualTo(3);
    assertThat(r.path("lost_time_rate").asDouble()).isEqualTo(2.45);
    assertThat(r.path("deaths").asInt()).isEqualTo(1);
    assertThat(r.path("near_misses").asInt()).isEqualTo(3);
    assertThat(r.path("harmful_incidents").asInt()).isEqualTo(16);
    assertThat(r.path("near_miss_ratio").asDouble()).isEqualTo(0.19);
  }

  @Test
  void forms_readBack_typedAndLaidOutLikeTheForms_andTheItaFilePassesItsChecks() throws Exception {
    data();
    Path forms = dir.resolve("osha-forms-2026.xlsx");
    Path ita = dir.resolve("ita-summary-2026.csv");
    assertThat(forms).exists();
    assertThat(ita).exists();
    try (InputStream in = Files.newInputStream(forms);
        Workbook wb = new XSSFWorkbook(in)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names.subList(0, 2)).containsExactly("Form 300", "Form 300A");
      assertThat(names).hasSize(2 + 11).contains("Form 301 (11)");
      for (Sheet s : wb) {
        assertThat(s.getPrintSetup().getFitWidth()).as(s.getSheetName()).isEqualTo((short) 1);
        assertThat(s.getFitToPage()).isTrue();
      }
      Sheet log = wb.getSheet("Form 300");
      Row header = find(log, "(A) Case no.");
      Map<String, Integer> col = new LinkedHashMap<>();
      header.forEach(c -> col.put(c.getStringCellValue(), c.getColumnIndex()));
      Row case7 = log.getRow(header.getRowNum() + 7);
      assertThat(case7.getCell(col.get("(A) Case no.")).getNumericCellValue()).isEqualTo(7);
      assertThat(case7.getCell(col.get("(B) Employee's name")).getStringCellValue())
          .isEqualTo("privacy case");
      Row case1 = log.getRow(header.getRowNum() + 1);
      Cell date = case1.getCell(col.get("(D) Date of injury or onset of illness"));
      assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(date.getLocalDateTimeCellValue().toLocalDate()).hasToString("2026-01-15");
      Row totals = log.getRow(header.getRowNum() + 12);
      assertThat(totals.getCell(col.get("(G) Death")).getNumericCellValue()).isEqualTo(1);
      assertThat(totals.getCell(col.get("(J) Other recordable case")).getNumericCellValue())
          .isEqualTo(5);
      assertThat(totals.getCell(col.get("(K) Days away from work")).getNumericCellValue())
          .isEqualTo(18);
      for (Sheet s : wb) {
        for (Row r : s) {
          for (Cell c : r) {
            if (c.getCellType() == CellType.STRING) {
              assertThat(c.getStringCellValue()).doesNotContain("Taylor Quinn");
            }
          }
        }
      }
      Sheet summary = wb.getSheet("Form 300A");
      assertThat(valueOf(summary, "(H) Total number of cases with days away from work"))
          .isEqualTo(3);
      assertThat(valueOf(summary, "(L) Total number of days of job transfer or restriction"))
          .isEqualTo(18);
      assertThat(valueOf(summary, "(M2) Skin disorder")).isEqualTo(1);
    }
    Diagnostics problems = new Diagnostics();
    ItaCheck.check(ita, "ita-summary-2026.csv", ItaLayout.bundled(), problems);
    assertThat(problems.list()).isEmpty();
    assertThat(Files.readString(ita))
        .contains(",512110,")
        .contains(",2026,140,245000,1,1,3,2,5,18,18,9,1,0,0,0,1,");
  }

  @Test
  void aBadEstablishmentFile_isAnInputError_andNothingIsWritten() throws Exception {
    Path bad = dir.resolve("est.json");
    Files.writeString(
        bad,
        "{\"name\": \"X\", \"street\": \"1 A St\", \"city\": \"LA\", \"state\": \"CA\","
            + " \"zip\": \"90028\", \"naics\": \"5121\", \"year\": 2026,"
            + " \"annual_average_employees\": 10, \"total_hours_worked\": 20000,"
            + " \"peak_employees\": 12}");
    Path out = dir.resolve("out");
    Run r = Run.of("osha", LOG, "--establishment", bad.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_DATA);
    assertThat(r.err()).contains("est.json").contains("naics");
    assertThat(out).doesNotExist();
  }

  @Test
  void checkIta_passesTheFileOshaWrote_andLocatesEachBrokenRule() throws Exception {
    data();
    Path good = dir.resolve("ita-summary-2026.csv");
    Run ok = Run.of("osha", "--check-ita", good.toString());
    assertThat(ok.exit()).as(ok.out()).isZero();
    assertThat(ok.out()).contains("1 file checked: 0 error(s)");

    String text = Files.readString(good);
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, text.replace(",512110,", ",51211,").replace(",CA,", ",California,"));
    Run r = Run.of("osha", "--check-ita", bad.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_DATA);
    assertThat(r.out())
        .contains("bad.csv:2:6: state: 'California' is not the two-letter postal code")
        .contains("bad.csv:2:8: naics_code: '51211' is not 6 digits");
  }

  private static String text(JsonNode n) {
    return n.isNull() || n.isMissingNode() ? "-" : n.asText();
  }

  private static Row find(Sheet s, String firstCell) {
    for (Row r : s) {
      Cell c = r.getCell(0);
      if (c != null
          && c.getCellType() == CellType.STRING
          && c.getStringCellValue().equals(firstCell)) {
        return r;
      }
    }
    throw new AssertionError("no row " + firstCell + " in " + s.getSheetName());
  }

  private static double valueOf(Sheet s, String label) {
    Row r = find(s, label);
    assertThat(r.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
    return r.getCell(1).getNumericCellValue();
  }
}
