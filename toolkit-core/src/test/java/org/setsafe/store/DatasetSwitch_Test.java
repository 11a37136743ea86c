package org.setsafe.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.Fixtures;
import org.setsafe.ingest.Importer;
import org.setsafe.ingest.Ingest;
import org.setsafe.io.FolderLock;
import org.setsafe.io.TempFiles;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostics;
import org.setsafe.read.IngestListener;
import org.setsafe.read.InputException;

/** A dataset folder switches versions whole; a switch a killed run left is refused, then ended. */
class DatasetSwitch_Test {
  private static final Importer IMPORTER =
      new Importer(ImportOptions.DEFAULT, ProtocolCatalog.bundled());

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static Path imported(Path dir) {
    Path ds = dir.resolve("ds");
    IMPORTER.run(
        List.of(Fixtures.path("ingest/valid-flat-log.csv")), ds, false, IngestListener.of(d -> {}));
    return ds;
  }

  @Test
  void anImport_leavesTheTablesRejectsAndAManifest_andNothingElse(@TempDir Path dir)
      throws IOException {
    Path ds = imported(dir);

    assertThat(names(ds))
        .containsExactly(
            FolderLock.FILE,
            "actions.csv",
            "checks.csv",
            "incidents.csv",
            "outcomes.csv",
            "people.csv",
            "rejects.csv",
            DatasetSwitch.MANIFEST,
            "sources.csv");
    assertThat(Files.readString(ds.resolve(DatasetSwitch.MANIFEST)))
        .contains("\"incidents.csv\": {\"bytes\": " + Files.size(ds.resolve("incidents.csv")));
  }

  @Test
  void aDatasetAsSetsafeWroteIt_readsWithoutAWarning(@TempDir Path dir) {
    Path ds = imported(dir);

    Diagnostics d = new Diagnostics();
    new Ingest().read(List.of(ds), d, r -> {});

    assertThat(d.list()).isEmpty();
  }

  @Test
  void filesChangedOrMissingSinceTheManifest_areEachNamedInAWarning_andReadAsTheyAreNow(
      @TempDir Path dir) throws IOException {
    Path ds = imported(dir);
    Path incidents = ds.resolve("incidents.csv");
    byte[] same = Files.readAllBytes(incidents);
    int last = same.length - 2; // a byte of the last row's text, same size
    same[last] = (byte) (same[last] == 'x' ? 'y' : 'x');
    Files.write(incidents, same);
    Files.writeString(
        ds.resolve("sources.csv"),
        Files.readString(ds.resolve("sources.csv")) + "\n",
        StandardCharsets.UTF_8); // a blank line more
    Files.delete(ds.resolve("outcomes.csv"));

    Diagnostics d = new Diagnostics();
    new Ingest().read(List.of(ds), d, r -> {});

    List<String> warnings =
        d.list().stream().map(Object::toString).filter(w -> w.contains("setsafe wrote")).toList();
    assertThat(warnings)
        .containsExactlyInAnyOrder(
            ds.resolve("incidents.csv")
                + ": warning: changed since setsafe wrote this dataset (same size, other bytes);"
                + " read as it is now",
            ds.resolve("outcomes.csv")
                + ": warning: missing, though setsafe wrote it with this dataset",
            String.format(
                "%s: warning: changed since setsafe wrote this dataset (%,d bytes now, %,d then);"
                    + " read as it is now",
                ds.resolve("sources.csv"),
                Files.size(ds.resolve("sources.csv")),
                Files.size(ds.resolve("sources.csv")) - 1));
  }

  @Test
  void aSwitchLeftPartWay_isRefusedByReaders_andFinishedByTheNextImport(@TempDir Path dir)
      throws IOException {
    Path ds = imported(dir);
    // a run killed after moving incidents.csv: the journal still holds checks.csv and the manifest
    Path journal = Files.createDirectory(ds.resolve(DatasetSwitch.JOURNAL));
    Files.writeString(journal.resolve("checks.csv"), "incident_id,check_id,status\n");
    Files.writeString(journal.resolve(DatasetSwitch.MANIFEST), "{\"format\": \"new\"}\n");

    assertThat(Ingest.problem(ds)).contains("holds parts of two versions");
    // validate's path: reported as an error, not thrown
    Diagnostics d = new Diagnostics();
    new Ingest().read(List.of(ds), d, r -> {});
    assertThat(d.list()).singleElement().asString().contains("holds parts of two versions");

    IMPORTER.run(
        List.of(Fixtures.path("ingest/valid-flat-log.csv")), ds, false, IngestListener.of(x -> {}));

    assertThat(ds.resolve(DatasetSwitch.JOURNAL)).doesNotExist();
    assertThat(Ingest.problem(ds)).isNull();
    assertThat(names(ds)).noneMatch(n -> n.startsWith(TempFiles.PREFIX));
  }

