package org.setsafe.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.data.RecordRules.Rule;
import org.setsafe.data.RecordRules.Violation;

/**
 * The reference record keeps every rule of {@link RecordRules}; a copy of it with one rule broken
 * (one edit to a copy of the real files, made here) fails that rule and no other.
 */
class ReferenceRecord_InvariantsTest {
  @TempDir Path dir;

  private Path reference() {
    return BundledData.reference();
  }

  private Path protocols() {
    return BundledData.path("protocols");
  }

  @Test
  void reference_keepsEveryRule() {
    assertThat(RecordRules.check(reference(), protocols())).isEmpty();
  }

  @Test
  void reference_asOf_isTheDateInDatasetJson() {
    assertThat(BundledData.referenceAsOf())
        .isEqualTo(BundledData.asOf(reference().resolve(BundledData.DATASET_FILE)));
  }

  @Test
  void outcomeCitingAnUnlistedSource_breaksSourceListed() {
    Path copy =
        copy(
            "sources.csv",
            "RUST_2021,Ammunitions supplier says only dummy rounds were supplied to Rust movie set,"
                + "LBC,press,2024-03-05,https://lbc.co.uk/world-news/422da5d5da89492cb9f2471a3b44781e\n",
            "");

    assertBrokenOnly(copy, protocols(), Rule.SOURCE_LISTED, "lbc.co.uk");
  }

  @Test
  void confirmedCheckOnPressReporting_breaksConfirmedNeedsOfficialSource() {
    Path copy =
        copy(
            "checks.csv",
            "RUST_2021,INSPECT_EACH_ROUND,failed,armorer,reported,",
            "RUST_2021,INSPECT_EACH_ROUND,failed,armorer,confirmed,");

    assertBrokenOnly(
        copy,
        protocols(),
        Rule.CONFIRMED_NEEDS_OFFICIAL_SOURCE,
        "RUST_2021 check INSPECT_EACH_ROUND");
  }

  @Test
  void convictionWithoutVerdictDate_breaksConvictionHasVerdictDate() {
    Path copy =
        copy(
            "outcomes.csv",
            "convicted,2024-03-06,2024-04-15,18,",
            // the sentencing date stays, so only the verdict date is missing
            "convicted,,2024-04-15,18,");

    assertBrokenOnly(copy, protocols(), Rule.CONVICTION_HAS_VERDICT_DATE, "Gutierrez-Reed");
  }

  @Test
  void sentenceWithoutSentencingDate_breaksSentenceHasSentencingDate() {
    Path copy =
        copy("outcomes.csv", "convicted,2024-03-06,2024-04-15,18,", "convicted,2024-03-06,,18,");

    assertBrokenOnly(copy, protocols(), Rule.SENTENCE_HAS_SENTENCING_DATE, "Gutierrez-Reed");
  }

  @Test
  void sentenceDatedBeforeItsVerdict_breaksSentenceHasSentencingDate() {
    Path copy =
        copy(
            "outcomes.csv",
            "pleaded_no_contest,2023-03-31,2023-03-31,",
            "pleaded_no_contest,2023-03-31,2023-02-28,");

    assertBrokenOnly(copy, protocols(), Rule.SENTENCE_HAS_SENTENCING_DATE, "sentenced_on");
  }

  @Test
  void dateAfterAsOf_breaksNothingAfterAsOf() {
    String asOf = BundledData.referenceAsOf().toString();
    String later = (Integer.parseInt(asOf.substring(0, 4)) + 1) + asOf.substring(4);
    Path copy =
        copy(
            "outcomes.csv",
            "dismissed_with_prejudice,2024-07-12,",
            "dismissed_with_prejudice," + later + ",");

    assertBrokenOnly(copy, protocols(), Rule.NOTHING_AFTER_AS_OF, later);
  }

  @Test
  void nameMisspelledInAnOutcome_breaksNamesSpelledAlike() {
    Path copy =
        copy("outcomes.csv", "Jeffrey January, Monty Simons", "Jeffrey January, Marty Simons");

    assertBrokenOnly(copy, protocols(), Rule.NAMES_SPELLED_ALIKE, "'Marty Simons'");
  }

  @Test
  void verbatimQuoteMissingFromItsExcerpt_breaksVerbatimQuoteInExcerpt() {
    Path protocols = copyFolder(protocols(), dir.resolve("protocols"));
    edit(
        protocols.resolve("firearms.json"),
        "number three, know where and what your intended target is.",
        "number three, know your target.");

    assertBrokenOnly(reference(), protocols, Rule.VERBATIM_QUOTE_IN_EXCERPT, "KNOW_TARGET");
  }

  @Test
  void verbatimBasisWithoutExcerpt_breaksVerbatimQuoteInExcerpt() {
    Path protocols = copyFolder(protocols(), dir.resolve("protocols"));
    Path file = protocols.resolve("general.json");
    edit(
        file,
        "\"kind\": \"bulletin_derived\",\n          \"text\": \"Safety Bulletin #1 as paraphrased",
        "\"kind\": \"bulletin_verbatim\",\n          \"text\": \"Safety Bulletin #1 as paraphrased");

    assertBrokenOnly(reference(), protocols, Rule.VERBATIM_QUOTE_IN_EXCERPT, "SAFETY_MEETING");
  }

