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
            "RUST_2021,Maximum sentence for the fatal Rust shooting,dailydig.com,press,,"
                + "https://dailydig.com/maximum-sentence-for-fatal-rust-shooting\n",
            "");

    assertBrokenOnly(copy, protocols(), Rule.SOURCE_LISTED, "dailydig.com");
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
            "convicted,2024-03-06,2024-04-15,18,",
            "convicted,2024-03-06,2024-02-15,18,");

    assertBrokenOnly(copy, protocols(), Rule.SENTENCE_HAS_SENTENCING_DATE, "sentenced_on");
  }

  @Test
  void dateAfterAsOf_breaksNothingAfterAsOf() {
    String asOf = BundledData.referenceAsOf().toString();
    String later = (Integer.parseInt(asOf.substring(0, 4)) + 1) + asOf.substring(4);
    Path copy = copy("outcomes.csv", "dismissed,2025-07-29,", "dismissed," + later + ",");

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
