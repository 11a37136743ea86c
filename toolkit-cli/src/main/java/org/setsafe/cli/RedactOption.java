package org.setsafe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Stack;
import org.setsafe.data.BundledData;
import org.setsafe.ingest.Ingest;
import org.setsafe.ingest.RecordSource;
import org.setsafe.io.StagedFiles;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.RedactionProfile;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostic;
import org.setsafe.read.Diagnostics;
import org.setsafe.read.IngestListener;
import org.setsafe.read.InputException;
import org.setsafe.redact.Profiles;
import org.setsafe.redact.RedactionKey;
import org.setsafe.redact.Redactor;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --redact[=PROFILE]}: every incident of the user's inputs is redacted before anything is
 * made from it (figures, sheets, charts, JSON, CSV, terminal lines), as the profile says (default:
 * {@code data/rules/redact-default.json}); input file names are replaced by codes. The historical
 * record is public and is never redacted. After the run, the ledger of what was removed or
 * coarsened (counts only) is printed on standard error, and the codes are kept in the local key
 * ({@code ~/.setsafe/redaction-key}, or the folder the system property {@code setsafe.redactionKey}
 * names), which no output includes. Declared here only and mixed into every command that prints or
 * writes incidents.
 */
final class RedactOption {
  /** The system property naming the key's folder (tests set it). */
  static final String KEY_PROPERTY = "setsafe.redactionKey";

  @Option(
      names = "--redact",
      arity = "0..1",
      paramLabel = "PROFILE",
      parameterConsumer = ProfileConsumer.class,
      description =
          "Redact your incidents before any output: names become roles (or ZZZ), contact details,"
              + " plates, serial numbers and addresses are removed, dates keep their month, times"
              + " their quarter of the day, locations become regions, the production a code. PROFILE"
              + " is a redaction profile, a .json file (--redact=my-profile.json; default: the"
              + " bundled redact-default.json). The"
              + " historical record is public and is not redacted. What was removed is counted on"
              + " standard error; the key to the codes stays in ~/.setsafe/redaction-key.")
  String profile;

  private Redactor redactor;

  /** The user's records as read, before redaction (for figures that need exact times). */
  private List<IncidentRecord> originals = List.of();

  /** Names of organisations the records need not give (an establishment), to be searched for. */
  private final List<String> organisations = new ArrayList<>();

  /** Names of people and places the records need not give (an assessment's), to be searched for. */
  private final List<String> people = new ArrayList<>();

  private final List<String> places = new ArrayList<>();

  private org.setsafe.model.Period window;

