package org.setsafe.report.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.setsafe.report.ReportInputs;
import org.setsafe.report.ReportWriter;

class ReportOptions_ValidationTest {
  @Test
  void defaults_excelLimits_titleAndChartsFolderBesideTheWorkbook() {
    ReportOptions o = ReportOptions.builder(Path.of("out/week-12.xlsx")).build();

    assertThat(o.title()).isEqualTo(ReportOptions.DEFAULT_TITLE);
    assertThat(o.maxRowsPerSheet()).isEqualTo(1_048_576);
    assertThat(o.chartsFolder()).isEqualTo(Path.of("out/week-12-charts"));
    assertThat(o.chartWidth()).isEqualTo(1400);
  }

  @Test
  void outputNotXlsx_isRejected_namingTheFile() {
    assertThatThrownBy(() -> ReportOptions.builder(Path.of("report.csv")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the report file must be named like NAME.xlsx (was 'report.csv')");
    assertThatThrownBy(() -> ReportOptions.builder(Path.of("dir/.xlsx")).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void blankOrMultilineTitle_isRejected() {
    assertThatThrownBy(() -> ReportOptions.builder(Path.of("r.xlsx")).title("  ").build())
        .hasMessageContaining("1-200 characters");
    assertThatThrownBy(() -> ReportOptions.builder(Path.of("r.xlsx")).title("a\nb").build())
        .hasMessageContaining("one line");
  }

  @Test
  void limitsOutOfRange_areRejected() {
    assertThatThrownBy(
            () -> ReportOptions.builder(Path.of("r.xlsx")).maxRowsPerSheet(1_048_577).build())
        .hasMessageContaining("rows per sheet");
    assertThatThrownBy(() -> ReportOptions.builder(Path.of("r.xlsx")).matrixLimit(0).build())
        .hasMessageContaining("matrix limit");
    assertThatThrownBy(() -> ReportOptions.builder(Path.of("r.xlsx")).chartSize(100, 100).build())
        .hasMessageContaining("charts must be");
  }

  @Test
  void toBuilder_keepsEverythingButWhatIsChanged() {
    ReportOptions o =
        ReportOptions.builder(Path.of("r.xlsx")).title("Week 12").matrixLimit(7).build();
    ReportOptions p = o.toBuilder().title("Week 13").build();

    assertThat(p.title()).isEqualTo("Week 13");
    assertThat(p.matrixLimit()).isEqualTo(7);
    assertThat(p.output()).isEqualTo(o.output());
  }

  @Test
  void tempFiles_plainForSmallInputs_unlessToldOtherwise() {
    ReportInputs small = ReportInputs.referenceOnly();

    assertThat(new ReportWriter(ReportOptions.builder(Path.of("r.xlsx")).build()).compress(small))
        .isFalse();
    assertThat(
            new ReportWriter(
                    ReportOptions.builder(Path.of("r.xlsx"))
                        .tempFiles(ReportOptions.TempFiles.COMPRESSED)
                        .build())
                .compress(small))
        .isTrue();
    assertThat(
            new ReportWriter(
                    ReportOptions.builder(Path.of("r.xlsx"))
                        .tempFiles(ReportOptions.TempFiles.PLAIN)
                        .build())
                .compress(small))
        .isFalse();
  }
}
