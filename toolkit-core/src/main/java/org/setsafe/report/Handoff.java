package org.setsafe.report;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Passes items to a consumer on a thread of its own, in batches through a small bounded queue, so
 * that producing the items (reading, validating, analysing) and consuming them (writing sheet rows)
 * use two cores. Order is kept; memory holds a few batches. {@link #finish} waits for the consumer
 * and rethrows what it threw.
 */
final class Handoff<T> implements Consumer<T>, AutoCloseable {
  private static final int BATCH = 256;
  private static final Object[] END = new Object[0];

  private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(8);
  private final Thread thread;
  private Object[] batch = new Object[BATCH];
  private int n;
  private volatile Throwable failure;
  private boolean finished;

  Handoff(String name, Consumer<? super T> consumer) {
    thread = new Thread(() -> run(consumer), name);
    thread.setDaemon(true);
    thread.start();
  }

  @SuppressWarnings("unchecked")
  private void run(Consumer<? super T> consumer) {
    try {
      while (true) {
        Object[] b = queue.take();
        if (b == END) {
          return;
        }
        for (Object o : b) {
          if (o == null) {
            break;
          }
          consumer.accept((T) o);
        }
      }
    } catch (InterruptedException e) {
      // closed early
    } catch (RuntimeException | Error e) {
      failure = e;
      queue.clear(); // unblock the producer; it stops at its next put
    }
  }

  @Override
  public void accept(T item) {
    batch[n++] = item;
    if (n == BATCH) {
      put(batch);
      batch = new Object[BATCH];
      n = 0;
    }
  }

  private void put(Object[] b) {
    rethrow();
    try {
      while (!queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
        rethrow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handing rows to the writer", e);
    }
  }

  /**
   * Hands over what is left, waits until the consumer has taken everything, and rethrows its
   * failure.
   */
  void finish() {
    if (n > 0) {
      put(Arrays.copyOf(batch, n));
      n = 0;
    }
    put(END);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the writer", e);
    }
    finished = true;
    rethrow();
  }

  private void rethrow() {
    Throwable t = failure;
    if (t instanceof RuntimeException e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
  }

  @Override
  public void close() {
    if (!finished) {
      thread.interrupt();
      queue.clear();
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
