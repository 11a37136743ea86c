package org.setsafe.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.setsafe.mapping.ImportOptions;

/**
 * What a report is about: the bundled reference dataset, the user's files, or both.
 *
 * @param reference whether the reference dataset is read (first)
 * @param paths dataset folders, canonical files or flat logs
 * @param importOptions how the paths are read (encoding, mapping, date format)
 */
public record ReportInputs(boolean reference, List<Path> paths, ImportOptions importOptions) {
  public ReportInputs {
    paths = List.copyOf(paths);
    Objects.requireNonNull(importOptions, "importOptions");
    if (!reference && paths.isEmpty()) {
      throw new IllegalArgumentException(
          "nothing to report on: no reference dataset and no input files");
    }
  }

  /** The reference dataset alone. */
  public static ReportInputs referenceOnly() {
    return new ReportInputs(true, List.of(), ImportOptions.DEFAULT);
  }
}
