package org.setsafe.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.ingest.Ingest;
import org.setsafe.ingest.IngestResult;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.Category;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Severity;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;
import org.setsafe.read.Diagnostics;

/**
 * A generated log read back through ingest: it is valid, plausible, and its faults are exactly
 * rejected.
 */
class LogGenerator_ReadBackTest {
  private static final ProtocolCatalog CATALOG = ProtocolCatalog.bundled();

  private record Read(
      GeneratedLog log,
      List<IncidentRecord> records,
      Diagnostics problems,
      IngestResult result,
      String text) {}

  private static Read generateAndRead(Path dir, long rows, long seed, double dirty)
      throws IOException {
    Path file = dir.resolve("log.csv");
    GeneratedLog log = new LogGenerator(CATALOG, rows, seed, dirty).writeTo(file);
    List<IncidentRecord> records = new ArrayList<>();
    Diagnostics problems = new Diagnostics(100);
    IngestResult result =
        new Ingest(ImportOptions.DEFAULT, CATALOG).read(List.of(file), problems, records::add);
    return new Read(log, records, problems, result, Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void cleanLog_readsWithoutAProblem(@TempDir Path dir) throws IOException {
    Read r = generateAndRead(dir, 20_000, 3, 0);

    assertThat(r.problems().list()).isEmpty();
    assertThat(r.result().read()).isEqualTo(20_000);
    assertThat(r.result().imported()).isEqualTo(20_000);
    assertThat(r.log().faultyRows()).isZero();
    assertThat(r.log().lines()).isEqualTo(r.text().chars().filter(c -> c == '\n').count());
  }

  @Test
  void header_isTheIncidentFieldsThenEveryCheckOfTheCatalogue() {
    List<String> header = new LogGenerator(CATALOG, 0, 1, 0).header();

    assertThat(header.subList(0, 14))
        .containsExactly(
            "id",
            "title",
            "production",
            "date",
            "location",
            "department",
            "jurisdiction",
            "category",
            "activity",
            "severity",
            "fatalities",
            "injuries",
            "summary",
            "note");
    assertThat(header.subList(14, header.size()))
        .containsExactlyElementsOf(CATALOG.checks().stream().map(ProtocolCheck::id).toList());
  }

  @Test
  void dirtyLog_rejectsExactlyTheFaultyRows_andHasEveryKindOfFault(@TempDir Path dir)
      throws IOException {
    Read r = generateAndRead(dir, 20_000, 11, 0.1);

    assertThat(r.log().faultyRows()).isBetween(1_600L, 2_400L);
    assertThat(r.log().faults().keySet()).containsExactlyInAnyOrder(Fault.values());
    assertThat(r.log().faults().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(r.log().faultyRows());
    assertThat(r.result().read()).isEqualTo(20_000);
    assertThat(r.result().rejected()).isEqualTo(r.log().faultyRows());
    assertThat(r.result().imported()).isEqualTo(r.log().validRows()).isEqualTo(r.records().size());
    assertThat(r.result().files().get(0).stoppedEarly()).isFalse();
    assertThat(r.problems().list())
        .extracting(Object::toString)
        .anySatisfy(d -> assertThat(d).contains("duplicate id"))
        .anySatisfy(d -> assertThat(d).contains("row has"));
  }

  @Test
  void cleanLog_looksLikeAPooledLog(@TempDir Path dir) throws IOException {
    Read r = generateAndRead(dir, 20_000, 5, 0);
    Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
    Set<String> productions = new HashSet<>();
    Set<Integer> years = new HashSet<>();
    long firearmChecksOnFirearm = 0;
    long firearmChecksElsewhere = 0;
    long failed = 0;
    long assessed = 0;
    Set<String> firearmIds = new HashSet<>();
    CATALOG.protocol("firearms").ifPresent(p -> p.checks().forEach(c -> firearmIds.add(c.id())));
    for (IncidentRecord rec : r.records()) {
      severities.merge(rec.incident().severity(), 1, Integer::sum);
      productions.add(rec.incident().production());
      years.add(rec.incident().date().year());
      for (CheckResult c : rec.checks()) {
        assessed++;
        failed += c.status() == CheckStatus.FAILED ? 1 : 0;
        if (firearmIds.contains(c.checkId())) {
          if (rec.incident().category() == Category.FIREARM) {
            firearmChecksOnFirearm++;
          } else {
            firearmChecksElsewhere++;
          }
        }
      }
    }

    assertThat(severities.get(Severity.NEAR_MISS)).isGreaterThan(r.records().size() / 2);
    assertThat(severities.get(Severity.INJURY))
        .isGreaterThan(severities.get(Severity.SERIOUS_INJURY));
    assertThat(severities.get(Severity.FATAL)).isPositive().isLessThan(r.records().size() / 100);
    assertThat(productions).hasSizeBetween(200, LogGenerator.PRODUCTIONS);
    assertThat(years).hasSizeGreaterThanOrEqualTo(LogGenerator.LAST_YEAR - LogGenerator.FIRST_YEAR);
    assertThat(firearmChecksOnFirearm).isGreaterThan(10 * firearmChecksElsewhere);
    assertThat((double) failed / assessed).isBetween(0.05, 0.5);
    assertThat(r.text())
        .contains("\"\"cold\"\"")
        .contains(",\"Exterior, ")
        .contains("\nFollow-up:");
  }
}
