package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.model.EditDistance;

/**
 * Every "did you mean" path: commands, options, check ids, protocol ids, incident ids and codes
 * (roles), each one line in setsafe's words; British spellings taken where a code is expected.
 */
class Suggestions_Test {
  private static void oneLine(Run r, String expected) {
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines()).as(r.err()).hasSize(1);
    assertThat(r.err()).startsWith("setsafe: ").contains(expected).doesNotContain("Unmatched");
  }

  @Test
  void mistypedCommand_suggestsTheCommand() {
    oneLine(Run.of("lsit"), "unknown command 'lsit'; did you mean list?");
    oneLine(Run.of("precedent", "rust"), "did you mean precedents?");
  }

  @Test
  void mistypedOption_suggestsTheClosest_fromBeforeFormat() {
    oneLine(
        Run.of("list", "--form", "2020"),
        "unknown option '--form' for 'setsafe list'; did you mean --from or --format?");
    oneLine(Run.of("report", "--no-refrence"), "did you mean --no-reference?");
    oneLine(Run.of("actions", "--overdeu"), "did you mean --overdue?");
  }

  @Test
  void mistypedCheckOrProtocolId_suggestsIt() {
    oneLine(
        Run.of("list", "--failed", "NO_LIVE_AMO"),
        "unknown check id 'NO_LIVE_AMO'; did you mean NO_LIVE_AMMO?");
    oneLine(Run.of("protocols", "firearm"), "did you mean firearms?");
  }

  @Test
  void mistypedIncidentId_suggestsIt() {
    oneLine(Run.of("show", "rusty"), "no incident matches 'rusty'; did you mean: RUST_2021?");
  }

  @Test
  void mistypedRole_suggestsIt_andBritishSpellingIsTaken() {
    oneLine(Run.of("list", "--role", "armrer"), "unknown role 'armrer'; did you mean armorer?");
    Run british = Run.of("list", "--role", "armourer");
    assertThat(british.exit()).as(british.err()).isZero();
    assertThat(british.out()).isEqualTo(Run.of("list", "--role", "armorer").out());
  }

  @Test
  void editDistance_countsASwapAsOneEdit_andClosestPutsTheNearestFirst() {
    assertThat(EditDistance.between("form", "from")).isEqualTo(1);
    assertThat(EditDistance.between("form", "format")).isEqualTo(2);
    assertThat(EditDistance.closest("--form", List.of("--format", "--from", "--failed"), 3))
        .containsExactly("--from", "--format");
    assertThat(EditDistance.closest("zzz", List.of("list", "show"), 3)).isEmpty();
  }

  @Test
  void aDateWrittenAnotherWay_namesDateFormat(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path log =
        java.nio.file.Files.writeString(
            dir.resolve("log.csv"),
            "id,title,production,date,category,activity,severity,fatalities\n"
                + "NM-1,Sandbag slipped,P,March 3,rigging_equipment,take,near_miss,0\n");
    Run r = Run.of("validate", log.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("date: 'March 3' is not a date")
        .contains("\"dateFormat\" in its mapping")
        .contains("--date-format");
  }
}
