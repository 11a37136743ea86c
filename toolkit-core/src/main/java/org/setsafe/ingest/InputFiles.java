package org.setsafe.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.setsafe.io.InputSize;
import org.setsafe.read.CsvInput;
import org.setsafe.read.InputException;
import org.setsafe.schema.CanonicalTable;

/**
 * The inputs of one run, each checked once before anything is read or written: that it can be read
 * (see {@link Ingest#problem}), what kind of input it is, and how large it is. Reading them ({@link
 * Ingest#source}) neither checks nor sizes them again.
 */
public final class InputFiles {
  /**
   * One input.
   *
   * @param path as given
   * @param name the name a report shows for it: its file name, never the folders above it
   * @param kind how it is read
   * @param size its size (a dataset folder's: its incidents table's; standard input's: none)
   */
  public record Input(Path path, String name, Ingest.InputKind kind, InputSize size) {}

  private final List<Input> inputs;
  private final InputSize size;

  private InputFiles(List<Input> inputs) {
    this.inputs = List.copyOf(inputs);
    InputSize total = InputSize.NONE;
    for (Input i : inputs) {
      total = total.plus(i.size());
    }
    this.size = total;
  }

  /** No input (a run on the reference dataset alone). */
  public static final InputFiles NONE = new InputFiles(List.of());

  /**
   * Checks every path, decides its kind and takes its size.
   *
   * @throws InputException naming each input that cannot be read, one per line
   */
  public static InputFiles check(List<Path> paths) {
    List<String> problems = new ArrayList<>();
    List<Input> inputs = new ArrayList<>();
    for (Path p : paths) {
      String problem = Ingest.problem(p);
      if (problem != null) {
        problems.add(p + ": " + problem);
        continue;
      }
      Ingest.InputKind kind = Ingest.kindOfReadable(p);
      InputSize size =
          p.equals(CsvInput.STDIN)
              ? InputSize.NONE
              : InputSize.ofFile(
                  kind == Ingest.InputKind.DATASET_FOLDER
                      ? p.resolve(CanonicalTable.INCIDENTS.fileName())
                      : p);
      inputs.add(new Input(p, displayName(p), kind, size));
    }
    if (problems.size() == 1) {
      throw new InputException(problems.get(0));
    }
    if (!problems.isEmpty()) {
      throw new InputException(
          problems.size() + " inputs cannot be read:\n  " + String.join("\n  ", problems));
    }
    return new InputFiles(inputs);
  }

  /** A path's file name (a folder's own name), or the path itself when it has none. */
  static String displayName(Path p) {
    Path name = p.getFileName();
    return name == null ? p.toString() : name.toString();
  }

  public List<Input> inputs() {
    return inputs;
  }

  /** All of them together. */
  public InputSize size() {
    return size;
  }

  public boolean isEmpty() {
    return inputs.isEmpty();
  }

  public List<Path> paths() {
    return inputs.stream().map(Input::path).toList();
  }
}
