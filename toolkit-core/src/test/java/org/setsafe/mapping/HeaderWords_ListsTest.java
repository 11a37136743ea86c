package org.setsafe.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.setsafe.model.Activity;
import org.setsafe.model.Category;
import org.setsafe.model.Coded;
import org.setsafe.model.Severity;
import org.setsafe.schema.ActionFields;
import org.setsafe.schema.Field;
import org.setsafe.schema.IncidentFields;

/**
 * The mapping's word lists (resources beside HeaderWords) name only fields and codes that exist.
 */
class HeaderWords_ListsTest {
  @Test
  void headerNames_nameIncidentFields_andActionNames_nameActionFields() {
    assertThat(Field.names(IncidentFields.ALL)).containsAll(HeaderWords.NAMES.keySet());
    assertThat(Field.names(ActionFields.ALL)).containsAll(HeaderWords.ACTION_NAMES.keySet());
  }

  @Test
  void valueWords_nameCodesOfTheirVocabulary() {
    HeaderWords.CATEGORY_WORDS
        .keySet()
        .forEach(k -> assertThat(Coded.find(Category.class, k)).as(k).isNotNull());
    HeaderWords.ACTIVITY_WORDS
        .keySet()
        .forEach(k -> assertThat(Coded.find(Activity.class, k)).as(k).isNotNull());
    HeaderWords.SEVERITY_WORDS
        .keySet()
        .forEach(k -> assertThat(Coded.find(Severity.class, k)).as(k).isNotNull());
  }

  @Test
  void everyListedWord_isAlreadyNormalised_soThatItCanMatch() {
    HeaderWords.NAMES.values().stream()
        .flatMap(java.util.List::stream)
        .forEach(w -> assertThat(HeaderWords.normalise(w)).isEqualTo(w));
  }
}
