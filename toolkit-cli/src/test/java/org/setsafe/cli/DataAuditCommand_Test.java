package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.setsafe.data.BundledData;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.Dataset;

/** {@code setsafe data audit}: the record's size, its open outcomes and its weak facts. */
class DataAuditCommand_Test {

  @Test
  void audit_countsTheRecordFromItsFiles() {
    Dataset reference = Ingest.reference();
    int citations = reference.records().stream().mapToInt(r -> r.sources().size()).sum();

    Run r = Run.of("data", "audit");

    assertThat(r.exit()).isZero();
    assertThat(r.out().replaceAll("\\s+", " "))
        .startsWith(
            "Reference record as of "
                + BundledData.referenceAsOf()
                + ": "
                + reference.size()
                + " incidents, "
                + citations
                + " citations in sources.csv");
  }

  @Test
  void audit_listsTheReinstatedSuitAsPending_andTheAppealedConviction() {
    String out = Run.of("data", "audit").out().replaceAll("\\s+", " ");

    assertThat(out)
        .contains("RUST_2021 (pending; last source 2025-10-22): Civil: Prosecutors")
        .contains(
            "RUST_2021 (appealed; last source 2024-06): Criminal: Hannah Gutierrez-Reed (armorer),"
                + " Involuntary manslaughter")
        .contains("Weak: readinsight.com: a copy site");
    // decided and unappealed outcomes are not listed
    assertThat(out).doesNotContain("Tampering with evidence — acquitted");
  }

  @Test
  void auditJson_givesEachOpenOutcomeItsStateAndLastSourceDate() throws Exception {
    JsonNode n =
        new ObjectMapper().readTree(Run.of("data", "audit", "--format", "json").out()).path("data");

    assertThat(n.get("as_of").asText()).isEqualTo(BundledData.referenceAsOf().toString());
    assertThat(n.get("incidents").asInt()).isEqualTo(Ingest.reference().size());
    assertThat(n.get("open_outcomes")).isNotEmpty();
    for (JsonNode o : n.get("open_outcomes")) {
      assertThat(o.get("state").asText()).isIn("charged", "pending", "unknown", "appealed");
    }
    assertThat(n.get("weak_facts"))
        .anySatisfy(f -> assertThat(f.get("source_url").asText()).contains("readinsight.com"));
  }

  @Test
  void data_withoutASubcommand_printsItsUsage() {
    Run r = Run.of("data");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("audit");
  }
}