  /**
   * Takes the word after {@code --redact} as its profile only when it is one (a {@code .json} file,
   * or {@code default}); otherwise it is left to be what it is, a PATH or another option, and the
   * default profile applies: {@code --redact log.csv} reads log.csv with the default profile.
   */
  static final class ProfileConsumer implements IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
      String next = args.isEmpty() ? null : args.peek();
      boolean profile =
          next != null
              && (next.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                  || next.equals("default"));
      argSpec.setValue(profile ? args.pop() : "");
    }
  }

  boolean on() {
    return profile != null;
  }

  /** The redactor of this run, once built (null before, and without --redact). */
  Redactor redactor() {
    return redactor;
  }

  RedactionProfile loadProfile() {
    if (profile == null || profile.isEmpty() || profile.equals("default")) {
      return Profiles.bundled();
    }
    Path p = Path.of(profile);
    if (!p.toFile().exists() && p.getNameCount() == 1) {
      // the name of a bundled profile, with or without .json
      String name = profile.endsWith(".json") ? profile : profile + ".json";
      try {
        return Profiles.load(BundledData.path("rules/" + name));
      } catch (IllegalStateException | InputException e) {
        // not bundled: the file's own error below
      }
    }
    return Profiles.load(p);
  }

  static Path keyFolder() {
    String given = System.getProperty(KEY_PROPERTY);
    return given != null
        ? Path.of(given)
        : Path.of(System.getProperty("user.home"), ".setsafe", "redaction-key");
  }

  /** Builds the redactor from the records it is to redact (all of them, names first). */
  Redactor build(Iterable<IncidentRecord> records) {
    Redactor.Builder b = Redactor.builder(loadProfile(), RedactionKey.open(keyFolder()));
    organisations.forEach(b::organisation);
    people.forEach(b::person);
    places.forEach(b::place);
    records.forEach(b::learn);
    redactor = b.build().window(window);
    return redactor;
  }

  /** Adds an organisation's name for the redactor to find in free text (call before reading). */
  RedactOption organisation(String name) {
    if (name != null) {
      organisations.add(name);
    }
    return this;
  }

  /**
   * The period the command asks for (call before reading): an incident dated in it keeps a date in
   * it, so that it is selected as its real date is.
   */
  RedactOption window(org.setsafe.model.Period period) {
    this.window = period;
    return this;
  }

  /** Adds a person's name for the redactor to find in free text (call before reading). */
  RedactOption person(String name) {
    if (name != null) {
      people.add(name);
    }
    return this;
  }

  /** Adds a place for the redactor to find in free text (call before reading). */
  RedactOption place(String location) {
    if (location != null) {
      places.add(location);
    }
    return this;
  }

  /**
   * The records the last {@link #read} read, as written (not redacted), in the order of the
   * redacted ones: for figures that need what redaction coarsens (a deadline's hour), which are
   * then shown redacted.
   */
  List<IncidentRecord> originals() {
    return originals;
  }

  /**
   * Builds the redactor from a first reading of the user's inputs (names only; a source read
   * twice): for outputs that stream records and cannot hold them all.
   */
  Redactor build(RecordSource firstReading) {
    Redactor.Builder b = Redactor.builder(loadProfile(), RedactionKey.open(keyFolder()));
    organisations.forEach(b::organisation);
    people.forEach(b::person);
    places.forEach(b::place);
    firstReading.read(IngestListener.of(d -> {}), name -> b::learn);
    redactor = b.build().window(window);
    return redactor;
  }

  /**
   * Reads the user's {@code paths} in full and, with --redact, returns their records redacted;
   * problems are an input error naming the first (its file and values redacted too).
   */
  List<IncidentRecord> read(List<Path> paths, ImportOptions options) {
    return read(new Ingest(options, ProtocolCatalog.bundled()), paths);
  }

  /**
   * As {@link #read(List, ImportOptions)}, through {@code ingest} (one that has read the reference
   * dataset reports an id of the reference's as a duplicate).
   */
  List<IncidentRecord> read(Ingest ingest, List<Path> paths) {
    List<IncidentRecord> records = new ArrayList<>();
    Diagnostics problems = new Diagnostics(0);
    ingest.read(paths, problems, records::add);
    if (!on()) {
      problems.requireNoErrors();
      return records;
    }
    if (redactor == null) {
      build(records);
    }
    if (problems.hasErrors()) {
      Diagnostic first = redactor.diagnostic(problems.firstError());
      throw new InputException(
          problems.errors()
              + " problem(s) in the input, the first: "
              + first
              + " (run 'setsafe validate' to see them all)");
    }
    originals = List.copyOf(records);
    List<IncidentRecord> out = new ArrayList<>(records.size());
    for (IncidentRecord r : records) {
      out.add(redactor.redact(r));
    }
    return out;
  }

  /**
   * Writes the ledger beside an output ({@code NAME-redaction.txt}): what was removed or coarsened,
   * counted, never the values.
   */
  Path writeLedger(Path output) {
    String name = output.getFileName().toString().replaceFirst("\\.[A-Za-z]+$", "");
    Path ledger = output.resolveSibling(name + "-redaction.txt");
    Path folder = ledger.toAbsolutePath().getParent();
    try (StagedFiles staged = new StagedFiles(folder, "redaction")) {
      Files.writeString(
          staged.stage(ledger),
          redactor.ledger().text(redactor.profile().name(), redactor.profile().smallCell())
              + "The historical record is public and sourced: it is not redacted.\n",
          StandardCharsets.UTF_8);
      staged.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + ledger, e);
    }
    return ledger;
  }

  /**
   * With --redact, learns the names of every one of the command's user inputs first, so that the
   * inputs it then reads one at a time ({@link #read}) are each searched for the names of all.
   */
  void prepare(List<Path> paths, ImportOptions options) {
    if (!on() || paths.isEmpty()) {
      return;
    }
    List<IncidentRecord> records = new ArrayList<>();
    new Ingest(options, ProtocolCatalog.bundled())
        .read(paths, IngestListener.of(d -> {}), records::add);
    build(records);
  }

  /**
   * Prints the ledger on {@code err}, writes it beside each file the run wrote ({@code
   * NAME-redaction.txt}) and keeps the key; nothing without --redact.
   */
  void finish(PrintWriter err, Path... written) {
    if (on() && redactor == null) {
      err.println(
          "setsafe: --redact: no incident of yours was read; the historical record is public and"
              + " sourced, and is not redacted.");
      err.flush();
    }
    if (redactor == null) {
      return;
    }
    redactor.key().save();
    for (Path p : written) {
      writeLedger(p);
    }
    String text = redactor.ledger().text(redactor.profile().name(), redactor.profile().smallCell());
    err.print("setsafe: " + text);
    err.println(
        "  The historical record is public and sourced: it is not redacted. The key to the codes"
            + " is kept apart from every output, in the local redaction key folder.");
    err.flush();
  }
}
