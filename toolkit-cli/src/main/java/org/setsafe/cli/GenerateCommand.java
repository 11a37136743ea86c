package org.setsafe.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.setsafe.cli.text.CsvTable;
import org.setsafe.cli.text.Json;
import org.setsafe.cli.text.JsonEnvelope;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.synth.Fault;
import org.setsafe.synth.GeneratedLog;
import org.setsafe.synth.LogGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code setsafe generate --rows N -o FILE}: a synthetic flat log for demos and benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a synthetic but plausible flat log, for demos and benchmarks.",
      "Made-up productions (ids SYN-...) over 2012-2025: mostly near misses, fewer injuries, rare deaths;"
          + " check columns for every protocol check, filled for the checks relevant to each incident.",
      "The same --seed gives the same file, byte for byte. With --dirty, that share of rows carries one"
          + " fault real logs have (impossible dates, unknown values, negative counts, missing commas,"
          + " duplicate ids), so that 'validate' and 'import' reject exactly those rows."
    })
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(
      names = {"-n", "--rows"},
      required = true,
      paramLabel = "N",
      converter = RowsConverter.class,
      description = "Incident rows to write (1000, 100k, 1M, ...).")
  long rows;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The CSV file to write.")
  Path output;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "" + LogGenerator.DEFAULT_SEED,
      description = "Seed; the same seed gives the same file (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--dirty",
      paramLabel = "P",
      defaultValue = "0",
      converter = ShareConverter.class,
      description =
          "Share of rows with a fault, 0 to 1 or a percentage (0.05 or 5%%; default: none).")
  double dirty;

  @Option(names = "--force", description = "Replace -o if it exists.")
  boolean force;

  @Override
  public Integer call() {
    OutputPaths.requireFile("-o", output, null);
    OutputPaths.requireReplaceable("-o", output, force);
    long started = System.nanoTime();
    GeneratedLog log =
        new LogGenerator(ProtocolCatalog.bundled(), rows, seed, dirty).writeTo(output);
    double seconds = (System.nanoTime() - started) / 1e9;
    PrintWriter out = spec.commandLine().getOut();
    if (common.format != CommonOptions.Format.table) {
      ObjectNode root = Json.object();
      root.put("file", output.toString());
      root.put("rows", log.rows());
      root.put("faulty_rows", log.faultyRows());
      ObjectNode faults = root.putObject("faults");
      for (Map.Entry<Fault, Long> e : log.faults().entrySet()) {
        faults.put(e.getKey().code(), e.getValue());
      }
      root.put("bytes", log.bytes());
      root.put("lines", log.lines());
      root.put("seed", log.seed());
      out.print(
          common.json()
              ? JsonEnvelope.write("generate", root)
              : CsvTable.of(List.of(root), List.of()).render());
    } else {
      out.printf(
          "%s: %,d rows (%,d with a fault), %,d lines, %s, seed %d, in %.1f s%n",
          output,
          log.rows(),
          log.faultyRows(),
          log.lines(),
          size(log.bytes()),
          log.seed(),
          seconds);
      if (!log.faults().isEmpty()) {
        StringBuilder b = new StringBuilder("faults:");
        String sep = " ";
        for (Map.Entry<Fault, Long> e : log.faults().entrySet()) {
          b.append(sep)
              .append(e.getKey().code())
              .append(' ')
              .append(String.format("%,d", e.getValue()));
          sep = ", ";
        }
        out.println(b);
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  private static String size(long bytes) {
    return bytes < 10_000
        ? bytes + " bytes"
        : bytes < 10_000_000
            ? String.format("%,.0f KB", bytes / 1e3)
            : String.format("%,.0f MB", bytes / 1e6);
  }

  /** A row count, with an optional k or M suffix. */
  static final class RowsConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.strip().replace("_", "").replace(",", "");
      long unit = 1;
      if (v.endsWith("k") || v.endsWith("K")) {
        unit = 1_000;
        v = v.substring(0, v.length() - 1);
      } else if (v.endsWith("m") || v.endsWith("M")) {
        unit = 1_000_000;
        v = v.substring(0, v.length() - 1);
      }
      try {
        long n = Math.multiplyExact(Long.parseLong(v), unit);
        if (n < 0) {
          throw new TypeConversionException(
              "'" + value + "' is negative; give a row count of 0 or more");
        }
        return n;
      } catch (NumberFormatException | ArithmeticException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a row count (e.g. 1000, 100k, 1M)");
      }
    }
  }

  /** A share between 0 and 1, or a percentage. */
  static final class ShareConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      String v = value.strip();
      boolean percent = v.endsWith("%");
      try {
        double d = Double.parseDouble(percent ? v.substring(0, v.length() - 1) : v);
        d = percent ? d / 100 : d;
        if (!(d >= 0 && d <= 1)) {
          throw new TypeConversionException(
              "'" + value + "' is not a share between 0 and 1 (or 0% and 100%)");
        }
        return d;
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a share (e.g. 0.05 or 5%)");
      }
    }
  }
}
