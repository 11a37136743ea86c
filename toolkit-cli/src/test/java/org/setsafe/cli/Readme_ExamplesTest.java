package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.data.BundledData;
import picocli.CommandLine;

/**
 * Runs every {@code $ ./setsafe ...} example of the README, in order, and compares what it prints
 * with the README's output block, so that the README cannot drift from the program.
 *
 * <p>The examples run in-process through the command line of {@link Main}, in one temporary folder
 * that stands for the checkout: it holds a copy of {@code data/} (from the classpath), and the
 * examples' relative paths are read and written there, in the README's order (so one example may
 * read what an earlier one wrote). Standard output and standard error are captured together, as a
 * terminal shows them; the folder's own name is taken out of the output. An example that exits 3
 * (internal error) fails whatever its output.
 *
 * <p>Output blocks may leave parts out, and say so: a line {@code ...} stands for any lines, {@code
 * [..]} for any text within a line (see {@link ElidedOutput}).
 *
 * <p>Update mode: {@code mvn -B -ntp -q -pl toolkit-cli -am test -Dtest=Readme_ExamplesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dsetsafe.readme.update=true} rewrites the output blocks
 * that no longer match from the real output, keeping each block's elisions: an excerpt between
 * {@code ...} lines stays where it still matches, or is found again by a line of it that the output
 * still shows once; an excerpt that cannot be found is not guessed at, its example fails and its
 * block is left for a hand edit. Blocks that match are never touched. Review the change with {@code
 * git diff README.md}.
 *
 * <p>A workbook's Summary shown in the README: a line {@code <!-- the Summary sheet of
 * reports/NAME.xlsx -->} before an output block says that the block is the text of that workbook's
 * Summary (written by an example above it), one line per row, cells joined by {@code " | "}; it is
 * compared (and updated) like an example's output.
 */
class Readme_ExamplesTest {
  /** The README, given by the build (surefire's {@code setsafe.readme}). */
  private static final Path README =
      Path.of(System.getProperty("setsafe.readme", "../README.md")).toAbsolutePath().normalize();

  private static final boolean UPDATE = Boolean.getBoolean("setsafe.readme.update");

  @TempDir static Path checkout;

  private static final List<String> readme = new ArrayList<>();
  private static final List<ReadmeExamples.Example> examples = new ArrayList<>();
  private static final List<List<String>> outputs = new ArrayList<>();

  @TestFactory
  Stream<DynamicTest> everyExample_printsWhatTheReadmeShows() throws IOException {
    readme.addAll(Files.readAllLines(README, StandardCharsets.UTF_8));
    examples.addAll(ReadmeExamples.parse(readme));
    assertThat(examples).as("$ ./setsafe examples in " + README).isNotEmpty();
    copyBundledData(checkout.resolve("data"));
    // the redaction key of the --redact examples, in the checkout rather than the home folder
    System.setProperty(RedactOption.KEY_PROPERTY, checkout.resolve(".redaction-key").toString());
    for (ReadmeExamples.Example e : examples) {
      outputs.add(e.expected(readme));
    }
    Stream<DynamicTest> runs =
        examples.stream()
            .map(e -> DynamicTest.dynamicTest(e.name(), () -> check(examples.indexOf(e))));
    Stream<DynamicTest> summaries =
        summaryBlocks(readme).stream()
            .map(
                at ->
                    DynamicTest.dynamicTest(
                        readme.get(at), () -> checkSummary(readme.get(at), at + 1)));
    return Stream.concat(runs, summaries);
  }

  static final String SUMMARY_MARK = "<!-- the Summary sheet of ";

  private static final java.util.Map<Integer, List<String>> summaryOutputs =
      new java.util.TreeMap<>();

