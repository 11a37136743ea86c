package org.setsafe.report.book;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellText_Test {
  @Test
  void illegalControlCharacters_areRemoved_tabNewlineAndReturnKept() {
    long[] removed = new long[1];
    String s = CellText.removeIllegal("a\u0000b\u0007c\td\ne\rf\u000Bg\uFFFEh\uFFFF", removed);

    assertThat(s).isEqualTo("abc\td\ne\rfgh");
    assertThat(removed[0]).isEqualTo(5);
  }

  @Test
  void surrogatePairsStay_unpairedSurrogatesGo() {
    long[] removed = new long[1];
    String emoji = "\uD83C\uDFAC";

    assertThat(CellText.hasIllegal("take " + emoji)).isFalse();
    assertThat(CellText.removeIllegal("x\uD83Cy\uDFACz" + emoji, removed)).isEqualTo("xyz" + emoji);
    assertThat(removed[0]).isEqualTo(2);
  }

  @Test
  void cut_fitsTheCellLimit_withTheMarker_andNeverSplitsAPair() {
    String text = "\uD83C\uDFAC".repeat(20_000);
    String cut = CellText.cut(text);

    assertThat(cut.length()).isLessThanOrEqualTo(CellText.MAX_CHARS);
    assertThat(cut).endsWith(CellText.marker(40_000));
    assertThat(CellText.hasIllegal(cut)).isFalse();
  }

  @Test
  void ordinaryText_hasNothingIllegal() {
    assertThat(CellText.hasIllegal("Halyna Hutchins, 42; \u00e9t\u00e9 \u2013 \u201cquoted\u201d"))
        .isFalse();
  }
}
