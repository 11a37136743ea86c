package org.setsafe.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdIndex_Test {

  @Test
  void manyIds_behaveLikeAMap_includingRepeats() {
    IdIndex index = new IdIndex();
    Map<String, Long> reference = new HashMap<>();
    SplittableRandom r = new SplittableRandom(9);
    for (long line = 0; line < 300_000; line++) {
      // a small id space so that repeats are frequent; lengths vary to cross arena chunks
      String id = "ID-" + r.nextInt(200_000) + "x".repeat(r.nextInt(40));
      Long expected = reference.putIfAbsent(id, line);
      assertThat(index.putIfAbsent(id, line)).isEqualTo(expected == null ? -1 : expected);
    }
    assertThat(index.size()).isEqualTo(reference.size());
    for (Map.Entry<String, Long> e : reference.entrySet()) {
      assertThat(index.get(e.getKey())).isEqualTo(e.getValue());
    }
    assertThat(index.contains("ID-not-there")).isFalse();
  }

  @Test
  void longIds_fillChunksToTheEdge() {
    IdIndex index = new IdIndex();
    for (int i = 0; i < 20_000; i++) {
      String id = String.format("%05d", i) + "y".repeat(250);
      assertThat(index.add(id)).isTrue();
    }
    for (int i = 0; i < 20_000; i++) {
      assertThat(index.add(String.format("%05d", i) + "y".repeat(250))).isFalse();
    }
    assertThat(index.size()).isEqualTo(20_000);
  }

  @Test
  void nonAsciiIds_areKeptToo() {
    IdIndex index = new IdIndex();

    assertThat(index.putIfAbsent("café-1", 3)).isEqualTo(-1);
    assertThat(index.putIfAbsent("café-1", 8)).isEqualTo(3);
    assertThat(index.putIfAbsent("cafe-1", 9)).isEqualTo(-1);
    assertThat(index.contains("café-1")).isTrue();
    assertThat(index.size()).isEqualTo(2);
  }
}
