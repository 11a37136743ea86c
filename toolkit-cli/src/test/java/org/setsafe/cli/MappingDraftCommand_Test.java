package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** setsafe mapping draft: writes a mapping that validates, prints what to review. */
class MappingDraftCommand_Test {
  @TempDir Path dir;

  private static final String LOG = CliFixtures.example("dusty-trail-log.xlsx");

  @Test
  void draft_writesAMappingThatValidates_andPrintsTheReview() throws IOException {
    Path m = dir.resolve("dusty.mapping.json");

    Run draft = Run.of("mapping", "draft", LOG, "-o", m.toString());
    Run validate = Run.of("validate", LOG, "--mapping", m.toString());

    assertThat(draft.exit()).as(draft.err()).isZero();
    assertThat(draft.out())
        .startsWith("wrote " + m + " from " + LOG + " (42 rows, 20 columns):")
        .contains("review these ")
        .contains("  - Live rounds found?: read as check NO_LIVE_AMMO");
    assertThat(Files.readString(m)).contains("\"review\": [");
    assertThat(validate.exit()).as(validate.out()).isZero();
    assertThat(validate.out()).contains("42 rows read, 42 ok, 0 rejected");
  }

  @Test
  void draft_withoutOutput_printsTheMapping_andTheReviewOnStandardError() {
    Run r = Run.of("mapping", "draft", LOG);

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("{\n  \"description\":").contains("\"columns\": {");
    assertThat(r.err()).startsWith("drafted a mapping from " + LOG).contains("review these");
  }

  @Test
  void draft_keepsAnExistingFile_unlessForced() throws IOException {
    Path m = dir.resolve("mine.json");
    Files.writeString(m, "{\"columns\": {}}");

    Run kept = Run.of("mapping", "draft", LOG, "-o", m.toString());

    assertThat(kept.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(kept.err()).contains(m + " exists; give another -o name, or --force to replace it");
    assertThat(Files.readString(m)).isEqualTo("{\"columns\": {}}");
    assertThat(Run.of("mapping", "draft", LOG, "-o", m.toString(), "--force").exit()).isZero();
    assertThat(Files.readString(m)).contains("NO_LIVE_AMMO");
  }

  @Test
  void draft_ofAMissingLog_isAUsageError_ofAnUnreadableOne_exit1() throws IOException {
    Path xls = dir.resolve("old.xls");
    Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3});

    Run missing = Run.of("mapping", "draft", dir.resolve("nope.csv").toString());
    Run old = Run.of("mapping", "draft", xls.toString());

    assertThat(missing.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).contains("nope.csv': no such file or folder");
    assertThat(old.exit()).isEqualTo(ExitCode.BAD_DATA);
    assertThat(old.err()).startsWith("setsafe: " + xls + ": ").doesNotContain("Exception");
  }
}