  /** The lines of the README that mark a Summary block. */
  static List<Integer> summaryBlocks(List<String> lines) {
    List<Integer> at = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      if (lines.get(k).startsWith(SUMMARY_MARK)) {
        at.add(k);
      }
    }
    return at;
  }

  /** The block's lines after the fence at {@code fence}, up to the closing fence. */
  private static List<String> block(List<String> lines, int fence) {
    List<String> out = new ArrayList<>();
    for (int k = fence + 1; k < lines.size() && !lines.get(k).startsWith("```"); k++) {
      out.add(lines.get(k));
    }
    return out;
  }

  /** The Summary sheet's text: each row with text, its cells joined by {@code " | "}. */
  static List<String> summaryText(Path workbook) throws IOException {
    List<String> out = new ArrayList<>();
    org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
    try (var in = Files.newInputStream(workbook);
        var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      for (org.apache.poi.ss.usermodel.Row row : wb.getSheet("Summary")) {
        List<String> cells = new ArrayList<>();
        for (org.apache.poi.ss.usermodel.Cell c : row) {
          String v = f.formatCellValue(c).strip();
          if (!v.isEmpty()) {
            cells.add(v);
          }
        }
        if (!cells.isEmpty()) {
          out.add(String.join(" | ", cells));
        }
      }
    }
    return out;
  }

  private static void checkSummary(String mark, int fence) throws IOException {
    String name = mark.substring(SUMMARY_MARK.length()).replace("-->", "").strip();
    Path workbook = checkout.resolve(name);
    assertThat(workbook).as(mark + ": written by an example above it").exists();
    assertThat(readme.get(fence)).as(mark + ": an output block follows").startsWith("```");
    List<String> expected = block(readme, fence);
    List<String> actual = summaryText(workbook);
    if (ElidedOutput.matches(expected, actual)) {
      return;
    }
    List<String> updated;
    try {
      updated = ElidedOutput.update(expected, actual);
    } catch (ElidedOutput.Unplaced u) {
      fail(mark + ": " + u.getMessage() + ".\n" + Diff.lines(expected, actual));
      return;
    }
    if (UPDATE) {
      summaryOutputs.put(fence, updated);
      return;
    }
    fail(
        mark
            + ": the workbook's Summary says something else than the README shows.\n"
            + Diff.lines(expected, updated)
            + "\nIf the new text is right, rewrite with -Dsetsafe.readme.update=true.");
  }

  private static void check(int k) {
    ReadmeExamples.Example e = examples.get(k);
    Result r = run(checkout, e.args());
    List<String> expected = e.expected(readme);
    List<String> actual = r.output().lines().toList();
    if (r.exit() == ExitCode.INTERNAL) {
      fail(e.name() + "\nexited 3 (internal error):\n" + r.output());
    }
    if (ElidedOutput.matches(expected, actual)) {
      return;
    }
    List<String> updated;
    try {
      updated = ElidedOutput.update(expected, actual);
    } catch (ElidedOutput.Unplaced u) {
      fail(
          e.name()
              + " (exit "
              + r.exit()
              + ") printed something else than the README shows, and "
              + u.getMessage()
              + ".\n"
              + Diff.lines(expected, actual));
      return;
    }
    if (UPDATE) {
      outputs.set(k, updated);
      return;
    }
    fail(
        e.name()
            + " (exit "
            + r.exit()
            + ") printed something else than the README shows.\n"
            + Diff.lines(expected, updated)
            + "\nIf the new output is right, rewrite the README's output blocks with"
            + " -Dsetsafe.readme.update=true (see Readme_ExamplesTest) and review git diff.");
  }

  @AfterAll
  static void rewriteReadme() throws IOException {
    if (!UPDATE || examples.isEmpty()) {
      return;
    }
    List<String> updated = ReadmeExamples.withOutputs(readme, examples, outputs);
    if (!summaryOutputs.isEmpty()) {
      // the Summary blocks, found again by their marks (example blocks above may have changed)
      List<Integer> before = summaryBlocks(readme);
      List<Integer> after = summaryBlocks(updated);
      for (int i = after.size() - 1; i >= 0; i--) {
        List<String> text = summaryOutputs.get(before.get(i) + 1);
        if (text == null) {
          continue;
        }
        int fence = after.get(i) + 1;
        int end = fence + 1 + block(updated, fence).size();
        List<String> next = new ArrayList<>(updated.subList(0, fence + 1));
        next.addAll(text);
        next.addAll(updated.subList(end, updated.size()));
        updated = next;
      }
    }
    if (!updated.equals(readme)) {
      Files.write(README, updated, StandardCharsets.UTF_8);
      System.err.println("Readme_ExamplesTest: rewrote the output blocks of " + README);
    }
  }

  /** What an example printed (standard output and error, in order) and its exit code. */
  record Result(int exit, String output) {}

  /**
   * Runs setsafe with {@code args} as if started in {@code folder}: relative paths are resolved
   * there, and the folder's name is taken out of the output.
   */
  static Result run(Path folder, List<String> args) {
    String[] argv = args.toArray(String[]::new);
    // the README's examples run from the checkout, where the launcher sends reports to reports/
    String before = System.setProperty("setsafe.reports", "reports");
    try {
      return runHere(folder, argv);
    } finally {
      if (before == null) {
        System.clearProperty("setsafe.reports");
      } else {
        System.setProperty("setsafe.reports", before);
      }
    }
  }

  private static Result runHere(Path folder, String[] argv) {
    CommandLine cl = Main.commandLine(argv);
    cl.registerConverter(Path.class, s -> inFolder(folder, s));
    StringWriter text = new StringWriter();
    PrintWriter both = new PrintWriter(text, true);
    cl.setOut(both);
    cl.setErr(both);
    int exit = cl.execute(argv);
    both.flush();
    String output = text.toString();
    for (Path f : List.of(realPath(folder), folder.toAbsolutePath())) {
      output = output.replace(f + f.getFileSystem().getSeparator(), "").replace(f.toString(), ".");
    }
    return new Result(exit, output);
  }

  /**
   * A path argument as the shell would give it from {@code folder}: relative paths resolve there,
   * except a bare name that is no file there but names a mapping shipped with setsafe ({@code
   * --mapping osha-severe-injury}), which setsafe finds itself.
   */
  private static Path inFolder(Path folder, String arg) {
    Path p = Path.of(arg);
    if (p.isAbsolute()) {
      return p;
    }
    Path there = folder.resolve(p);
    if (p.getNameCount() == 1 && !arg.contains(".") && !Files.exists(there)) {
      try {
        BundledData.path("mappings/" + arg + ".json");
        return p;
      } catch (IllegalStateException notBundled) {
        return there;
      }
    }
    return there;
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies setsafe's bundled {@code data/} folder (reference, protocols, mappings, examples). */
  private static void copyBundledData(Path target) throws IOException {
    Path root = BundledData.path("reference").getParent();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path to = target;
        for (Path name : root.relativize(p)) {
          to = to.resolve(name.toString());
        }
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
  }
}
