package org.setsafe.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;

/** The one wording of how often a check failed, and of the most failed check or checks. */
class CheckStats_SentenceTest {
  private static final IncidentRecord ANY = Ingest.reference().records().get(0);

  private static CheckStats stats(String checkId, int failed, int passed) {
    CheckStats s = new CheckStats(checkId, ProtocolCatalog.bundled().check(checkId).orElse(null));
    String id = ANY.incident().id();
    for (int i = 0; i < failed; i++) {
      s.add(
          ANY,
          CheckResult.of(id, checkId, i % 2 == 0 ? CheckStatus.FAILED : CheckStatus.NOT_PERFORMED));
    }
    for (int i = 0; i < passed; i++) {
      s.add(ANY, CheckResult.of(id, checkId, CheckStatus.PASSED));
    }
    return s;
  }

  @Test
  void failedIn_givesTheShare_whereEnoughWereAssessedAndOnePassed() {
    assertThat(stats("NO_LIVE_AMMO", 3, 5).failedIn())
        .isEqualTo("failed in 3 of 8 incidents where assessed (38%)");
  }

  @Test
  void failedIn_saysWhyThereIsNoShare() {
    assertThat(stats("NO_LIVE_AMMO", 4, 0).failedIn())
        .isEqualTo("failed in 4 incident(s); only failures are recorded for it, so no share");
    assertThat(stats("NO_LIVE_AMMO", 2, 1).failedIn())
        .isEqualTo("failed in 2 of 3 incidents where assessed (n < 5, so no share)");
  }

  @Test
  void mostFailed_namesTheLeader_withItsTitleIdAndShare() {
    CheckStats top = stats("NO_LIVE_AMMO", 6, 5);

    assertThat(CheckStats.mostFailed(List.of(top, stats("SAFETY_MEETING", 2, 9))))
        .isEqualTo(
            "most failed check: "
                + top.title()
                + " (NO_LIVE_AMMO), failed in 6 of 11 incidents where assessed (55%)");
    assertThat(top.title()).isNotEqualTo("NO_LIVE_AMMO"); // the protocols' title, not the id
  }

  @Test
  void mostFailed_namesThreeOfTheTied_andCountsTheRest() {
    List<CheckStats> tied =
        List.of(
            stats("AAA", 2, 0),
            stats("BBB", 2, 0),
            stats("CCC", 2, 0),
            stats("DDD", 2, 0),
            stats("EEE", 1, 0));

    assertThat(CheckStats.mostFailed(tied))
        .isEqualTo(
            "most failed checks, 4 tied at 2 failed incident(s) each: AAA (AAA); BBB (BBB);"
                + " CCC (CCC); and 1 more on Check failures");
    assertThat(CheckStats.mostFailed(tied.subList(1, 3)))
        .isEqualTo("most failed checks, 2 tied at 2 failed incident(s) each: BBB (BBB); CCC (CCC)");
  }
}
