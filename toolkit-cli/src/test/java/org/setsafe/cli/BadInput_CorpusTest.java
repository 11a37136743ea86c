package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.read.CsvInput;

/**
 * The bad-input corpus (src/test/resources/corpus, see its README): every case of cases.tsv run as
 * a user runs it, with its exit code and message; no case may print a stack trace or a control
 * character. Cases that need the file system or standard input are below.
 */
class BadInput_CorpusTest {
  @TempDir Path out;

  /** A command word {@code {copy}NAME} is a copy of the corpus's NAME, for commands that write. */
  private static final String COPY = "{copy}";

  private static Path corpus() {
    return Path.of(CliFixtures.path("corpus"));
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (String line : Files.readAllLines(corpus().resolve("cases.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      cases.add(Arguments.of("item " + f[0] + ": " + f[2], Integer.parseInt(f[1]), f[2], f[3]));
    }
    assertThat(cases).hasSizeGreaterThan(20);
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void corpusCase_exitsAndSaysWhatIsExpected(String name, int exit, String command, String expected)
      throws IOException {
    List<String> args = new ArrayList<>();
    for (String word : command.split(" ")) {
      Path file = corpus().resolve(word);
      args.add(
          word.contains("{corpus}")
              ? word.replace("{corpus}", corpus().toString())
              : word.startsWith(COPY)
                  ? copied(word.substring(COPY.length())).toString()
                  : word.contains("{out}")
                      ? word.replace("{out}", out.toString())
                      : Files.exists(file) || word.endsWith(".csv") ? file.toString() : word);
    }

    Run r = Run.of(args.toArray(new String[0]));

    String all = r.out() + r.err();
    assertThat(all).contains(expected);
    assertThat(r.exit()).as(all).isEqualTo(exit);
    assertThat(all).doesNotContain("Exception", "\tat ");
    assertThat(all.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x7F))
        .as("control characters in the output")
        .isEmpty();
  }

  /** Copies the corpus's file or folder {@code name} into the test's folder. */
  private Path copied(String name) throws IOException {
    Path from = corpus().resolve(name);
    Path to = out.resolve(name);
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
    return to;
  }

  @Test
  void symbolicLinkLoop_isNamedSo() throws IOException {
    Path a = out.resolve("a.csv");
    Path b = out.resolve("b.csv");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);

    Run r = Run.of("validate", a.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("a.csv: a loop of symbolic links");
  }

  @Test
  void aFileOfNuls_pastTheHeaderLimit_isAShortLocatedError() throws IOException {
    Path nuls = out.resolve("zeros.csv");
    try (OutputStream o = Files.newOutputStream(nuls)) {
      byte[] block = new byte[1 << 20];
      for (int i = 0; i <= CsvInput.MAX_ROW_CHARS >> 20; i++) {
        o.write(block);
      }
    }

    Run r = Run.of("validate", nuls.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("zeros.csv:1: the first row runs on past 4,194,304 characters without ending");
    assertThat(r.out().length()).isLessThan(1_000);
  }

  @Test
  void aHeaderValueOverTheLimit_isALocatedError_withoutEchoingIt() throws IOException {
    Path wide = out.resolve("wide-header.csv");
    Files.writeString(
        wide,
        "id," + "y".repeat(CsvInput.MAX_VALUE_CHARS + 1) + "\nDT-1,x\n",
        StandardCharsets.UTF_8);

    Run r = Run.of("validate", wide.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("wide-header.csv:1:2: a value of 1,048,577 characters; setsafe reads values of");
    assertThat(r.out().length()).isLessThan(1_000);
  }

  @Test
  void aMappingNested100000Deep_isALocatedError_exit1() throws IOException {
    Path deep = out.resolve("deep.json");
    Files.writeString(deep, "[".repeat(100_000), StandardCharsets.UTF_8);

    Run r =
        Run.of("validate", "-m", deep.toString(), corpus().resolve("mapped-log.csv").toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out() + r.err())
        .contains("deep.json:1:33: nested more than 32 levels deep")
        .doesNotContain("Exception");
  }

  @Test
  void devZero_endsWithTheSameError_notOutOfMemory() {
    Path zero = Path.of("/dev/zero");
    if (!Files.isReadable(zero)) {
      return; // not on this system
    }

    Run r = Run.of("validate", zero.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("the first row runs on past 4,194,304 characters");
  }

  @Test
  void standardInput_isReadAsAStream() {
    InputStream before = System.in;
    try {
      System.setIn(
          new ByteArrayInputStream(
              ("id,title,production,date,category,activity,severity,fatalities,injuries\n"
                      + "DT-1,Stdin,Dusty Trail,2024-03-01,firearm,take,near_miss,0,0\n")
                  .getBytes(StandardCharsets.UTF_8)));

      Run r = Run.of("validate", "-");

      assertThat(r.exit()).isEqualTo(0);
      assertThat(r.out()).contains("<stdin>: 1 row read, 1 ok, 0 rejected");
    } finally {
      System.setIn(before);
    }
  }
}
