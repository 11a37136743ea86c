package org.setsafe.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one English analysis: tool names joined, negations kept, stems. */
class Words_AnalysisTest {
  @Test
  void toolNames_areOneWord_soAToolIsNotAGun() {
    assertThat(Words.terms("nail gun")).containsExactly("nailgun");
    assertThat(Words.terms("the staple guns")).containsExactly("staplegun");
    assertThat(Words.terms("a cartridge heater")).containsExactly("cartridgeheat");
    assertThat(Words.terms("an ammunition can")).containsExactly("ammunitioncan");
    assertThat(Words.terms("dolly track")).containsExactly("dollytrack");
    assertThat(Words.terms("the gun")).containsExactly("gun");
  }

  @Test
  void stopWords_goButNegationsStay_andWordsAreStemmed() {
    assertThat(Words.terms("No live rounds were found in the box"))
        .containsExactly("no", "live", "round", "were", "found", "box");
    assertThat(Words.terms("not rehearsed")).containsExactly("not", "rehears");
  }

  @Test
  void tokens_carryTheirPlaceInTheText_andMarkARemovedStopWord() {
    String text = "handed the revolver";
    var tokens = Words.tokens(text);
    assertThat(tokens).hasSize(2);
    assertThat(text.substring(tokens.get(1).start(), tokens.get(1).end())).isEqualTo("revolver");
    assertThat(tokens.get(1).gap()).isTrue();
    assertThat(tokens.get(0).gap()).isFalse();
  }
}
