package org.setsafe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.ingest.Ingest;

/** A table past a sheet's row limit continues on new sheets, each with its header. */
class ReportWriter_RowLimitTest {
  @TempDir Path dir;

  @Test
  void incidents_pastTheRowLimit_continueOnNumberedSheets_rightAfterTheFirst() throws IOException {
    int reference = Ingest.reference().size();
    int perSheet = 6;
    ReportResult r =
        new ReportWriter(Workbooks.options(dir).maxRowsPerSheet(perSheet).build())
            .write(ReportInputs.referenceOnly());

    int sheets = (reference + perSheet - 2) / (perSheet - 1);
    List<String> expected = new ArrayList<>(List.of("Summary", "Figures", "Incidents"));
    for (int i = 2; i <= sheets; i++) {
      expected.add("Incidents (" + i + ")");
    }
    try (XSSFWorkbook wb = Workbooks.open(r.workbook())) {
      assertThat(Workbooks.sheetNames(wb))
          .startsWith(expected.toArray(String[]::new))
          .contains("Check failures", "Data quality");
      int rows = 0;
      List<String> ids = new ArrayList<>();
      for (int i = 2; i <= sheets + 1; i++) {
        Sheet s = wb.getSheetAt(i);
        assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ID");
        assertThat(s.getLastRowNum()).isLessThan(perSheet);
        assertThat(s.getPaneInformation().isFreezePane()).isTrue();
        int n = Workbooks.dataRows(s, 0);
        for (int k = 1; k <= n; k++) {
          ids.add(s.getRow(k).getCell(0).getStringCellValue());
        }
        rows += n;
      }
      assertThat(rows).isEqualTo(reference);
      assertThat(ids).doesNotHaveDuplicates();
    }
  }
}
