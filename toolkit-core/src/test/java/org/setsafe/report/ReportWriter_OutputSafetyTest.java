package org.setsafe.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.io.FolderLock;
import org.setsafe.report.book.ReportOptions;

/** A run that fails leaves no half-written file, and an earlier report stays as it was. */
class ReportWriter_OutputSafetyTest {
  @TempDir Path dir;

  private static long files(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      // the folder's lock file stays, empty, after the run (FolderLock)
      return s.filter(Files::isRegularFile).filter(p -> !p.endsWith(FolderLock.FILE)).count();
    }
  }

  @Test
  void failureWhileWritingCharts_leavesTheOldReportAndNoTemporaryFiles() throws IOException {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    Path old = Files.writeString(reports.resolve("setsafe-report.xlsx"), "the report of last week");
    // a file where the charts folder should go makes the run fail after the workbook was streamed
    Files.writeString(reports.resolve("setsafe-report-charts"), "in the way");

    assertThatThrownBy(
            () ->
                new ReportWriter(Workbooks.options(dir).build())
                    .write(ReportInputs.referenceOnly()))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("setsafe-report-charts");

    assertThat(old).hasContent("the report of last week");
    try (Stream<Path> s = Files.list(reports)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              FolderLock.FILE, "setsafe-report.xlsx", "setsafe-report-charts");
    }
  }

  @Test
  void failedRun_removesTheFoldersItCreated() {
    Path deep = dir.resolve("a/b/c");
    ReportOptions options =
        ReportOptions.builder(deep.resolve("r.xlsx")).clock(Workbooks.CLOCK).build();
    // the charts folder is fine, but the workbook's name is taken by a folder
    assertThatThrownBy(
            () -> {
              Files.createDirectories(deep.resolve("r.xlsx"));
              new ReportWriter(options).write(ReportInputs.referenceOnly());
            })
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("is a folder");

    assertThat(deep.resolve("r.xlsx")).isDirectory();
    assertThat(deep.resolve("r-charts")).doesNotExist();
  }

  @Test
  void successfulRun_replacesTheOldReport() throws IOException {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    Files.writeString(reports.resolve("setsafe-report.xlsx"), "old");

    new ReportWriter(Workbooks.options(dir).build()).write(ReportInputs.referenceOnly());

    assertThat(Files.size(reports.resolve("setsafe-report.xlsx"))).isGreaterThan(10_000);
    assertThat(files(reports)).isEqualTo(11);
  }
}
