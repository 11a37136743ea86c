package org.setsafe.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.setsafe.io.Moments;
import org.setsafe.io.TempFiles;

/**
 * How a dataset folder switches from one version to the next, so that no reader takes a mix of two
 * versions for a dataset:
 *
 * <ol>
 *   <li>the new version is written complete in a work folder inside the dataset's, with a manifest
 *       ({@value #MANIFEST}) listing each file with its size and CRC-32;
 *   <li>the work folder is renamed, in one step, to the journal {@value #JOURNAL}: from here on the
 *       switch will complete;
 *   <li>each file moves into place, the manifest last, and the empty journal is removed.
 * </ol>
 *
 * An interrupt (Ctrl-C, SIGTERM) waits for steps 2-3 to finish (see {@link TempFiles#switching}). A
 * run killed outright in step 3 leaves the journal: readers then refuse the folder as part-way
 * through a switch ({@link #mixed}), and the next writer finishes the switch first ({@link
 * #finishInterrupted}). Readers also read the manifest first and last, and refuse what changed
 * while they read it; they warn of files changed by hand or lost since ({@link #changedSince}).
 */
public final class DatasetSwitch {
  /** The manifest of a dataset version, written last. */
  public static final String MANIFEST = "setsafe-manifest.json";

  /** The journal folder of a switch under way. */
  public static final String JOURNAL = ".setsafe-switch";

  private DatasetSwitch() {}

  /** Writes the manifest of the version in {@code staged}, then switches it into {@code folder}. */
  static void commit(Path staged, Path folder) {
    commit(staged, folder, List.of());
  }

