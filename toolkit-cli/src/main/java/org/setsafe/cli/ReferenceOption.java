package org.setsafe.cli;

import picocli.CommandLine.Option;

/**
 * {@code --[no-]reference}: the one rule for the reference dataset (the historical record shipped
 * with setsafe), the same in every command.
 *
 * <ul>
 *   <li>With no PATH, the reference dataset is the data.
 *   <li>With PATHs, your files are the data: only they are listed, counted and reported. The
 *       reference stays beside them as history, never mixed in: an ID is looked up in your data
 *       first, then in the reference ({@code show rust my-log.xlsx}); report's Lessons from history
 *       and precedents' "In history" come from it.
 *   <li>{@code --no-reference} drops it everywhere (a PATH is then needed); {@code --reference}
 *       (the default) keeps it.
 * </ul>
 */
final class ReferenceOption {
  static final String NAME = "--reference";

  @Option(
      names = NAME,
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Keep the reference dataset (the historical record) as history beside your PATHs, or"
              + " drop it with --no-reference (default: kept). With PATHs only your data is"
              + " listed and counted; the reference serves IDs not found in it, and history.")
  boolean on = true;

  /** Whether the reference dataset is read. */
  boolean on() {
    return on;
  }
}
