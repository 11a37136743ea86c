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

  /** A flat log of people hurt, with the injury columns: a privacy case, employers, reports. */
  String injuries() {
    return dir.resolve("in/kay-alvarez-injuries.csv").toString();
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
    String named = dir.resolve("in/kay-alvarez-assessment.csv").toString();
    for (String format : List.of("table", "json", "csv")) {
      c.add(
          a(
              "risk",
              "check",
              named,
              "--log",
              log(),
              "--log-mapping",
              mapping(),
              "--format",
              format,
              "--redact",
              "--as-of",
              "2026-04-30",
              "-o",
              out.resolve(format + "-named-risk/review.xlsx").toString()));
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
      c.add(a("due", "--format", format, "--redact", injuries(), "--as-of", "2026-04-30"));
    }
    for (String format : List.of("table", "json")) {
      c.add(
          a(
              "osha",
              "--format",
              format,
              "--redact",
              injuries(),
              "--establishment",
              dir.resolve("in/kay-alvarez-establishment.json").toString(),
              "-o",
              out.resolve(format + "-osha").toString()));
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
    assertThat(outputs.keySet()).anyMatch(k -> k.endsWith("osha-forms-2026-redaction.txt"));
    assertThat(outputs.keySet()).anyMatch(k -> k.contains("osha-forms-2026.xlsx!xl/"));
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

  @Test
  void dueAndOsha_decideOnTheRecordsAsWritten_andShowThemRedacted() throws IOException {
    String establishment = dir.resolve("in/kay-alvarez-establishment.json").toString();
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    Run plain = Run.of("due", "--format", "json", injuries(), "--as-of", "2026-04-30");
    Run red = Run.of("due", "--format", "json", "--redact", injuries(), "--as-of", "2026-04-30");
    assertThat(red.exit()).as(red.err()).isZero();
    var p = json.readTree(plain.out()).get("data");
    var r = json.readTree(red.out()).get("data");
    assertThat(r.get("counts")).isEqualTo(p.get("counts"));
    assertThat(r.get("deadlines")).hasSize(p.get("deadlines").size()).isNotEmpty();
    for (int k = 0; k < p.get("deadlines").size(); k++) {
      var pd = p.get("deadlines").get(k);
      var rd = r.get("deadlines").get(k);
      assertThat(rd.get("status")).isEqualTo(pd.get("status"));
      assertThat(rd.get("rule_id")).isEqualTo(pd.get("rule_id"));
      assertThat(rd.get("late")).isEqualTo(pd.get("late"));
      // the hour a deadline falls at would give the incident's: cut as the incident's time is
      assertThat(rd.get("due").asText()).matches("2026-0[34], [a-z]+ \\(.*\\)");
    }
    assertThat(JsonSchemaCheck.of("setsafe.due").problems(json.readTree(red.out()))).isEmpty();

    Run oshaPlain =
        Run.of(
            "osha",
            "--format",
            "json",
            injuries(),
            "--establishment",
            establishment,
            "-o",
            dir.resolve("plain").toString());
    Run oshaRed =
        Run.of(
            "osha",
            "--format",
            "json",
            "--redact",
            injuries(),
            "--establishment",
            establishment,
            "-o",
            dir.resolve("red").toString());
    assertThat(oshaRed.exit()).as(oshaRed.err()).isZero();
    var op = json.readTree(oshaPlain.out()).get("data");
    var or = json.readTree(oshaRed.out()).get("data");
    assertThat(or.get("totals")).isEqualTo(op.get("totals"));
    List<String> people = new ArrayList<>();
    for (String part : List.of("cases", "people")) {
      if (op.has(part)) {
        for (int k = 0; k < op.get(part).size(); k++) {
          var a = op.get(part).get(k);
          var b = or.get(part).get(k);
          assertThat(b.get("answer")).isEqualTo(a.get("answer"));
          assertThat(b.get("case_number")).isEqualTo(a.get("case_number"));
          people.add(b.get("person").asText());
        }
      }
    }
    // Marisol Quint's case is a privacy case; the others become their recorded job titles
    assertThat(people).contains("privacy case", "a dolly grip", "an electrician");
    assertThat(JsonSchemaCheck.of("setsafe.osha").problems(json.readTree(oshaRed.out()))).isEmpty();
    // the ITA's file goes to OSHA as the establishment is: not written redacted
    assertThat(dir.resolve("red/ita-summary-2026.csv")).doesNotExist();
    assertThat(dir.resolve("plain/ita-summary-2026.csv")).exists();
    assertThat(oshaRed.err()).contains("ita-summary-2026.csv not written with --redact");
  }

  @Test
  void aPeriod_selectsTheSameIncidents_redactedOrNot() throws IOException {
    // real files: the bundled data may be inside the jar
    Path log = dir.resolve("in/dusty-trail-log.csv");
    Path mapping = dir.resolve("in/dusty-trail-log.mapping.json");
    Files.copy(org.setsafe.data.BundledData.path("examples/dusty-trail-log.csv"), log);
    Files.copy(org.setsafe.data.BundledData.path("examples/dusty-trail-log.mapping.json"), mapping);
    for (String[] period :
        List.of(
            a("--month", "2026-03"),
            a("--from", "2026-02", "--to", "2026-03"),
            a("--from", "2026-03-10", "--to", "2026-03-20"))) {
      List<String> args =
          new ArrayList<>(List.of("list", log.toString(), "--mapping", mapping.toString()));
      args.addAll(List.of(period));
      Run plain = Run.of(args.toArray(String[]::new));
      args.add("--redact");
      Run red = Run.of(args.toArray(String[]::new));
      String last = plain.out().strip().lines().reduce((x, y) -> y).orElseThrow();
      assertThat(last).as(String.join(" ", period)).matches("[0-9]+ of 42 incident\\(s\\)");
      assertThat(red.out().strip()).as(String.join(" ", period)).endsWith(last);
    }
    Run report =
        Run.of(
            "report",
            log.toString(),
            "--mapping",
            mapping.toString(),
            "--month",
            "2026-03",
            "--redact",
            "-o",
            dir.resolve("march/report.xlsx").toString());
    assertThat(report.out()).contains(": 26 incident(s) on");
    assertThat(report.err()).contains("kept to their month (or day)");
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
