package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.data.BundledData;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.IncidentRecord;

/** What {@code show} says of a reference record: verdict and sentencing, as-of date, sources. */
class ShowCommand_RecordTest {

  private static String words(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void showRust_statesVerdictAndSentencingAsTwoDatedFacts() {
    Run r = Run.of("show", "rust");

    assertThat(r.exit()).isZero();
    assertThat(words(r.out()))
        .contains(
            "Hannah Gutierrez-Reed (armorer), Involuntary manslaughter — convicted 2024-03-06;"
                + " sentenced 2024-04-15 to 18 months")
        .doesNotContain("convicted 2024-04-15")
        .contains("pleaded no contest 2023-03-31; sentenced the same day; USD 500")
        .doesNotContain(" 1 months");
  }

  @Test
  void showReferenceRecord_givesTheAsOfDate_ownDataDoesNot() {
    String asOf = BundledData.referenceAsOf().toString();

    assertThat(Run.of("show", "crow").out()).contains("Record as of  " + asOf);
    Run own =
        Run.of(
            "show", "--no-reference", "-i", CliFixtures.path("cli/valid-flat-log.csv"), "NM-001");
    assertThat(own.exit()).isZero();
    assertThat(own.out()).doesNotContain("Record as of");
  }

  @Test
  void showJson_ofReferenceRecord_hasRecordAsOf() throws Exception {
    JsonNode n =
        new ObjectMapper().readTree(Run.of("show", "rust", "--format", "json").out()).path("data");

    assertThat(n.get("record_as_of").asText()).isEqualTo(BundledData.referenceAsOf().toString());
  }

  @Test
  void showSources_namesAListedSourceForEveryOutcomeAndCheckOfRust() {
    Run r = Run.of("show", "rust", "--sources");
    IncidentRecord rust = Ingest.reference().get("RUST_2021").orElseThrow();

    assertThat(r.exit()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines)
        .contains(
            "Outcomes and their sources (" + rust.outcomes().size() + ")",
            "Checks and their sources (" + rust.checks().size() + ")",
            "Actions and their sources (" + rust.actions().size() + ")");
    // every item is followed by the source it rests on, found among the incident's sources
    List<String> supports = new ArrayList<>();
    for (String l : lines) {
      if (l.startsWith("      Source: ")) {
        supports.add(l);
      }
    }
    assertThat(supports)
        .hasSize(rust.outcomes().size() + rust.checks().size() + rust.actions().size());
    assertThat(r.out()).doesNotContain("not among this incident's sources", "none recorded");
    assertThat(words(r.out()))
        .contains(
            "sentenced 2024-04-15 to 18 months Source: 'Rust' armorer appeals conviction, cites"
                + " trial errors, Associated Press (copy on aceshowbiz.com), 2024-06 [press]")
        .contains("NO_LIVE_AMMO — No live ammunition: failed [armorer; confirmed] Source:")
        .contains("[regulator]");
  }

  @Test
  void showSources_marksEachOutcomeRestingOnAWeakSource_andCountsThem() {
    Run r = Run.of("show", "rust", "--sources");
    IncidentRecord rust = Ingest.reference().get("RUST_2021").orElseThrow();
    var about = BundledData.referenceDescription();
    long weak =
        rust.outcomes().stream().filter(o -> about.weakness(o.sourceUrl()).isPresent()).count();

    assertThat(weak).isPositive();
    assertThat(words(r.out()))
        .contains(
            "Weak sources "
                + weak
                + " of "
                + rust.outcomes().size()
                + " outcome(s) rest on a weak source alone")
        .contains(
            "https://readinsight.com/movie-armourer-unwittingly-took-live-rounds-onto-rust-set-prosecutors-say/"
                + " Weak source: readinsight.com: a copy site");
    // one mark for each weak source cited, none for the others
    long marks = r.out().lines().filter(l -> l.strip().startsWith("Weak source: ")).count();
    long cited =
        java.util.stream.Stream.of(
                rust.outcomes().stream().map(o -> o.sourceUrl()),
                rust.checks().stream().map(c -> c.sourceUrl()),
                rust.actions().stream().map(a -> a.sourceUrl()))
            .flatMap(x -> x)
            .filter(u -> u != null && about.weakness(u).isPresent())
            .count();
    assertThat(marks).isEqualTo(cited);
  }

  @Test
  void showSources_ofAnIncidentWithNoWeakSource_saysSo() {
    assertThat(Run.of("show", "crow", "--sources").out())
        .contains("Weak sources  no outcome rests on a weak source");
  }
}
