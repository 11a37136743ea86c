package org.setsafe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.setsafe.io.FolderLock;
import org.setsafe.io.Moments;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.IngestListener;
import org.setsafe.synth.LogGenerator;

/**
 * Two imports into one dataset folder at the same moment: the second is refused while the first
 * holds the folder, whatever the moment of the first's run it comes at (the moments of {@link
 * Moments}, not timers), and nothing of either is lost: the first completes, the second, run again,
 * adds its incidents to the first's.
 */
class Importer_ConcurrentTest {
  private static final int TRIALS_PER_MOMENT = 8;
  private static final long ROWS_A = 1_100; // past Moments' thousand rows read

  @TempDir static Path logs;
  private static Path logA;
  private static Path logB;

  @BeforeAll
  static void logs() throws IOException {
    logA = logs.resolve("a.csv");
    new LogGenerator(ProtocolCatalog.bundled(), ROWS_A, 11, 0).writeTo(logA);
    Path raw = logs.resolve("b-raw.csv");
    new LogGenerator(ProtocolCatalog.bundled(), 40, 12, 0).writeTo(raw);
    // ids of its own, so that B's incidents add to A's
    logB = logs.resolve("b.csv");
    Files.writeString(
        logB,
        Files.readString(raw, StandardCharsets.UTF_8).replace("SYN-", "OTH-"),
        StandardCharsets.UTF_8);
  }

  @AfterEach
  void unwatch() {
    Moments.watch(null);
  }

  private static Importer.Result importing(Path log, Path folder) {
    return new Importer(ImportOptions.DEFAULT, ProtocolCatalog.bundled())
        .run(List.of(log), folder, false, IngestListener.of(d -> {}));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        Moments.LOCKED,
        Moments.READ_ROWS,
        Moments.SWITCH_READY,
        Moments.SWITCH_MOVING,
        Moments.SWITCH_DONE
      })
  void aSecondImport_atAnyMomentOfTheFirst_isRefused_andNothingIsLost(
      String moment, @TempDir Path dir) throws Exception {
    for (int trial = 0; trial < TRIALS_PER_MOMENT; trial++) {
      Path folder = dir.resolve("ds-" + trial);
      Thread[] first = new Thread[1];
      AtomicReference<Throwable> second = new AtomicReference<>();
      boolean[] tried = {false};
      Moments.watch(
          m -> {
            if (Thread.currentThread() == first[0] && m.equals(moment) && !tried[0]) {
              tried[0] = true;
              // the second import, on a thread of its own, while the first waits at its moment
              second.set(
                  CompletableFuture.supplyAsync(
                          () -> {
                            try {
                              importing(logB, folder);
                              return (Throwable) null;
                            } catch (RuntimeException e) {
                              return e;
                            }
                          })
                      .join());
            }
          });
      AtomicReference<Importer.Result> a = new AtomicReference<>();
      first[0] = new Thread(() -> a.set(importing(logA, folder)), "first-import");
      first[0].start();
      first[0].join();
      Moments.watch(null);

      assertThat(tried[0]).as("trial %d reached %s", trial, moment).isTrue();
      assertThat(a.get()).as("the first import completes").isNotNull();
      assertThat(a.get().incidentsNow()).isEqualTo(ROWS_A);
      assertThat(second.get())
          .as("trial %d at %s", trial, moment)
          .isInstanceOf(FolderLock.InUse.class)
          .hasMessageContaining("is in use by another setsafe run")
          .hasMessageContaining("setsafe import, process");

      Importer.Result b = importing(logB, folder);
      assertThat(b.incidentsNow()).as("both imports' incidents").isEqualTo(ROWS_A + 40);
      assertThat(b.keptFromBefore()).isEqualTo(ROWS_A);
    }
  }
}
