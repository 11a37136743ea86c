package org.setsafe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordLists_FormatTest {
  @Test
  void sections_keepTheirOrder_skipCommentsAndBlanks_andKeepAHashAsAWord() {
    Map<String, List<String>> s = WordLists.sections(WordLists_FormatTest.class, "sections.txt");

    assertThat(s.keySet()).containsExactly("id", "date");
    assertThat(s.get("id")).containsExactly("#", "ref #", "no");
    assertThat(s.get("date")).containsExactly("when");
  }

  @Test
  void anEntryBeforeTheFirstSection_isRefusedNamingTheList() {
    assertThatThrownBy(
            () -> WordLists.sections(WordLists_FormatTest.class, "entry-before-section.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("entry-before-section.txt")
        .hasMessageContaining("'stray'");
  }

  @Test
  void aWordPairedTwice_isRefused() {
    assertThatThrownBy(() -> WordLists.pairs(WordLists_FormatTest.class, "pair-twice.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'ammo => bullets'");
  }

  @Test
  void aMissingList_isSetsafesOwnBug() {
    assertThatThrownBy(() -> WordLists.entries(WordLists_FormatTest.class, "none.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("missing");
  }
}
