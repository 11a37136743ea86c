package org.setsafe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.setsafe.cli.text.DraftText;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.mapping.MappingDraft;
import org.setsafe.protocol.ProtocolCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code setsafe mapping draft LOG [-o MAPPING.json]}: a proposed mapping, with what to review. */
@Command(
    name = "draft",
    mixinStandardHelpOptions = true,
    description = {
      "Propose a mapping for a log from its headers and values.",
      "Headers are matched to incident fields (by their names, common synonyms and abbreviations),"
          + " to checks (by the checks' titles and words) and to follow-up actions; value maps are"
          + " built from the distinct values found (Y/N, Yes/No, x, TRUE/FALSE, words of a hazard"
          + " or a severity); the date pattern is sniffed from the dates. A check column whose"
          + " header says the bad thing happened ('found', 'missing', 'not ...', 'failed') gets"
          + " the inverted value map. Every column is accounted for: one that matches nothing is"
          + " kept in the note. Each guess a person should confirm is listed in the mapping under"
          + " \"review\" and printed. Without -o the mapping goes to standard output and the review"
          + " to standard error."
    })
final class MappingDraftCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "MAPPING.json",
      description = "Write the mapping here (an existing file is kept unless --force).")
  Path output;

  @Option(names = "--force", description = "Overwrite an existing -o file.")
  boolean force;

  @Override
  public Integer call() {
    if (input.mapping != null) {
      throw new UsageException(
          "mapping draft writes a mapping; --mapping is for commands that read a log with one");
    }
    if (output != null && Files.isDirectory(output)) {
      throw new UsageException(output + " is a folder; -o names the mapping file to write");
    }
    if (output != null && Files.exists(output) && !force) {
      throw new UsageException(output + " exists; give another -o name, or --force to replace it");
    }
    if (output != null) {
      OutputPaths.requireFile("-o", output, null);
    }
    if (input.paths().size() != 1) {
      throw new UsageException(
          "mapping draft reads one log (CSV or XLSX): give its PATH"
              + (input.paths().isEmpty() ? "" : " (got " + input.paths().size() + ")"));
    }
    Path log = input.paths().get(0);
    ImportOptions options = input.toImportOptions();
    MappingDraft.Result r =
        MappingDraft.draft(log, log.toString(), options, ProtocolCatalog.bundled());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (output == null) {
      out.print(r.json());
      out.flush();
      err.print(DraftText.summary(r, log.toString(), null, Terminal.width()));
      err.flush();
    } else {
      write(output, r.json());
      out.print(DraftText.summary(r, log.toString(), output.toString(), Terminal.width()));
      out.flush();
    }
    return ExitCode.OK;
  }

  /** Writes the file whole or not at all: a temporary file beside it, moved into place. */
  private static void write(Path file, String text) {
    Path dir = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
      try {
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
