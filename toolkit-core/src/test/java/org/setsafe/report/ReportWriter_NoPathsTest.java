package org.setsafe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.mapping.ImportOptions;

/**
 * A producer's workbook holds no local path and no command-line flag: the input sits under a folder
 * whose path is long and unusual (spaces, an ampersand, accents, quotes, a home-like prefix), and
 * every part of the unpacked workbook (cells, shared strings, headers and footers, properties) is
 * scanned for it.
 */
class ReportWriter_NoPathsTest {
  @TempDir static Path dir;

  static Path folder;
  static List<String> parts = new ArrayList<>();

  @BeforeAll
  static void write() throws IOException {
    folder =
        Files.createDirectories(
            dir.resolve("home")
                .resolve("j.o'brien & co")
                .resolve("Insurance claims — Dusty Trail (draft)")
                .resolve("2026 spring shoot, scanned logs; copy 3")
                .resolve("a-very-long-folder-name-that-no-cell-should-ever-repeat-0123456789"));
    Path log = folder.resolve("dusty-trail-log.csv");
    Files.copy(ReportWriter_InputsTest.EXAMPLE, log);
    Path plain = folder.resolve("plain log.csv");
    Files.writeString(
        plain,
        "id,title,production,date,category,activity,severity,fatalities\n"
            + "P-1,Ladder slipped,Plain,2026-03-02,fall_from_height,unknown,near_miss,0\n"
            + "P-2,bad row,Plain,2026-13-40,fall_from_height,unknown,near_miss,0\n");
    ReportResult example =
        new ReportWriter(Workbooks.options(folder.resolve("out")).build())
            .write(Workbooks.inputs(true, List.of(log), ReportWriter_InputsTest.EXAMPLE_MAPPING));
    ReportResult flat =
        new ReportWriter(Workbooks.options(folder.resolve("out2")).build())
            .write(Workbooks.inputs(true, List.of(plain), ImportOptions.DEFAULT));
    ReportResult history =
        new ReportWriter(Workbooks.options(folder.resolve("out3")).build())
            .write(ReportInputs.referenceOnly());
    for (ReportResult r : List.of(example, flat, history)) {
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(r.workbook().toFile())) {
        for (ZipEntry e : java.util.Collections.list(zip.entries())) {
          try (InputStream in = zip.getInputStream(e)) {
            parts.add(
                r.workbook().getFileName()
                    + "!"
                    + e.getName()
                    + "\n"
                    + new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    }
  }

  /** The folder as XML writes it: the ampersand and the apostrophe escaped or not. */
  private static List<String> spellings(String s) {
    return List.of(
        s,
        s.replace("&", "&amp;"),
        s.replace("&", "&amp;").replace("'", "&apos;"),
        s.replace("&", "&&"));
  }

  @Test
  void noPartOfAnyWorkbook_holdsTheInputsFolder() {
    assertThat(parts).hasSizeGreaterThan(30);
    for (String part : parts) {
      for (String f :
          List.of(folder.toString(), "a-very-long-folder-name-that-no-cell", dir.toString())) {
        for (String spelled : spellings(f)) {
          assertThat(part).as(part.substring(0, part.indexOf('\n'))).doesNotContain(spelled);
        }
      }
    }
  }

  @Test
  void noCellOfAnyWorkbook_holdsACommandLineFlag() {
    Pattern flag = Pattern.compile("(?<![\\w-])--[a-z][a-z-]+");
    for (String part : parts) {
      if (!part.substring(0, part.indexOf('\n')).endsWith(".xml")) {
        continue; // the chart images
      }
      Matcher m = flag.matcher(part);
      assertThat(m.find())
          .as("%s: %s", part.substring(0, part.indexOf('\n')), m.find(0) ? m.group() : "")
          .isFalse();
    }
  }
}
