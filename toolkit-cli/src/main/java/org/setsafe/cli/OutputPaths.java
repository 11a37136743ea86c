package org.setsafe.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.setsafe.report.book.Book;

/** Checks of where a command is told to write: a wrong place is a usage error (exit 2). */
final class OutputPaths {
  private OutputPaths() {}

  /**
   * {@code file} must not be an existing folder, and must end in {@code extension} (unless null).
   */
  static void requireFile(String option, Path file, String extension) {
    if (Files.isDirectory(file)) {
      throw new UsageException(
          option
              + " "
              + file
              + " is a folder; give a file name, such as "
              + file.resolve("report" + (extension == null ? ".xlsx" : extension)));
    }
    requireNoFileAbove(option, file);
    if (extension != null
        && !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
      throw new UsageException(
          option + " needs a file name ending in " + extension + " (got " + file + ")");
    }
  }

  /**
   * An existing {@code file} is replaced only when setsafe wrote it (a workbook whose document
   * properties name setsafe as its creator) or {@code force} is given; any other file there is a
   * usage error that says how to go on.
   */
  static void requireReplaceable(String option, Path file, boolean force) {
    if (force || !Files.exists(file) || Files.isDirectory(file) || writtenBySetsafe(file)) {
      return;
    }
    throw new UsageException(
        file
            + " exists and setsafe did not write it; give "
            + option
            + " another name, or add --force to replace it");
  }

  /**
   * Whether {@code file} is a workbook setsafe wrote ({@link Book#CREATOR} in docProps/core.xml).
   */
  static boolean writtenBySetsafe(Path file) {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      return false;
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry core = zip.getEntry("docProps/core.xml");
      if (core == null || core.getSize() > 1 << 20) {
        return false;
      }
      try (InputStream in = zip.getInputStream(core)) {
        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return xml.contains(">" + Book.CREATOR + "</dc:creator>");
      }
    } catch (IOException | RuntimeException e) {
      return false; // not a workbook we can read: not ours
    }
  }

  /** {@code folder} must not be an existing file (it is created if missing). */
  static void requireFolder(String option, Path folder) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new UsageException(
          option + " " + folder + " is a file, not a folder; give a folder to write into");
    }
    requireNoFileAbove(option, folder);
  }

  /**
   * The nearest existing folder above {@code path} must be a folder: a file there (as in {@code
   * notes.txt/report.xlsx}) leaves nowhere to create what is missing.
   */
  private static void requireNoFileAbove(String option, Path path) {
    for (Path p = path.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p)) {
        return;
      }
      if (Files.exists(p)) {
        throw new UsageException(
            option + " " + path + ": " + p + " is a file, so nothing can be written under it");
      }
    }
  }
}
