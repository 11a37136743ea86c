package org.setsafe.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.report.sheet.IncidentsSheet;
import org.setsafe.report.sheet.SheetSpec;
import org.setsafe.report.sheet.SummarySheet;

/**
 * The report's sheets are the declared list: a workbook holds exactly the entries that apply to its
 * figures, in the list's order, each named once in the Summary's guide; one more entry is one more
 * sheet.
 */
class ReportSheets_ListTest {
  @TempDir Path dir;

  private static final Path LOG = org.setsafe.Fixtures.path("ingest/valid-flat-log.csv");

  /** The names the list declares that appear in {@code sheets}, in the list's order. */
  private static List<String> declared(List<SheetSpec> list, List<String> sheets) {
    List<String> out = new ArrayList<>();
    for (SheetSpec s : list) {
      for (String name : sheets) {
        if (name.equals(s.name()) || name.startsWith(s.name() + " (")) {
          out.add(name);
        }
      }
    }
    return out;
  }

  @Test
  void everyReport_holdsItsDeclaredSheets_inTheListsOrder() {
    List<ReportResult> results =
        List.of(
            new ReportWriter(Workbooks.options(dir.resolve("h")).build())
                .write(ReportInputs.referenceOnly()),
            new ReportWriter(Workbooks.options(dir.resolve("p")).build())
                .write(Workbooks.inputs(true, List.of(LOG), ImportOptions.DEFAULT)),
            new ReportWriter(Workbooks.options(dir.resolve("n")).build())
                .write(Workbooks.inputs(false, List.of(LOG), ImportOptions.DEFAULT)));
    for (ReportResult r : results) {
      assertThat(r.sheets()).as("sheets").isEqualTo(declared(ReportSheets.ALL, r.sheets()));
      assertThat(r.sheets().get(0)).isEqualTo(SummarySheet.NAME);
      assertThat(r.sheets()).contains(IncidentsSheet.NAME);
    }
  }

  @Test
  void oneMoreEntry_isOneMoreSheet_inItsPlace_andInTheGuide() throws IOException {
    List<SheetSpec> list = new ArrayList<>(ReportSheets.ALL);
    list.add(
        2,
        SheetSpec.of(
            "Extra",
            f -> "A sheet added by one entry.",
            (page, f) -> page.note(page.book.note, f.analysis().incidents() + " incidents")));
    ReportResult r =
        new ReportWriter(
                Workbooks.options(dir).build(),
                ProtocolCatalog.bundled(),
                ReportProgress.NONE,
                list)
            .write(Workbooks.inputs(false, List.of(LOG), ImportOptions.DEFAULT));

    assertThat(r.sheets()).isEqualTo(declared(list, r.sheets()));
    assertThat(r.sheets().indexOf("Extra")).isEqualTo(2);
    try (XSSFWorkbook wb = Workbooks.open(r.workbook())) {
      assertThat(wb.getSheet("Extra").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("2 incidents");
      Sheet summary = wb.getSheet(SummarySheet.FIGURES);
      int h = Workbooks.headerRow(summary, "Sheet");
      assertThat(Workbooks.rowWhere(summary, h, 0, "Extra").getCell(1).getStringCellValue())
          .isEqualTo("A sheet added by one entry.");
      assertThat(Workbooks.dataRows(summary, h))
          .isEqualTo((int) list.stream().filter(s -> r.sheets().contains(s.name())).count());
    }
  }

  @Test
  void twoEntriesOfOneName_areRefused() {
    List<SheetSpec> list = new ArrayList<>(ReportSheets.ALL);
    list.add(ReportSheets.ALL.get(1));

    assertThatThrownBy(
            () ->
                new ReportWriter(
                    Workbooks.options(dir).build(),
                    ProtocolCatalog.bundled(),
                    ReportProgress.NONE,
                    list))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two sheets are named");
  }
}
