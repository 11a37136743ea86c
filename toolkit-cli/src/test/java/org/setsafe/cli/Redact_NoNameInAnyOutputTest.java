package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code --redact}, no output of any command that prints or writes incidents holds a name,
 * number or place of the test log written for the purpose ({@code src/test/resources/redact/}, see
 * its README): not the terminal (standard output and error, every format), not a file written
 * (every entry of the workbook unpacked: cells, shared strings, comments, document properties,
 * drawings; every chart SVG; the ledger). Searched as text, every byte decoded, case ignored, each
 * name as a whole word.
 */
class Redact_NoNameInAnyOutputTest {
  /** Everything in the fixtures that identifies someone or something. */
  static final List<String> SECRETS =
      List.of(
          "Kay",
          "Alvarez",
          "Ben",
          "Okafor",
          "Dana",
          "Whitfield",
          "Priya",
          "Raman",
          "Tomás",
          "Ibarra",
          "Lou",
          "Brennan",
          "Marisol",
          "Quint",
          "Gus",
          "Handley",
          "Canyon Echo",
          "canyonecho",
          "Hollis Ranch",
          "Route 9",
          "Quarry Hill",
          "80412",
          "7ABC123",
          "GX-20931",
          "555-0142",
          "555 0199",
          "555.0177",
          "drive.example.com",
          "kay-alvarez",
          "dana-whitfield");

  @TempDir Path dir;
  Path key;
  String before;

