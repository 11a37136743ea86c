package org.setsafe.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.setsafe.ingest.Ingest;

/** Finding incidents by what a user types, on the reference dataset. */
class Dataset_FindTest {
  private static Dataset reference;

  @BeforeAll
  static void load() {
    reference = Ingest.reference();
  }

  @Test
  void find_idPrefixesRustAndCrow_resolveToOneIncident() {
    assertThat(reference.find("rust")).extracting(IncidentRecord::id).containsExactly("RUST_2021");
    assertThat(reference.find("crow")).extracting(IncidentRecord::id).containsExactly("CROW_1993");
  }

  @Test
  void find_wordInSeveralTitles_returnsEveryCandidate() {
    var kills = reference.find("kills");
    assertThat(kills).hasSizeGreaterThan(1);
    assertThat(kills)
        .allSatisfy(
            r -> assertThat(r.incident().title().toLowerCase()).containsPattern("\\bkills\\b"));
    assertThat(kills).extracting(IncidentRecord::id).contains("CROW_1993");
  }

  @Test
  void suggest_typo_givesTheCloseIds_unrelatedGivesNone() {
    assertThat(reference.suggest("rusty", 5)).containsExactly("RUST_2021");
    assertThat(reference.suggest("twilite", 5)).containsExactly("TWILIGHTZONE_1982");
    assertThat(reference.suggest("xyzzy", 5)).isEmpty();
  }
}
