package org.setsafe.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Handoff_Test {

  @Test
  void items_arriveInOrder_onAnotherThread() {
    List<Integer> got = new ArrayList<>();
    List<String> threads = new ArrayList<>();
    Handoff<Integer> h =
        new Handoff<>(
            "test-handoff",
            i -> {
              got.add(i);
              if (threads.isEmpty()) {
                threads.add(Thread.currentThread().getName());
              }
            });
    for (int i = 0; i < 10_001; i++) {
      h.accept(i);
    }
    h.finish();
    h.close();

    assertThat(got).hasSize(10_001);
    for (int i = 0; i < got.size(); i++) {
      assertThat(got.get(i)).isEqualTo(i);
    }
    assertThat(threads).containsExactly("test-handoff");
  }

  @Test
  void aFailingConsumer_failsTheProducer_withItsException() {
    Handoff<Integer> h =
        new Handoff<>(
            "test-handoff",
            i -> {
              if (i == 300) {
                throw new IllegalStateException("disk full at " + i);
              }
            });

    assertThatThrownBy(
            () -> {
              for (int i = 0; i < 1_000_000; i++) {
                h.accept(i);
              }
              h.finish();
            })
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("disk full at 300");
    h.close();
  }

  @Test
  void closingUnfinished_stopsTheThread() throws InterruptedException {
    Handoff<Integer> h = new Handoff<>("test-handoff-closed", i -> {});
    h.accept(1);
    h.close();

    Thread.sleep(50);
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().equals("test-handoff-closed") && t.isAlive());
  }
}
