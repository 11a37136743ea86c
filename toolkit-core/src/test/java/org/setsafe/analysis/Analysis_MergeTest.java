package org.setsafe.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;

/** Analyses of parts merge into the analysis of the whole, whatever the order of the records. */
class Analysis_MergeTest {
  private static final List<IncidentRecord> RECORDS = Ingest.reference().records();

  private static Analysis analyse(List<IncidentRecord> records) {
    Analysis a = new Analysis(ProtocolCatalog.bundled());
    records.forEach(a);
    return a;
  }

  @Test
  void twoHalvesMerged_equalTheWhole() {
    int half = RECORDS.size() / 2;
    Analysis merged =
        analyse(RECORDS.subList(0, half)).merge(analyse(RECORDS.subList(half, RECORDS.size())));

    assertThat(Snapshot.of(merged)).isEqualTo(Snapshot.of(analyse(RECORDS)));
  }

  @Test
  void shuffledOrder_givesTheSameAnalysis() {
    String whole = Snapshot.of(analyse(RECORDS));
    for (long seed = 1; seed <= 5; seed++) {
      List<IncidentRecord> shuffled = new ArrayList<>(RECORDS);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(Snapshot.of(analyse(shuffled))).as("seed %d", seed).isEqualTo(whole);
    }
  }

  @Test
  void mergingShuffledThirds_inAnyOrder_equalsTheWhole() {
    List<IncidentRecord> shuffled = new ArrayList<>(RECORDS);
    Collections.shuffle(shuffled, new Random(42));
    int third = shuffled.size() / 3;
    Analysis a = analyse(shuffled.subList(0, third));
    Analysis b = analyse(shuffled.subList(third, 2 * third));
    Analysis c = analyse(shuffled.subList(2 * third, shuffled.size()));

    assertThat(Snapshot.of(c.merge(a).merge(b))).isEqualTo(Snapshot.of(analyse(RECORDS)));
  }

  @Test
  void productionBreakdowns_ofAGeneratedLog_mergeInAnyOrder(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    java.nio.file.Path log = dir.resolve("log.csv");
    new org.setsafe.synth.LogGenerator(ProtocolCatalog.bundled(), 600, 3, 0).writeTo(log);
    List<IncidentRecord> records = new ArrayList<>();
    new Ingest(org.setsafe.mapping.ImportOptions.DEFAULT, ProtocolCatalog.bundled())
        .read(List.of(log), new org.setsafe.read.Diagnostics(), records::add);
    Analysis whole = analyse(records);
    List<IncidentRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(7));
    int third = shuffled.size() / 3;
    Analysis merged =
        analyse(shuffled.subList(2 * third, shuffled.size()))
            .merge(analyse(shuffled.subList(0, third)))
            .merge(analyse(shuffled.subList(third, 2 * third)));

    assertThat(whole.byDepartment().size()).isGreaterThan(5);
    assertThat(whole.byMonth()).isNotEmpty();
    assertThat(Snapshot.of(merged)).isEqualTo(Snapshot.of(whole));
  }

  @Test
  void idSample_keepsTheSmallestIds_soMergeOrderDoesNotMatter() {
    IdSample forward = new IdSample();
    IdSample backward = new IdSample();
    for (int i = 0; i < 120; i++) {
      forward.add(String.format("ID-%03d", i));
      backward.add(String.format("ID-%03d", 119 - i));
    }

    assertThat(forward.ids())
        .isEqualTo(backward.ids())
        .hasSize(IdSample.LIMIT)
        .startsWith("ID-000")
        .endsWith(String.format("ID-%03d", IdSample.LIMIT - 1));
    assertThat(forward.cut()).isTrue();
    assertThat(forward.describe()).endsWith("(first " + IdSample.LIMIT + " by id shown)");
    assertThat(forward.count()).isEqualTo(120);
  }
}