  /**
   * As {@link #commit(Path, Path)}, the manifest keeping {@code handEdits}: changes made by hand to
   * the version before, which this one adopts, so that readers go on warning of them.
   */
  static void commit(Path staged, Path folder, List<String> handEdits) {
    writeManifest(staged, handEdits);
    Moments.reached(Moments.SWITCH_READY);
    TempFiles.switching(
        () -> {
          Path journal = folder.resolve(JOURNAL);
          try {
            Files.move(staged, journal, StandardCopyOption.ATOMIC_MOVE);
          } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            throw new UncheckedIOException(
                "cannot switch "
                    + folder
                    + " to its new version: another import is switching it right now",
                e);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot switch " + folder + " to its new version", e);
          }
          Moments.reached(Moments.SWITCH_MOVING);
          finish(journal, folder);
        });
    Moments.reached(Moments.SWITCH_DONE);
  }

  /** Finishes a switch that a killed run left part-way, if there is one. */
  public static void finishInterrupted(Path folder) {
    Path journal = folder.resolve(JOURNAL);
    if (Files.isDirectory(journal)) {
      TempFiles.switching(() -> finish(journal, folder));
    }
  }

  /** Moves every file of the journal into place, the manifest last, and removes the journal. */
  private static void finish(Path journal, Path folder) {
    try {
      List<Path> files;
      try (Stream<Path> s = Files.list(journal)) {
        files = s.filter(p -> !p.getFileName().toString().equals(MANIFEST)).sorted().toList();
      }
      for (Path f : files) {
        move(f, folder.resolve(f.getFileName().toString()));
      }
      Path manifest = journal.resolve(MANIFEST);
      if (Files.exists(manifest)) {
        move(manifest, folder.resolve(MANIFEST));
      }
      Files.delete(journal);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot finish switching "
              + folder
              + " to its new version (the files still to move are in "
              + journal
              + ")",
          e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Why {@code folder} is not one version of a dataset (a switch left part-way by a killed run), or
   * null.
   */
  public static String mixed(Path folder) {
    return Files.exists(folder.resolve(JOURNAL))
        ? "holds parts of two versions: an import into it was interrupted while switching its"
            + " files; import into it again (any log) to finish the switch"
        : null;
  }

  /** The key of the hand edits an import adopted, in the manifest. */
  static final String HAND_EDITS = "hand_edits";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What a manifest's text says beyond its files: the hand edits earlier imports adopted, or why it
   * is not a manifest of setsafe's (then null edits).
   */
  record Manifest(List<String> handEdits, String problem) {}

  /** Reads a manifest's text as JSON; a text that is not one of setsafe's says why. */
  static Manifest parse(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (IOException e) {
      String m = e.getMessage() == null ? "" : e.getMessage();
      int nl = m.indexOf('\n');
      return new Manifest(
          List.of(),
          "not the manifest setsafe writes (not JSON: "
              + (nl < 0 ? m : m.substring(0, nl))
              + "); the files cannot be checked against it, and the next import writes a new one");
    }
    if (root == null || !root.isObject() || !root.path("files").isObject()) {
      return new Manifest(
          List.of(),
          "not the manifest setsafe writes (no \"files\" object); the files cannot be checked"
              + " against it, and the next import writes a new one");
    }
    List<String> edits = new ArrayList<>();
    for (JsonNode e : root.path(HAND_EDITS)) {
      if (e.isTextual()) {
        edits.add(e.asText());
      }
    }
    return new Manifest(List.copyOf(edits), null);
  }

  /**
   * The hand edits a new version of {@code folder} keeps in its manifest: those its manifest kept
   * already, then each file changed or lost since, as it stands now, said to be adopted by the
   * import of {@code day} (null: not said).
   */
  public static List<String> handEditsToKeep(Path folder, java.time.LocalDate day) {
    String text = manifest(folder);
    if (text == null) {
      return List.of();
    }
    Manifest m = parse(text);
    List<String> keep = new ArrayList<>(m.handEdits());
    String when =
        day == null ? " (adopted by an import)" : " (adopted by the import of " + day + ")";
    if (m.problem() != null) {
      keep.add(MANIFEST + ": " + m.problem() + when);
    }
    for (Change c : changedSince(folder, text)) {
      keep.add(c.file() + ": " + c.why() + when);
    }
    return keep;
  }

  /** The most hand edits a manifest keeps (the oldest go first). */
  static final int MAX_HAND_EDITS = 50;

  /** A file's entry in a manifest, as {@link #writeManifest} writes it. */
  private static final Pattern ENTRY =
      Pattern.compile("\"([^\"]+)\": \\{\"bytes\": (\\d+), \"crc32\": \"([0-9a-f]{8})\"\\}");

  /** A file of a dataset that differs from its manifest, and how. */
  record Change(String file, String why) {}

  /** Files up to this size are checked against their CRC-32 too, larger ones by size alone. */
  static final long CRC_CHECKED_BYTES = 16L << 20;

  /**
   * How the files of {@code folder} differ from its {@code manifest} (the version setsafe wrote):
   * each file changed or missing since, with why; empty when none did. Sizes are compared for every
   * file, CRC-32 values for files up to {@link #CRC_CHECKED_BYTES}.
   */
  static List<Change> changedSince(Path folder, String manifest) {
    List<Change> changes = new ArrayList<>();
    Matcher m = ENTRY.matcher(manifest);
    while (m.find()) {
      String file = m.group(1);
      long bytes = Long.parseLong(m.group(2));
      Path p = folder.resolve(file);
      try {
        if (!Files.isRegularFile(p)) {
          changes.add(new Change(file, "missing, though setsafe wrote it with this dataset"));
          continue;
        }
        long now = Files.size(p);
        if (now != bytes) {
          changes.add(
              new Change(
                  file,
                  String.format(
                      "changed since setsafe wrote this dataset (%,d bytes now, %,d then);"
                          + " read as it is now",
                      now, bytes)));
        } else if (now <= CRC_CHECKED_BYTES && !crc32(p).equals(m.group(3))) {
          changes.add(
              new Change(
                  file,
                  "changed since setsafe wrote this dataset (same size, other bytes); read as it"
                      + " is now"));
        }
      } catch (IOException e) {
        // a file that cannot be read is reported where it is read
      }
    }
    return changes;
  }

  /** The CRC-32 of a file, as 8 hex digits. */
  private static String crc32(Path f) throws IOException {
    CRC32 crc = new CRC32();
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(f)) {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        crc.update(buf, 0, n);
      }
    }
    return String.format("%08x", crc.getValue());
  }

  /** The folder's manifest as it stands, or null when it has none. */
  static String manifest(Path folder) {
    Path m = folder.resolve(MANIFEST);
    try {
      return Files.isRegularFile(m) ? Files.readString(m, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Lists every file of {@code staged} with its size and CRC-32, sorted: same files, same text; and
   * the hand edits kept, if any.
   */
  private static void writeManifest(Path staged, List<String> handEdits) {
    StringBuilder b = new StringBuilder("{\n  \"format\": \"setsafe-dataset/1\",\n  \"files\": {");
    try (Stream<Path> s = Files.list(staged)) {
      List<Path> files =
          s.filter(p -> !p.getFileName().toString().equals(MANIFEST)).sorted().toList();
      String sep = "\n";
      for (Path f : files) {
        b.append(sep)
            .append("    \"")
            .append(f.getFileName())
            .append("\": {\"bytes\": ")
            .append(Files.size(f))
            .append(", \"crc32\": \"")
            .append(crc32(f))
            .append("\"}");
        sep = ",\n";
      }
      b.append("\n  }");
      if (!handEdits.isEmpty()) {
        List<String> kept =
            handEdits.subList(Math.max(0, handEdits.size() - MAX_HAND_EDITS), handEdits.size());
        b.append(",\n  \"").append(HAND_EDITS).append("\": [");
        String comma = "\n";
        for (String e : kept) {
          b.append(comma).append("    ").append(JSON.writeValueAsString(e));
          comma = ",\n";
        }
        b.append("\n  ]");
      }
      b.append("\n}\n");
      Files.writeString(staged.resolve(MANIFEST), b, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the manifest in " + staged, e);
    }
  }
}
