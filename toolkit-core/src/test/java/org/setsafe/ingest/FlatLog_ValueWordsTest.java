package org.setsafe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.mapping.ColumnMapping;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.Severity;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostic;

/**
 * A value the mapping does not read is told in the log's own words: the cell's value, its column,
 * the values the mapping reads there and the mapping line to add, one message per bad cell; the row
 * is rejected with its raw text, every other row imported.
 */
class FlatLog_ValueWordsTest {
  @TempDir Path dir;

  private static final String HEADER =
      "Date,Dept,What happened,Injury? (Y/N),Live ammo checked,Follow-up,Status";

  private static final String MAPPING =
      """
      {
        "dateFormat": "M/d/yyyy",
        "columns": {
          "Date": "date",
          "Dept": "department",
          "What happened": "summary",
          "Injury? (Y/N)": {"field": "severity", "values": {"Y": "injury", "N": "near_miss"}},
          "Live ammo checked": {"field": "NO_LIVE_AMMO", "values": {"Y": "passed", "N": "failed"}},
          "Follow-up": {"action": "action"},
          "Status": {"action": "status", "values": {"Open": "open", "Closed": "done"}}
        },
        "constants": {"production": "Dusty", "category": "other", "activity": "unknown",
                      "fatalities": "0", "injuries": "0"},
        "templates": {"id": "ROW-{#row}", "title": "{What happened}"}
      }
      """;

  private Path mapping(String name, String text) {
    try {
      Path m = dir.resolve(name);
      Files.writeString(m, text);
      return m;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Reading read(Path log, Path mapping) {
    return Reading.of(
        log,
        ImportOptions.DEFAULT.withMapping(ColumnMapping.load(mapping, ProtocolCatalog.bundled())));
  }

  private Reading readCsv(String rows, String mappingText) throws IOException {
    Path log = dir.resolve("dusty.csv");
    Files.writeString(log, HEADER + "\n" + rows);
    return read(log, mapping("dusty.mapping.json", mappingText));
  }

  private static List<Diagnostic> errors(Reading r) {
    return r.diagnostics.list().stream().filter(Diagnostic::isError).toList();
  }

  @Test
  void yesInAYNColumn_inAWorkbook_namesTheCellTheColumnTheValuesAndTheLineToAdd()
      throws IOException {
    Path xlsx = dir.resolve("dusty.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(xlsx)) {
      Sheet s = wb.createSheet("Log");
      String[][] rows = {
        HEADER.split(","),
        {"3/2/2026", "Props", "Dummy round loose in the truck", "N", "Y", "Recount", "Open"},
        {"3/3/2026", "Grip", "Cut hand on a stand", "Yes", "Y", "Gloves", "Open"},
      };
      for (int i = 0; i < rows.length; i++) {
        Row row = s.createRow(i);
        for (int j = 0; j < rows[i].length; j++) {
          row.createCell(j).setCellValue(rows[i][j]);
        }
      }
      wb.write(out);
    }
    Path m = mapping("dusty.mapping.json", MAPPING);

    Reading r = read(xlsx, m);

    assertThat(r.errors())
        .containsExactly(
            xlsx
                + ":Log!D3: Injury? (Y/N): 'Yes' in column \"Injury? (Y/N)\" is not one of the"
                + " values the mapping reads there (Y, N); add it to \"values\" of field severity"
                + " in "
                + m
                + ": \"Yes\": \"injury\"");
    assertThat(r.records).hasSize(1);
    assertThat(r.rejects).containsExactly(xlsx + ":3");
    assertThat(r.result.read()).isEqualTo(2);
  }

  @Test
  void aColumnFeedingTwoFields_getsOneMessage_withALineForEach() throws IOException {
    String twoFields =
        MAPPING
            .replace(
                "\"Injury? (Y/N)\": {\"field\": \"severity\", \"values\": {\"Y\": \"injury\", \"N\":"
                    + " \"near_miss\"}},",
                "\"Injury? (Y/N)\": [{\"field\": \"severity\", \"values\": {\"Y\": \"injury\", \"N\":"
                    + " \"near_miss\"}}, {\"field\": \"injuries\", \"values\": {\"Y\": \"1\", \"N\":"
                    + " \"0\"}}],")
            .replace("\"fatalities\": \"0\", \"injuries\": \"0\"", "\"fatalities\": \"0\"");
    assertThat(twoFields).contains("\"injuries\", \"values\"");

    Reading r = readCsv("3/3/2026,Grip,Cut hand on a stand,Yes,Y,Gloves,Open\n", twoFields);

    List<Diagnostic> errors = errors(r);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).line()).isEqualTo(2);
    assertThat(errors.get(0).column()).isEqualTo(4);
    assertThat(errors.get(0).message())
        .isEqualTo(
            "'Yes' in column \"Injury? (Y/N)\" is not one of the values the mapping reads there"
                + " (Y, N); add it to \"values\" of field severity in "
                + dir.resolve("dusty.mapping.json")
                + ": \"Yes\": \"injury\"; and add it to \"values\" of field injuries in "
                + dir.resolve("dusty.mapping.json")
                + ": \"Yes\": \"1\"");
  }