  @Test
  void aCorruptRejectsFile_failsTheImport_beforeAnythingMoves(@TempDir Path dir)
      throws IOException {
    Path ds = imported(dir);
    Files.writeString(
        ds.resolve("rejects.csv"), "file,line\n\"never closed,1\n", StandardCharsets.UTF_8);
    String incidents = Files.readString(ds.resolve("incidents.csv"));

    assertThatThrownBy(
            () ->
                IMPORTER.run(
                    List.of(Fixtures.path("ingest/quoted-newline.csv")),
                    ds,
                    false,
                    IngestListener.of(x -> {})))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("rejects.csv")
        .hasMessageContaining("Nothing was changed");

    assertThat(ds.resolve("incidents.csv")).hasContent(incidents);
    assertThat(names(ds)).noneMatch(n -> n.startsWith(TempFiles.PREFIX));
  }

  @Test
  void anImportOverAHandEditedDataset_warns_andTheNewManifestKeepsTheEditVisible(@TempDir Path dir)
      throws IOException {
    Path ds = imported(dir);
    Path incidents = ds.resolve("incidents.csv");
    Files.writeString(incidents, Files.readString(incidents) + "\n", StandardCharsets.UTF_8);

    Diagnostics during = new Diagnostics();
    IMPORTER.run(
        List.of(Fixtures.path("ingest/valid-flat-log.csv")), ds, false, IngestListener.of(during));

    assertThat(during.list())
        .extracting(Object::toString)
        .anyMatch(
            w -> w.startsWith(incidents + ": warning: changed since setsafe wrote this dataset"));
    // the edit is adopted, and readers go on warning of it
    Diagnostics after = new Diagnostics();
    new Ingest().read(List.of(ds), after, r -> {});
    assertThat(after.list())
        .extracting(Object::toString)
        .anyMatch(
            w ->
                w.startsWith(
                        ds.resolve(DatasetSwitch.MANIFEST)
                            + ": warning: an import adopted a change made by hand: incidents.csv:"
                            + " changed since setsafe wrote this dataset")
                    && w.contains("(adopted by "));
    // and the next import keeps it
    IMPORTER.run(
        List.of(Fixtures.path("ingest/valid-flat-log.csv")), ds, false, IngestListener.of(x -> {}));
    assertThat(Files.readString(ds.resolve(DatasetSwitch.MANIFEST)))
        .contains("\"hand_edits\": [")
        .contains("incidents.csv: changed since setsafe wrote this dataset");
  }

  @Test
  void aManifestThatIsNotJson_andAStrayCsvFile_areWarnings(@TempDir Path dir) throws IOException {
    Path ds = imported(dir);
    Files.writeString(
        ds.resolve(DatasetSwitch.MANIFEST), "{\"format\": \"setsafe-dataset/1\", \"fil");
    Files.writeString(ds.resolve("incidents-old.csv"), "id,title\n");

    Diagnostics d = new Diagnostics();
    new Ingest().read(List.of(ds), d, r -> {});

    assertThat(d.hasErrors()).isFalse();
    assertThat(d.list())
        .extracting(Object::toString)
        .anyMatch(
            w ->
                w.startsWith(
                    ds.resolve(DatasetSwitch.MANIFEST)
                        + ": warning: not the manifest setsafe writes (not JSON: "))
        .anyMatch(
            w ->
                w.equals(
                    ds.resolve("incidents-old.csv")
                        + ": warning: a CSV file that is not one of the dataset's tables; it is not"
                        + " read (an import does not keep it either: move it out of the folder, or"
                        + " import it as a log)"));

    Diagnostics during = new Diagnostics();
    IMPORTER.run(
        List.of(Fixtures.path("ingest/valid-flat-log.csv")), ds, false, IngestListener.of(during));
    assertThat(during.list())
        .extracting(Object::toString)
        .anyMatch(w -> w.contains("not the manifest setsafe writes"))
        .anyMatch(w -> w.contains("incidents-old.csv: warning: a CSV file that is not one"));
  }
}