  @Test
  void lawsuitClaimEnteredAsReported_breaksClaimIsAlleged() {
    Path copy =
        copy(
            "checks.csv",
            "CROW_1993,NO_LIVE_AMMO,failed,,alleged,",
            "CROW_1993,NO_LIVE_AMMO,failed,,reported,");

    assertBrokenOnly(copy, protocols(), Rule.CLAIM_IS_ALLEGED, "CROW_1993 check NO_LIVE_AMMO");
  }

  @Test
  void findingCitingAPressReport_breaksFindingCitesOfficial() {
    Path protocols = copyFolder(protocols(), dir.resolve("protocols"));
    edit(
        protocols.resolve("firearms.json"),
        "\"kind\": \"reported\",\n          \"text\": \"Rust (2021): by the 1st AD's own account",
        "\"kind\": \"regulator_finding\",\n          \"text\": \"Rust (2021): by the 1st AD's own account");

    assertBrokenOnly(reference(), protocols, Rule.FINDING_CITES_OFFICIAL, "INSPECT_EACH_ROUND");
  }

  @Test
  void descriptionCallingRulesConfirmedText_breaksDescriptionAgreesWithBases() {
    Path protocols = copyFolder(protocols(), dir.resolve("protocols"));
    // the description as it was before the second audit
    edit(
        protocols.resolve("firearms.json"),
        "Four rules (treat every firearm as loaded, never point at anyone, finger off the trigger,"
            + " know the intended target) are quoted word for word from the industry safety bulletins"
            + " as read on CNN, without naming the bulletin; the live-ammunition rule is NMED's"
            + " quotation of Bulletin #1 and the safety-meeting rule its paraphrase, neither confirmed"
            + " bulletin text;",
        "Only the header, rules 1-3 and the live-ammunition and safety-meeting clauses are"
            + " confirmed bulletin text;");

    List<Violation> v = RecordRules.check(reference(), protocols);
    assertThat(v).extracting(Violation::rule).containsOnly(Rule.DESCRIPTION_AGREES_WITH_BASES);
    assertThat(v.toString()).contains("NO_LIVE_AMMO", "SAFETY_MEETING");
  }

  @Test
  void faultSharesNotAddingUp_breaksSharesAddUp() {
    Path copy = copy("outcomes.csv", "Schwartz 7%, Sedrish 5%", "Schwartz 5%, Sedrish 5%");

    assertBrokenOnly(copy, protocols(), Rule.SHARES_ADD_UP, "98.0%");
  }

  @Test
  void faultShareOfSomeoneNotInTheRecord_breaksSharesAddUp() {
    Path copy = copy("outcomes.csv", "Rayonier 18%", "Doctortown Timber 18%");

    assertBrokenOnly(copy, protocols(), Rule.SHARES_ADD_UP, "'Doctortown Timber'");
  }

  @Test
  void dismissalRecordedFromAReportOlderThanItsReinstatement_breaksLaterEventsReflected() {
    // the malicious-prosecution suit as the record had it before the second audit
    Path copy = copy("outcomes.csv", "2025-01-09,pending,,", "2025-01-09,dismissed,2025-07-29,");
    edit(
        copy.resolve("outcomes.csv"),
        ",https://www.newsradiokkob.com/2025/10/22/alec-baldwins-lawsuit-over-rust-shooting-investigation-reinstated\n",
        ",https://www.wsbtv.com/entertainment/judge-dismisses/NRJJUBP4QNCKVLNEGQG7LAE6WU/\n");

    assertBrokenOnly(
        copy, protocols(), Rule.LATER_EVENTS_REFLECTED, "before the later event 2025-10");
  }

  @Test
  void factOnAWeakSourceNotSayingSo_breaksWeakSourceMarked() {
    Path copy =
        copy(
            "outcomes.csv",
            "and that copy is a weak source, so the dismissal rests on a weak source alone",
            "and that copy names no origin");

    assertBrokenOnly(copy, protocols(), Rule.WEAK_SOURCE_MARKED, "readinsight.com");
  }

  /** A copy of the reference with {@code from} replaced by {@code to} in {@code file}. */
  private Path copy(String file, String from, String to) {
    Path copy = copyFolder(reference(), dir.resolve("reference"));
    edit(copy.resolve(file), from, to);
    return copy;
  }

  private static void edit(Path file, String from, String to) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(text).as("the real %s", file.getFileName()).contains(from);
      Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path copyFolder(Path from, Path to) {
    try (Stream<Path> files = Files.list(from)) {
      Files.createDirectories(to);
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()));
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertBrokenOnly(Path dataset, Path protocols, Rule rule, String mention) {
    List<Violation> v = RecordRules.check(dataset, protocols);
    assertThat(v).as("violations").isNotEmpty();
    assertThat(v).extracting(Violation::rule).containsOnly(rule);
    assertThat(v).anySatisfy(x -> assertThat(x.toString()).contains(mention));
  }
}
