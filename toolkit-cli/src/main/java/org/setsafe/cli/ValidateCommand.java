package org.setsafe.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.setsafe.cli.text.CsvTable;
import org.setsafe.cli.text.Json;
import org.setsafe.cli.text.JsonEnvelope;
import org.setsafe.ingest.Ingest;
import org.setsafe.ingest.IngestResult;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.FileStats;
import org.setsafe.read.IngestListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code setsafe validate PATH...}: checks files and dataset folders, printing every problem. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check datasets and logs; print every problem with file, line and column.",
      "Checks dataset folders, canonical CSV files or flat logs and prints every problem as"
          + " file:line:column: column-name: message. Exit 1 if there is any error (warnings alone exit 0)."
          + " With no PATH, checks the bundled reference dataset."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin InputOptions input;
  @Mixin AsOfOption asOf;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Ingest ingest =
        new Ingest(input.toImportOptions().withToday(asOf.today()), ProtocolCatalog.bundled());
    // Jackson only when JSON or CSV is asked for
    ArrayNode problems = common.format != CommonOptions.Format.table ? Json.array() : null;
    IngestListener listener =
        d -> {
          if (problems != null) {
            problems.add(Json.diagnostic(d));
          } else {
            out.println(d);
          }
        };
    List<Path> paths = input.paths();
    IngestResult result =
        paths.isEmpty()
            ? ingest.readReference(listener, r -> {})
            : ingest.read(paths, listener, r -> {});
    if (common.json()) {
      ObjectNode root = Json.object();
      root.put("valid", result.errors() == 0);
      root.put("errors", result.errors());
      root.put("warnings", result.warnings());
      root.set("files", Json.files(result));
      out.print(Json.write(JsonEnvelope.of("validate", root, problems)));
    } else if (common.csv()) {
      List<JsonNode> rows = new ArrayList<>();
      problems.forEach(rows::add);
      out.print(
          CsvTable.of(
                  rows,
                  List.of(
                      "file",
                      "sheet",
                      "location",
                      "line",
                      "column",
                      "column_name",
                      "level",
                      "message"))
              .render());
    } else {
      fileCounts(out, result);
      out.printf(
          "%s: %,d error(s), %,d warning(s)%n",
          result.errors() == 0 ? "valid" : "invalid", result.errors(), result.warnings());
      DraftHint.lines(input, result.files(), "validate").forEach(out::println);
    }
    out.flush();
    return result.errors() > 0 ? ExitCode.BAD_DATA : ExitCode.OK;
  }

  /** One line per file: rows read, ok, rejected. */
  static void fileCounts(PrintWriter out, IngestResult result) {
    for (FileStats f : result.files()) {
      out.printf(
          "%s: %,d %s read, %,d ok, %,d rejected%s%s%n",
          f.file(),
          f.read(),
          f.read() == 1 ? "row" : "rows",
          f.imported(),
          f.rejected(),
          f.blank() > 0 ? ", " + f.blank() + " blank skipped" : "",
          !f.stoppedEarly()
              ? ""
              : f.unreadLines() > 0
                  ? String.format(
                      " (reading stopped at %2$s %1$,d, see the error above; %3$,d %2$s(s) not"
                          + " read)",
                      f.stoppedAt(),
                      f.file().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                          ? "row"
                          : "line",
                      f.unreadLines())
                  : " (reading stopped early, see the error above)");
    }
  }
}
