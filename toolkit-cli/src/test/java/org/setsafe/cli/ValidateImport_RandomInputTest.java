package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Whatever bytes a file holds, validate and import end with exit 0 or 1, one of setsafe's own
 * messages and no uncaught exception, and they end: random bytes, and random CSV-shaped text (a
 * real header, then rows of fields with quotes, commas, line breaks, control characters, byte-order
 * marks and odd digits).
 */
class ValidateImport_RandomInputTest {
  private static final ExecutorService RUNNER =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "property-run");
            t.setDaemon(true);
            return t;
          });

  private static final String HEADER =
      "id,title,production,date,category,activity,severity,fatalities,injuries,summary\n";

  @AfterContainer
  static void stop() {
    RUNNER.shutdownNow();
  }

  /** Runs setsafe, failing when it does not end within a minute (a hang). */
  private static Run run(String... args) throws Exception {
    Future<Run> f = RUNNER.submit(() -> Run.of(args));
    try {
      return f.get(60, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new AssertionError("setsafe " + String.join(" ", args) + " did not end", e);
    }
  }

  private static void check(byte[] content) throws Exception {
    Path dir = Files.createTempDirectory("setsafe-property");
    try {
      Path file = dir.resolve("log.csv");
      Files.write(file, content);

      Run validate = run("validate", file.toString());
      Run imported = run("import", "-q", file.toString(), "--into", dir.resolve("ds").toString());

      for (Run r : List.of(validate, imported)) {
        assertThat(r.exit()).as(r.out() + r.err()).isIn(0, 1);
        assertThat(r.err()).doesNotContain("internal error", "Exception", "\tat ");
      }
    } finally {
      try (var s = Files.walk(dir)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Property(tries = 40)
  void randomBytes_exit0or1(@ForAll("bytes") byte[] content) throws Exception {
    check(content);
  }

  @Property(tries = 70)
  void csvShapedText_exit0or1(@ForAll("csv") String text) throws Exception {
    check(text.getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(4_000);
  }

  @Provide
  Arbitrary<String> csv() {
    Arbitrary<String> field =
        Arbitraries.oneOf(
            Arbitraries.of(
                "DT-1",
                "DT-2",
                "2024-03-01",
                "2030-01-01",
                "9999-01-01",
                "firearm",
                "take",
                "near_miss",
                "injury",
                "fatal",
                "0",
                "1",
                "2.00",
                "1e3",
                "\u0663",
                "-1",
                "2147483648",
                "\"quoted, with comma\"",
                "\"unclosed",
                "\"a\"b",
                "\"\"",
                "\ufeffDT-3",
                "\u001b[31m",
                "\u0000",
                "\r",
                "\n",
                " "),
            Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12),
            Arbitraries.strings().all().ofMaxLength(6));
    Arbitrary<String> row = field.list().ofMaxSize(12).map(l -> String.join(",", l));
    return row.list().ofMaxSize(15).map(rows -> HEADER + String.join("\n", rows) + "\n");
  }
}
