package org.setsafe.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.ingest.Reading;
import org.setsafe.model.ActionStatus;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * The draft of a log as a safety officer keeps one (no incident number, check columns that say a
 * check was done, follow-ups without a status) leads to a mapping that imports every row: a
 * generated id, done-headers read Y as passed, a polarity it cannot tell is a review item, and a
 * follow-up without a status is open (so one past its due date is overdue).
 */
class MappingDraft_LeadsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ProtocolCatalog CATALOG = ProtocolCatalog.bundled();

  @TempDir Path dir;

  /** Her log: 4 rows, two of them the same department on the same day. */
  private Path log() throws IOException {
    return Files.writeString(
        dir.resolve("her-log.csv"),
        String.join(
            "\n",
            "Date,Dept,What happened,Injury? (Y/N),Live ammo checked,Armourer present,Horseplay with weapons?,"
                + "Follow-up,Owner,Due",
            "2026-11-02,Props,Dummy rounds counted before the take,N,Y,Y,N,Recount after lunch,"
                + "Armourer,2026-11-03",
            "2026-11-02,Props,Prop gun left on a cart for ten minutes,N,N,N,N,Lock the cart,"
                + "Props master,2026-11-05",
            "2026-11-04,Grip,Sandbag slipped off a stand,N,,,,Double-bag the stands,Key grip,"
                + "2030-01-01",
            "2026-11-04,Grip,Ladder foot slipped,Y,,,,,,",
            ""));
  }

  private static JsonNode mapping(MappingDraft.Result r) throws IOException {
    return JSON.readTree(r.json());
  }

  @Test
  void doneHeaders_readYAsPassed_andSayWhy() throws IOException {
    MappingDraft.Result r =
        MappingDraft.draft(log(), "her-log.csv", ImportOptions.DEFAULT, CATALOG);
    JsonNode columns = mapping(r).get("columns");

    JsonNode checked = columns.get("Live ammo checked");
    assertThat(checked.get("field").asText()).isEqualTo("NO_LIVE_AMMO");
    assertThat(checked.get("values").get("Y").asText()).isEqualTo("passed");
    assertThat(checked.get("values").get("N").asText()).isEqualTo("failed");
    JsonNode present = columns.get("Armourer present");
    assertThat(present.get("values").get("Y").asText()).isEqualTo("passed");
    assertThat(r.review().stream().map(Object::toString))
        .anySatisfy(
            s ->
                assertThat(s)
                    .startsWith("Live ammo checked:")
                    .contains("because the header says the check was done ('checked')"));
  }

  @Test
  void aPolarityThatCouldGoEitherWay_isAReviewItemThatSaysSo() throws IOException {
    MappingDraft.Result r =
        MappingDraft.draft(log(), "her-log.csv", ImportOptions.DEFAULT, CATALOG);
    assertThat(r.review().stream().map(Object::toString))
        .anySatisfy(
            s ->
                assertThat(s)
                    .startsWith("Horseplay with weapons?:")
                    .contains("could be read either way")
                    .contains("confirm the values"));
    assertThat(r.review().stream().map(Object::toString))
        .noneSatisfy(s -> assertThat(s).startsWith("Live ammo checked:").contains("either way"));
  }

  @Test
  void noIdColumn_everyRowGetsItsRowAsId_andEveryRowImports() throws IOException {
    Path log = log();
    MappingDraft.Result r = MappingDraft.draft(log, "her-log.csv", ImportOptions.DEFAULT, CATALOG);
    assertThat(mapping(r).get("templates").get("id").asText()).isEqualTo("ROW-{#row}");
    assertThat(r.review().stream().map(Object::toString))
        .anySatisfy(s -> assertThat(s).contains("each incident gets ROW-<n>"));

    ColumnMapping m = ColumnMapping.parse("draft.json", r.json(), CATALOG);
    Reading read = Reading.of(log, ImportOptions.DEFAULT.withMapping(m));
    assertThat(read.errors()).isEmpty();
    assertThat(read.records.stream().map(IncidentRecord::id))
        .containsExactly("ROW-2", "ROW-3", "ROW-4", "ROW-5");
  }

  @Test
  void followUpsWithoutAStatus_areOpen_soOnePastItsDueDateIsOverdue() throws IOException {
    Path log = log();
    MappingDraft.Result r = MappingDraft.draft(log, "her-log.csv", ImportOptions.DEFAULT, CATALOG);
    assertThat(mapping(r).get("columns").get("Follow-up").get("status").asText()).isEqualTo("open");
    assertThat(r.review().stream().map(Object::toString))
        .anySatisfy(s -> assertThat(s).startsWith("Follow-up:").contains("imported as open"));

    ColumnMapping m = ColumnMapping.parse("draft.json", r.json(), CATALOG);
    Reading read = Reading.of(log, ImportOptions.DEFAULT.withMapping(m));
    LocalDate day = LocalDate.of(2026, 11, 20);
    Set<String> overdue = new HashSet<>();
    for (IncidentRecord rec : read.records) {
      rec.actions()
          .forEach(
              a -> {
                assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
                if (a.dueOn() != null && a.dueOn().lastDay().isBefore(day)) {
                  overdue.add(rec.id());
                }
              });
    }
    assertThat(overdue).isEqualTo(Set.of("ROW-2", "ROW-3"));
    assertThat(List.copyOf(read.records)).hasSize(4);
  }
}
