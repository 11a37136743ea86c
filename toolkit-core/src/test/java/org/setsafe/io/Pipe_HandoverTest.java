package org.setsafe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The one pipe between the caller and a worker thread (parsing ahead, writing sheet rows): items
 * arrive in order, and whatever ends the worker reaches the caller instead of leaving it waiting.
 * The timeouts only turn a hang into a failure.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class Pipe_HandoverTest {

  private static boolean alive(String thread) {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals(thread) && t.isAlive());
  }

  @Test
  void source_itemsArriveInOrder_fromTheWorker() {
    List<String> threads = new ArrayList<>();
    List<Integer> got = new ArrayList<>();
    try (Pipe.Source<Integer> pipe =
        Pipe.from(
            "test-source",
            7,
            2,
            out -> {
              threads.add(Thread.currentThread().getName());
              for (int i = 0; i < 10_001; i++) {
                out.accept(i);
              }
            })) {
      for (Integer i = pipe.next(); i != null; i = pipe.next()) {
        got.add(i);
      }
      assertThat(pipe.next()).isNull();
    }

    assertThat(got).hasSize(10_001);
    for (int i = 0; i < got.size(); i++) {
      assertThat(got.get(i)).isEqualTo(i);
    }
    assertThat(threads).containsExactly("test-source");
  }

  @Test
  void source_anErrorInTheProducer_reachesTheCaller_afterTheItemsBeforeIt() {
    List<Integer> got = new ArrayList<>();
    try (Pipe.Source<Integer> pipe =
        Pipe.from(
            "test-source-error",
            10,
            2,
            out -> {
              for (int i = 0; i < 100; i++) {
                out.accept(i);
              }
              throw new OutOfMemoryError("Java heap space (in the test)");
            })) {
      assertThatThrownBy(
              () -> {
                for (Integer i = pipe.next(); i != null; i = pipe.next()) {
                  got.add(i);
                }
              })
          .isInstanceOf(OutOfMemoryError.class)
          .hasMessage("Java heap space (in the test)");
    }

    assertThat(got).hasSize(100);
  }

  @Test
  void source_runningOutOfMemoryForABatch_reachesTheCaller() {
    // the worker's first batch cannot be allocated: a real OutOfMemoryError in the pipe's own code
    try (Pipe.Source<Integer> pipe =
        Pipe.from("test-source-oom", Integer.MAX_VALUE, 1, out -> out.accept(1))) {
      assertThatThrownBy(pipe::next).isInstanceOf(OutOfMemoryError.class);
      assertThatThrownBy(pipe::next).isInstanceOf(OutOfMemoryError.class);
    }
  }

  @Test
  void source_aCheckedException_reachesTheCallerWrapped() {
    try (Pipe.Source<Integer> pipe =
        Pipe.from(
            "test-source-checked",
            4,
            1,
            out -> {
              throw new java.io.IOException("disk gone");
            })) {
      assertThatThrownBy(pipe::next)
          .isInstanceOf(IllegalStateException.class)
          .hasRootCauseMessage("disk gone");
    }
  }

  @Test
  void source_closedEarly_stopsAWorkerWaitingForRoom() throws InterruptedException {
    CountDownLatch blocked = new CountDownLatch(1);
    Pipe.Source<Integer> pipe =
        Pipe.from(
            "test-source-closed",
            1,
            1,
            out -> {
              for (int i = 0; ; i++) {
                if (i == 2) { // the queue holds item 1: this one waits for room
                  blocked.countDown();
                }
                out.accept(i);
              }
            });
    assertThat(pipe.next()).isZero();
    blocked.await();

    pipe.close();

    assertThat(alive("test-source-closed")).isFalse();
    assertThatThrownBy(pipe::next).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void sink_itemsArriveInOrder_onTheWorker() {
    List<Integer> got = new ArrayList<>();
    List<String> threads = new ArrayList<>();
    try (Pipe.Sink<Integer> pipe =
        Pipe.to(
            "test-sink",
            256,
            8,
            i -> {
              got.add(i);
              if (threads.isEmpty()) {
                threads.add(Thread.currentThread().getName());
              }
            })) {
      for (int i = 0; i < 10_001; i++) {
        pipe.accept(i);
      }
      pipe.finish();
    }

    assertThat(got).hasSize(10_001);
    for (int i = 0; i < got.size(); i++) {
      assertThat(got.get(i)).isEqualTo(i);
    }
    assertThat(threads).containsExactly("test-sink");
  }

  @Test
  void sink_aFailingConsumer_failsTheCaller_withItsException() {
    try (Pipe.Sink<Integer> pipe =
        Pipe.to(
            "test-sink-failing",
            256,
            8,
            i -> {
              if (i == 300) {
                throw new IllegalStateException("disk full at " + i);
              }
            })) {
      assertThatThrownBy(
              () -> {
                for (int i = 0; i < 1_000_000; i++) {
                  pipe.accept(i);
                }
                pipe.finish();
              })
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("disk full at 300");
    }
  }

  @Test
  void sink_anErrorOnTheLastItem_isRethrownByFinish() {
    try (Pipe.Sink<Integer> pipe =
        Pipe.to(
            "test-sink-last",
            256,
            8,
            i -> {
              if (i == 9) {
                throw new OutOfMemoryError("Java heap space (in the test)");
              }
            })) {
      for (int i = 0; i < 10; i++) {
        pipe.accept(i);
      }

      assertThatThrownBy(pipe::finish).isInstanceOf(OutOfMemoryError.class);
    }
  }

  @Test
  void sink_closedUnfinished_stopsTheWorker() {
    CountDownLatch started = new CountDownLatch(1);
    Pipe.Sink<Integer> pipe =
        Pipe.to(
            "test-sink-closed",
            1,
            1,
            i -> {
              started.countDown();
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    pipe.accept(1);

    pipe.close();

    assertThat(alive("test-sink-closed")).isFalse();
    assertThatThrownBy(() -> pipe.accept(2)).isInstanceOf(IllegalStateException.class);
  }
}
