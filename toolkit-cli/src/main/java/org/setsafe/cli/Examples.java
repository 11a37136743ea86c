package org.setsafe.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Each command's examples, shown at the end of its {@code --help} and in its manual page's EXAMPLES
 * section. They use the example files of {@code data/examples/} (run from the checkout or the
 * distribution), and a test parses every one of them.
 */
final class Examples {
  private Examples() {}

  private static final String LOG = "data/examples/dusty-trail.xlsx";
  private static final String MAPPING = "my-log.mapping.json";

  /** Command (a subcommand's name joined to its parent's by a space) to its example lines. */
  static final Map<String, List<String>> ALL = all();

  private static Map<String, List<String>> all() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(
        "validate",
        List.of(
            "setsafe validate " + LOG + " --mapping " + MAPPING,
            "setsafe validate my-dataset/ --format csv"));
    m.put(
        "import",
        List.of("setsafe import " + LOG + " --mapping " + MAPPING + " --into my-dataset"));
    m.put(
        "list",
        List.of(
            "setsafe list --failed NO_LIVE_AMMO",
            "setsafe list " + LOG + " --mapping " + MAPPING + " --month 2026-03 --format csv"));
    m.put(
        "show",
        List.of(
            "setsafe show rust",
            "setsafe show ROW-12 " + LOG + " --mapping " + MAPPING + " --format json"));
    m.put(
        "classify",
        List.of("setsafe classify " + LOG + " --mapping " + MAPPING + " --from 2026-03"));
    m.put(
        "actions",
        List.of(
            "setsafe actions " + LOG + " --mapping " + MAPPING + " --overdue --as-of 2026-04-20",
            "setsafe actions " + LOG + " --mapping " + MAPPING + " --month 2026-03 --format csv"));
    m.put("protocols", List.of("setsafe protocols", "setsafe protocols NO_LIVE_AMMO"));
    m.put(
        "report",
        List.of(
            "setsafe report " + LOG + " --mapping " + MAPPING + " --month 2026-03 -o march.xlsx",
            "setsafe report"));
    m.put(
        "compare",
        List.of("setsafe compare rust crow", "setsafe compare rust crow -o rust-crow.xlsx"));
    m.put(
        "precedents",
        List.of(
            "setsafe precedents rust " + LOG + " --mapping " + MAPPING,
            "setsafe precedents --all " + LOG + " --mapping " + MAPPING + " --top 3"));
    m.put("suggest", List.of("setsafe suggest " + LOG + " --mapping " + MAPPING + " --format csv"));
    m.put("mapping", List.of("setsafe mapping draft " + LOG + " -o " + MAPPING));
    m.put("mapping draft", List.of("setsafe mapping draft " + LOG + " -o " + MAPPING));
    m.put("data", List.of("setsafe data audit"));
    m.put("data audit", List.of("setsafe data audit --format csv"));
    m.put("risk", List.of("setsafe risk check data/examples/dusty-trail-assessment.xlsx"));
    m.put(
        "risk template",
        List.of("setsafe risk template --activities firearm,stunt -o scene-12.xlsx"));
    m.put(
        "risk check",
        List.of(
            "setsafe risk check data/examples/dusty-trail-assessment.xlsx --as-of 2026-12-07",
            "setsafe risk check data/examples/dusty-trail-assessment.csv --format csv",
            "setsafe risk check data/examples/dusty-trail-assessment.csv --log"
                + " data/examples/dusty-trail-log.csv --log-mapping"
                + " data/examples/dusty-trail-log.mapping.json --redact"));
    m.put(
        "due",
        List.of(
            "setsafe due data/examples/harbour-lights-log.csv --rules"
                + " data/examples/harbour-lights-rules.json --as-of 2026-04-30",
            "setsafe due data/examples/harbour-lights-log.csv --as-of 2026-04-30 --redact"
                + " --format csv"));
    m.put(
        "osha",
        List.of(
            "setsafe osha data/examples/harbour-lights-log.csv --establishment"
                + " data/examples/harbour-lights-establishment.json -o osha/",
            "setsafe osha data/examples/harbour-lights-log.csv --establishment"
                + " data/examples/harbour-lights-establishment.json --redact -o shared/"));
    m.put("generate", List.of("setsafe generate --rows 100k --seed 1 -o log-100k.csv"));
    m.put("completion", List.of("source <(setsafe completion)"));
    return m;
  }

  /** The examples of a command, by its name under {@code setsafe} ("mapping draft"). */
  static List<String> of(CommandLine cl) {
    String q = cl.getCommandSpec().qualifiedName(" ");
    String name = q.startsWith("setsafe ") ? q.substring("setsafe ".length()) : q;
    return ALL.getOrDefault(name, List.of());
  }

  /** Ends the help of {@code cl} and of its subcommands with their examples. */
  static void apply(CommandLine cl) {
    List<String> lines = of(cl);
    if (!lines.isEmpty()) {
      cl.getCommandSpec()
          .usageMessage()
          .footerHeading("%nExamples:%n")
          .footer(lines.stream().map(l -> "  " + l.replace("%", "%%")).toArray(String[]::new));
    }
    cl.getSubcommands().values().forEach(Examples::apply);
  }
}
