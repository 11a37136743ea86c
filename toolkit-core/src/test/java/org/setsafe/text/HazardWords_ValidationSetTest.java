package org.setsafe.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.setsafe.model.Category;
import org.setsafe.text.HazardWords_LabelledSetTest.Result;
import org.setsafe.text.HazardWords_LabelledSetTest.Tally;

/**
 * The validation set {@code text/hazard-descriptions-validation.csv} (see the README there): short
 * descriptions in the plain words crews use, labelled by hand, read the same way as {@code
 * hazard-descriptions.csv}. The words must name the hazard right for at least 85% of them; at least
 * 60% of the descriptions of a hazard with a protocol must get a check of that protocol; no more
 * than 5% may get a check of a hazard protocol that is not theirs. Prints the figures per hazard
 * and per set ({@code validation}: measured before the words were widened, then used to widen them;
 * {@code fresh}, {@code clean}, {@code final}: written after, never used to change a word; {@code
 * controls}: written before checks had controls, never used to choose one; {@code naming}:
 * look-alike hazard words, measured before the words were changed, then used to change them) and
 * every miss.
 */
class HazardWords_ValidationSetTest {

  @Test
  void plainWords_nameTheHazard_andACheckOfItsProtocol() {
    List<Map<String, String>> rows = Fixtures.rows("hazard-descriptions-validation.csv");
    List<Result> results = rows.stream().map(HazardWords_LabelledSetTest::evaluate).toList();
    Map<Category, Tally> perHazard = new EnumMap<>(Category.class);
    Tally all = new Tally();
    Tally hazards = new Tally();
    Tally distractors = new Tally();
    Map<String, Tally> sets = new java.util.TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (Result r : results) {
      perHazard.computeIfAbsent(r.label(), k -> new Tally()).add(r);
      all.add(r);
      if (r.label() != Category.OTHER) {
        hazards.add(r);
      }
      if ("yes".equals(r.row().get("distractor"))) {
        distractors.add(r);
      }
      sets.computeIfAbsent(r.row().get("set"), k -> new Tally()).add(r);
      String id = r.row().get("id");
      if (r.named() != r.label()) {
        misses.add(id + " " + r.label().code() + " named " + r.named().code());
      }
      if (!r.unrelated().isEmpty()) {
        misses.add(id + " unrelated " + r.unrelated());
      }
      if (r.label() != Category.OTHER && !r.ownCheck()) {
        misses.add(id + " no " + r.label().code() + " check, got " + r.got());
      }
    }
    StringBuilder b = new StringBuilder("hazard-descriptions-validation.csv:\n");
    perHazard.forEach((c, t) -> b.append(t.line(c.code())).append('\n'));
    b.append(all.line("all")).append('\n');
    b.append(hazards.line("with a protocol")).append('\n');
    b.append(distractors.line("distractors")).append('\n');
    sets.forEach((k, t) -> b.append(t.line("set " + k)).append('\n'));
    b.append(String.join("\n", misses)).append('\n');
    System.out.print(b);

    assertThat(all.n).isGreaterThanOrEqualTo(50);
    assertThat(distractors.n).isGreaterThanOrEqualTo(10);
    assertThat(perHazard.keySet()).hasSize(Category.values().length);
    assertThat(all.named * 100).as("hazard named right\n%s", b).isGreaterThanOrEqualTo(85 * all.n);
    assertThat(hazards.own * 100)
        .as("descriptions with a check of their hazard's protocol\n%s", b)
        .isGreaterThanOrEqualTo(60 * hazards.n);
    assertThat(all.unrelated * 100).as("unrelated checks\n%s", b).isLessThanOrEqualTo(5 * all.n);
  }
}