  @BeforeEach
  void fixtures() throws IOException, URISyntaxException {
    Path from = Path.of(getClass().getResource("/redact").toURI());
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path to = dir.resolve("in").resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    Files.copy(
        org.setsafe.data.BundledData.path("examples/dusty-trail-assessment.csv"),
        dir.resolve("in/dusty-trail-assessment.csv"));
    key = dir.resolve("key");
    before = System.getProperty(RedactOption.KEY_PROPERTY);
    System.setProperty(RedactOption.KEY_PROPERTY, key.toString());
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(RedactOption.KEY_PROPERTY);
    } else {
      System.setProperty(RedactOption.KEY_PROPERTY, before);
    }
  }

  String log() {
    return dir.resolve("in/kay-alvarez-incidents.csv").toString();
  }

  String mapping() {
    return dir.resolve("in/kay-alvarez-incidents.mapping.json").toString();
  }

  String dataset() {
    return dir.resolve("in/dana-whitfield-dataset").toString();
  }

  /** Every command that prints or writes incidents, in every format, on both inputs. */
  List<String[]> commands() {
    Path out = dir.resolve("out");
    List<String[]> c = new ArrayList<>();
    for (String format : List.of("table", "json")) {
      c.add(a("list", "--format", format, "--redact", log(), "-m", mapping()));
      c.add(a("list", "--format", format, "--redact", dataset()));
      for (String id : List.of("CE-001", "CE-002", "CE-003", "CE-004", "CE-005")) {
        c.add(a("show", id, "--format", format, "--redact", "--in", log(), "-m", mapping()));
      }
      c.add(a("show", "CE-101", "--format", format, "--redact", "--in", dataset()));
      c.add(a("show", "CE-102", "--sources", "--format", format, "--redact", "--in", dataset()));
      c.add(a("compare", "CE-101", "CE-102", "--format", format, "--redact", "--in", dataset()));
      c.add(
          a(
              "compare",
              "CE-001",
              "CE-004",
              "CE-101",
              "--format",
              format,
              "--redact",
              "--in",
              dataset(),
              "--in",
              log(),
              "-m",
              mapping(),
              "-o",
              out.resolve(format + "-compare/compare.xlsx").toString()));
      c.add(a("precedents", "CE-101", "--format", format, "--redact", "--in", dataset()));
      c.add(a("precedents", "--log", log(), "-m", mapping(), "--format", format, "--redact"));
      c.add(
          a(
              "report",
              "--format",
              format,
              "--redact",
              log(),
              "-m",
              mapping(),
              "--prepared-by",
              "Dana Whitfield",
              "-o",
              out.resolve(format + "-log/report.xlsx").toString()));
      c.add(
          a(
              "report",
              "--format",
              format,
              "--redact",
              dataset(),
              log(),
              "-m",
              mapping(),
              "-o",
              out.resolve(format + "-both/report.xlsx").toString()));
    }
    // a real file: the bundled data may be inside the jar
    String assessment = dir.resolve("in/dusty-trail-assessment.csv").toString();
    for (String format : List.of("table", "json", "csv")) {
      c.add(
          a(
              "risk",
              "check",
              assessment,
              "--log",
              log(),
              "--log-mapping",
              mapping(),
              "--format",
              format,
              "--redact",
              "-o",
              out.resolve(format + "-risk/review.xlsx").toString()));
    }
    for (String format : List.of("table", "json", "csv")) {
      c.add(a("actions", "--format", format, "--redact", log(), "-m", mapping()));
      c.add(a("actions", "--format", format, "--redact", dataset()));
      c.add(a("suggest", "--format", format, "--redact", log(), "-m", mapping()));
      c.add(a("suggest", "--format", format, "--redact", dataset()));
    }
    for (String format : List.of("table", "json", "csv")) {
      c.add(a("classify", "--format", format, "--redact", log(), "-m", mapping()));
      c.add(a("classify", "--format", format, "--redact", dataset()));
    }
    return c;
  }

  private static String[] a(String... args) {
    return args;
  }

  @Test
  void everyOutputOfEveryCommand_holdsNoNameOfTheLog() throws IOException {
    Map<String, String> outputs = new LinkedHashMap<>();
    for (String[] args : commands()) {
      Run r = Run.of(args);
      String what = String.join(" ", args).replace(dir.toString(), "");
      // risk check exits 1 when a scene is not ready: a finding, not a failure here
      assertThat(r.exit()).as("%s\n%s", what, r.err()).isIn(0, args[0].equals("risk") ? 1 : 0);
      assertThat(r.err()).as(what).contains("Redacted with the profile redact-default.json");
      outputs.put(what + " (stdout)", r.out());
      outputs.put(what + " (stderr)", r.err());
    }
    int files = 0;
    try (Stream<Path> s = Files.walk(dir.resolve("out"))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        files++;
        String name = dir.relativize(p).toString();
        outputs.put(name + " (name)", name);
        if (name.endsWith(".xlsx")) {
          unpack(p, name, outputs);
        } else if (!name.endsWith(".png")) {
          outputs.put(name, Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    assertThat(files).as("workbooks, charts and ledgers").isGreaterThan(20);
    assertThat(outputs.keySet()).anyMatch(k -> k.endsWith("docProps/core.xml"));
    assertThat(outputs.keySet()).anyMatch(k -> k.endsWith(".svg"));
    assertThat(outputs.keySet()).anyMatch(k -> k.endsWith("report-redaction.txt"));
    assertThat(outputs.keySet()).anyMatch(k -> k.endsWith("compare-redaction.txt"));
    assertThat(outputs.keySet()).anyMatch(k -> k.endsWith("review-redaction.txt"));
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, String> e : outputs.entrySet()) {
      for (String secret : SECRETS) {
        var m = word(secret).matcher(e.getValue());
        if (m.find()) {
          int from = Math.max(0, m.start() - 40);
          int to = Math.min(e.getValue().length(), m.end() + 40);
          found.add(secret + " in " + e.getKey() + ": ..." + e.getValue().substring(from, to));
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void key_mapsTheCodesBack_andIsNoOutput() throws IOException {
    Run r = Run.of("list", "--format", "json", "--redact", log(), "-m", mapping());
    assertThat(r.exit()).isZero();
    String keyFile = Files.readString(key.resolve("key.tsv"), StandardCharsets.UTF_8);
    assertThat(keyFile).contains("\tproduction\tcanyon echo");
    java.util.regex.Matcher m =
        Pattern.compile("\"production\" : \"(P-[0-9a-f]{6})\"").matcher(r.out());
    assertThat(m.find()).isTrue();
    assertThat(keyFile).contains(m.group(1) + "\tproduction\tcanyon echo");
    assertThat(r.out()).doesNotContain(key.toString());
    assertThat(r.err()).doesNotContain(key.toString());
  }

  /** A name as a whole word (or number), any case. */
  static Pattern word(String secret) {
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])" + Pattern.quote(secret) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Every entry of a workbook, as text. */
  private static void unpack(Path xlsx, String name, Map<String, String> outputs)
      throws IOException {
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        outputs.put(name + "!" + e.getName() + " (name)", e.getName());
        try (InputStream in = zip.getInputStream(e)) {
          outputs.put(
              name + "!" + e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
  }
}
