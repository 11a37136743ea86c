package org.setsafe.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The CSV reader against a reference: for any table of fields (commas, quotes, line breaks, spaces,
 * non-ASCII text, empty cells), written out as RFC 4180 text with either line ending and with or
 * without a byte-order mark, {@link CsvInput} reads back every row's fields (stripped) and the line
 * the row starts on, skips the rows whose cells are all empty and counts them, and parses ahead on
 * a second thread to exactly the same result.
 */
class CsvInput_PropertiesTest {
  private static Path dir;

  @BeforeContainer
  static void makeFolder() throws IOException {
    dir = Files.createTempDirectory("setsafe-csv-properties");
  }

  @AfterContainer
  static void removeFolder() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  /**
   * A CSV text as a writer would produce it, and the table it holds: values separated by {@code
   * sep}, a comma or (as spreadsheets write CSV in many countries) a semicolon or a tab.
   */
  record CsvText(
      List<List<String>> rows, String lineEnd, boolean bom, boolean endsWithLineEnd, char sep) {
    String render() {
      StringBuilder b = new StringBuilder(bom ? "\uFEFF" : "");
      for (int r = 0; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          b.append(c == 0 ? "" : String.valueOf(sep)).append(field(row.get(c)));
        }
        if (r < rows.size() - 1 || endsWithLineEnd) {
          b.append(lineEnd);
        }
      }
      return b.toString();
    }

    private String field(String v) {
      boolean quote =
          v.indexOf(sep) >= 0
              || v.indexOf('"') >= 0
              || v.indexOf('\n') >= 0
              || v.indexOf('\r') >= 0
              // with another separator, a writer quotes the other separators too
              || (sep != ','
                  && (v.indexOf(',') >= 0 || v.indexOf(';') >= 0 || v.indexOf('\t') >= 0));
      return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /**
     * Whether the header line (the first with text) shows {@code sep} as the separator: a comma
     * file whose only column's name holds a tab or a semicolon reads as separated by it, which the
     * separator property covers; such tables are left out of the others.
     */
    boolean headerShowsItsSeparator() {
      for (String line : render().replace("\uFEFF", "").split("\r\n|\n", -1)) {
        if (line.isBlank()) {
          continue;
        }
        String outside = line.replaceAll("\"[^\"]*\"", "");
        boolean other = outside.indexOf(';') >= 0 || outside.indexOf('\t') >= 0;
        return sep != ',' || outside.indexOf(',') >= 0 || !other;
      }
      return true;
    }

    /** What a reader must give: the reference parse of {@link #render}. */
    Expected expected() {
      List<String> read = new ArrayList<>();
      List<String> header = null;
      long blank = 0;
      long line = 1;
      for (int r = 0; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        List<String> values = row.stream().map(String::strip).toList();
        boolean allEmpty = values.stream().allMatch(String::isEmpty);
        // a last row of one empty field with nothing after it is no row at all
        boolean exists = !(r == rows.size() - 1 && !endsWithLineEnd && row.equals(List.of("")));
        if (exists) {
          if (header == null) {
            if (!allEmpty) {
              header = values;
            }
          } else if (allEmpty) {
            blank++;
          } else {
            read.add(line + ":" + values);
          }
        }
        for (String v : row) {
          line += v.split("\r\n|\n", -1).length - 1;
        }
        line++;
      }
      return new Expected(header == null ? List.of() : header, read, blank);
    }
  }

  record Expected(List<String> header, List<String> rows, long blank) {}

  @Provide
  Arbitrary<CsvText> csvTexts() {
    return tables(1, ',').filter(CsvText::headerShowsItsSeparator);
  }

  @Provide
  Arbitrary<CsvText> otherSeparators() {
    return Arbitraries.of(';', '\t').flatMap(sep -> tables(2, sep));
  }

  private static Arbitrary<CsvText> tables(int minWidth, char sep) {
    Arbitrary<String> field =
        Arbitraries.oneOf(
            Arbitraries.of("", " ", "a", "NO_LIVE_AMMO", "2024-03-12", "near_miss"),
            Arbitraries.strings()
                .withChars("ab ,\"\n\té-")
                .withChars('\u00e9', '\u4e2d')
                .ofMaxLength(12),
            Arbitraries.strings()
                .withChars("x\r\n")
                .ofMaxLength(4)
                .map(s -> s.replace("\r", "\r\n")),
            Arbitraries.strings().alpha().numeric().ofMaxLength(8));
    return Arbitraries.integers()
        .between(minWidth, 6)
        .flatMap(
            width -> {
              Arbitrary<List<String>> row = field.list().ofSize(width);
              return Combinators.combine(
                      // the fields' edge cases are tried inside random tables, not as tables of
                      // their own: their combinations would outnumber the tries
                      row.list().ofMinSize(1).ofMaxSize(12).withoutEdgeCases(),
                      Arbitraries.of("\n", "\r\n"),
                      Arbitraries.of(false, true),
                      Arbitraries.of(false, true))
                  .as((rows, end, bom, ends) -> new CsvText(rows, end, bom, ends, sep));
            });
  }

  private static Expected read(CsvText csv, long readAheadFrom) {
    Path file = dir.resolve("t" + System.nanoTime() + ".csv");
    try {
      Files.writeString(file, csv.render(), StandardCharsets.UTF_8);
      Diagnostics problems = new Diagnostics();
      List<String> rows = new ArrayList<>();
      try (CsvInput in =
          CsvInput.open(file, "t.csv", StandardCharsets.UTF_8, problems, readAheadFrom)) {
        for (RawRow r = in.next(); r != null; r = in.next()) {
          rows.add(r.line() + ":" + Arrays.asList(r.values()));
        }
        assertThat(problems.list()).isEmpty();
        assertThat(in.failed()).isFalse();
        return new Expected(in.header(), rows, in.blankRows());
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property(tries = 300)
  void anyTable_readsBackEveryFieldAndTheLineEachRowStartsOn(@ForAll("csvTexts") CsvText csv) {
    assertThat(read(csv, Long.MAX_VALUE)).isEqualTo(csv.expected());
  }

  @Property(tries = 200)
  void semicolonOrTabSeparatedTables_readBackTheSame(@ForAll("otherSeparators") CsvText csv) {
    assertThat(read(csv, Long.MAX_VALUE)).isEqualTo(csv.expected());
  }

  @Property(tries = 60)
  void parsingAhead_givesWhatParsingOnTheCallersThreadGives(@ForAll("csvTexts") CsvText csv) {
    // many copies of the rows, so that the second thread hands over several batches
    List<List<String>> many = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      many.addAll(csv.rows());
    }
    CsvText big = new CsvText(many, csv.lineEnd(), csv.bom(), true, csv.sep());

    assertThat(read(big, 0)).isEqualTo(read(big, Long.MAX_VALUE)).isEqualTo(big.expected());
  }
}
