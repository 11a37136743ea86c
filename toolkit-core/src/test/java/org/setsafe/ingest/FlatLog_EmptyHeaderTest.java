package org.setsafe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.mapping.ImportOptions;

/** A value under an empty header cell is not read, and says so: never dropped without a word. */
class FlatLog_EmptyHeaderTest {
  @Test
  void aValueUnderAnEmptyHeaderCell_isAWarningAtItsCell_theRowKept(@TempDir Path dir)
      throws IOException {
    Path log = dir.resolve("log.csv");
    Files.writeString(
        log,
        "id,title,production,date,category,activity,severity,fatalities,injuries,,summary\n"
            + "NM-001,Live round found,Dusty Trail,2023-05-02,firearm,prep_or_test,near_miss,0,0,"
            + "armorer said so,A live round among the dummies\n"
            + "NM-002,Blank fired too close,Dusty Trail,2023-05-09,firearm,take,near_miss,0,0,,"
            + "Nobody hurt\n");

    Reading r = Reading.of(log, ImportOptions.DEFAULT);

    assertThat(r.errors()).isEmpty();
    assertThat(r.records).hasSize(2);
    assertThat(r.warnings())
        .containsExactly(
            log
                + ":2:10: warning: 'armorer said so' stands under an empty header cell: the column"
                + " has no name, so the value is not read (name the column, or move the value)");
  }
}