  @Test
  void aValueLikeNoKey_offersSetsafesValuesInTheLine() throws IOException {
    Reading r =
        readCsv(
            """
            3/3/2026,Grip,Cut hand on a stand,Injured,Y,Gloves,Open
            3/4/2026,Camera,Tripod slipped,N,Done,Tripod check,Open
            3/5/2026,Stunts,Bruised on landing,N,N,Thicker pad,Pending
            """,
            MAPPING);

    assertThat(errors(r))
        .extracting(Diagnostic::message)
        .containsExactly(
            "'Injured' in column \"Injury? (Y/N)\" is not one of the values the mapping reads"
                + " there (Y, N); add it to \"values\" of field severity in "
                + dir.resolve("dusty.mapping.json")
                + ": \"Injured\": \"<near_miss|injury|serious_injury|fatal>\"",
            "'Done' in column \"Live ammo checked\" is not one of the values the mapping reads"
                + " there (Y, N); add it to \"values\" of check NO_LIVE_AMMO in "
                + dir.resolve("dusty.mapping.json")
                + ": \"Done\": \"<failed|passed|not_performed|unknown|not_applicable>\"",
            "'Pending' in column \"Status\" is not one of the values the mapping reads there"
                + " (Open, Closed); add it to \"values\" of follow-up field status in "
                + dir.resolve("dusty.mapping.json")
                + ": \"Pending\": \"<open|in_progress|done|verified|cancelled|unknown>\"");
    assertThat(r.records).isEmpty();
    assertThat(r.rejects).hasSize(3);
  }

  @Test
  void aColumnReadAsItIs_saysToGiveItValues() throws IOException {
    String asIs =
        MAPPING.replace(
            "\"Injury? (Y/N)\": {\"field\": \"severity\", \"values\": {\"Y\": \"injury\", \"N\":"
                + " \"near_miss\"}},",
            "\"Injury? (Y/N)\": \"severity\",");

    Reading r = readCsv("3/3/2026,Grip,Cut hand on a stand,Y,Y,Gloves,Open\n", asIs);

    assertThat(errors(r))
        .extracting(Diagnostic::message)
        .containsExactly(
            "'Y' in column \"Injury? (Y/N)\" is not one of setsafe's values for field severity"
                + " (near_miss, injury, serious_injury, fatal), and mapping "
                + dir.resolve("dusty.mapping.json")
                + " reads the column as it is; give it \"values\" there, e.g. \"Injury? (Y/N)\":"
                + " {\"field\": \"severity\", \"values\": {\"Y\": \"<one of them>\"}}");
  }

  @Test
  void withoutAMapping_theMessageStaysInSetsafesCodes() throws IOException {
    Path log = dir.resolve("plain.csv");
    Files.writeString(
        log,
        """
        id,title,production,date,category,activity,severity,fatalities,summary
        P-1,Cut hand,Dusty,2026-03-03,other,unknown,Yes,0,Cut hand on a stand
        """);

    Reading r = Reading.of(log, ImportOptions.DEFAULT);

    assertThat(errors(r))
        .extracting(Diagnostic::message)
        .containsExactly(
            "unknown severity 'Yes'; expected one of: near_miss, injury, serious_injury, fatal");
  }

  @Provide
  Arbitrary<String> cellText() {
    return Arbitraries.oneOf(
        Arbitraries.of("Y", "N", "y", "n", "Yes", "No", "yes", "YES", "N/A", "injury", "x", "Nope"),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12));
  }

  /**
   * For any value in the Y/N column: the row is imported (the mapping or setsafe reads it) or
   * rejected with one error at that cell that names the value, the column, the mapping's values and
   * the line to add.
   */
  @Property(tries = 60)
  void anyValue_isReadOrToldInTheLogsWords(@ForAll("cellText") String v) throws IOException {
    Path d = Files.createTempDirectory("value-words");
    try {
      Path log = d.resolve("dusty.csv");
      Files.writeString(
          log, HEADER + "\n3/3/2026,Grip,Cut hand,X,Y,Gloves,Open\n".replace(",X,", "," + v + ","));
      Path m = d.resolve("dusty.mapping.json");
      Files.writeString(m, MAPPING);
      Reading r = read(log, m);

      boolean readable =
          v.equalsIgnoreCase("Y")
              || v.equalsIgnoreCase("N")
              || org.setsafe.model.Coded.find(Severity.class, v) != null;
      assertThat(r.records.size() + r.rejects.size()).isEqualTo(1);
      if (readable) {
        assertThat(r.records).hasSize(1);
      } else {
        List<Diagnostic> errors = errors(r);
        assertThat(errors).hasSize(1);
        Diagnostic e = errors.get(0);
        assertThat(e.column()).isEqualTo(4);
        assertThat(e.message())
            .startsWith("'" + v + "' in column \"Injury? (Y/N)\"")
            .contains("the values the mapping reads there (Y, N)")
            .contains("add it to \"values\" of field severity in " + m + ": \"" + v + "\": ");
        String yesNo = v.strip().toLowerCase(Locale.ROOT);
        if (yesNo.equals("yes")) {
          assertThat(e.message()).endsWith(": \"injury\"");
        } else if (yesNo.equals("no")) {
          assertThat(e.message()).endsWith(": \"near_miss\"");
        }
      }
    } finally {
      try (var files = Files.list(d)) {
        for (Path p : files.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(d);
    }
  }
}
