package org.setsafe.io;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Items passed between the caller's thread and a worker thread in batches through a small bounded
 * queue, so that two cores share the work while memory holds a few batches. The worker either
 * produces the items ({@link #from}: the caller takes them, as when a file is parsed ahead) or
 * consumes them ({@link #to}: the caller hands them over, as when sheet rows are written). Order is
 * kept.
 *
 * <p>Whatever ends the worker, an exception, an {@link Error} such as running out of memory
 * allocating a batch, or the thread dying some other way, reaches the caller: it is rethrown at the
 * caller's next call, and the caller never waits on a worker that is gone (every wait is a short
 * timed one that checks). Closing stops the worker and waits for it to end.
 */
public abstract sealed class Pipe implements AutoCloseable {
  /** How long a side waits before checking again whether the other one is still there. */
  private static final long CHECK_MILLIS = 50;

  /** Marks the end of the items. */
  private static final Object[] END = new Object[0];

  final BlockingQueue<Object[]> queue;
  final int batchSize;
  final Thread worker;
  private volatile Throwable failure;
  private volatile boolean done;
  private volatile boolean closed;

  private Pipe(String name, int batchSize, int batches) {
    if (batchSize < 1 || batches < 1) {
      throw new IllegalArgumentException("batches of 1 item or more, 1 batch or more");
    }
    this.queue = new ArrayBlockingQueue<>(batches);
    this.batchSize = batchSize;
    this.worker = new Thread(this::work, name);
    worker.setDaemon(true);
  }

  /** What the worker does until the end, or until it is interrupted by {@link #close}. */
  abstract void run() throws InterruptedException;

  private void work() {
    try {
      run();
      done = true;
    } catch (InterruptedException e) {
      // closed early
    } catch (Throwable t) { // every failure must reach the caller, Errors above all
      failure = t; // the caller's waits check it; items already queued still reach it first
    }
  }

  /** Puts a batch in the queue, waiting while it is full; false when the pipe was closed. */
  final boolean put(Object[] batch) throws InterruptedException {
    while (!queue.offer(batch, CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
      if (closed) {
        return false;
      }
      if (Thread.currentThread() != worker) {
        checkWorker();
      }
    }
    return true;
  }

  /** The caller's view of the worker: rethrows its failure; fails when it ended without a word. */
  final void checkWorker() {
    Throwable t = failure;
    if (t != null) {
      rethrow(t);
    }
    if (!worker.isAlive() && !done && queue.isEmpty()) {
      t = failure; // it may have failed between the two reads
      if (t != null) {
        rethrow(t);
      }
      throw new IllegalStateException("the thread " + worker.getName() + " ended unexpectedly");
    }
  }

  /** Rethrows the worker's failure, if it failed. */
  final void rethrowFailure() {
    Throwable t = failure;
    if (t != null) {
      rethrow(t);
    }
  }

  private static void rethrow(Throwable t) {
    if (t instanceof RuntimeException e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(t);
  }

  /** Whether {@link #close} was called. */
  final boolean closed() {
    return closed;
  }

  /** Stops the worker (if it still runs) and waits for it to end. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    worker.interrupt();
    queue.clear();
    joinQuietly();
  }

  final void joinQuietly() {
    boolean interrupted = false;
    while (worker.isAlive()) {
      try {
        worker.join(10_000);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Produces items for a {@link Source}, on the worker thread. */
  @FunctionalInterface
  public interface Producer<T> {
    /** Hands every item to {@code out}, in order, then returns. */
    void produce(Consumer<? super T> out) throws Exception;
  }

  /**
   * A pipe whose worker produces: {@code producer} runs on a thread named {@code name}, at most
   * {@code batches} batches of {@code batchSize} items ahead of the caller.
   */
  public static <T> Source<T> from(
      String name, int batchSize, int batches, Producer<? extends T> producer) {
    Source<T> s = new Source<>(name, batchSize, batches, producer);
    s.worker.start();
    return s;
  }

  /**
   * A pipe whose worker consumes: the items the caller {@linkplain Sink#accept hands over} go to
   * {@code consumer} on a thread named {@code name}.
   */
  public static <T> Sink<T> to(
      String name, int batchSize, int batches, Consumer<? super T> consumer) {
    Sink<T> s = new Sink<>(name, batchSize, batches, consumer);
    s.worker.start();
    return s;
  }

  /** The caller's end of a pipe whose worker produces the items. */
  public static final class Source<T> extends Pipe {
    private final Producer<? extends T> producer;
    private Object[] batch;
    private int at;
    private boolean ended;

    private Source(String name, int batchSize, int batches, Producer<? extends T> producer) {
      super(name, batchSize, batches);
      this.producer = producer;
    }

    @Override
    void run() throws InterruptedException {
      Object[][] filling = {new Object[batchSize]};
      int[] n = {0};
      try {
        producer.produce(
            item -> {
              filling[0][n[0]++] = item;
              if (n[0] == batchSize) {
                handOver(filling[0]);
                filling[0] = new Object[batchSize];
                n[0] = 0;
              }
            });
      } catch (Stopped stopped) {
        return;
      } catch (InterruptedException | RuntimeException | Error e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      if (n[0] > 0 && !put(Arrays.copyOf(filling[0], n[0]))) {
        return;
      }
      put(END);
    }

    private void handOver(Object[] b) {
      try {
        if (!put(b)) {
          throw new Stopped();
        }
      } catch (InterruptedException e) {
        throw new Stopped();
      }
    }

    /**
     * The next item, or null after the last one. Rethrows what ended the worker, after the items it
     * produced before.
     */
    @SuppressWarnings("unchecked")
    public T next() {
      if (ended) {
        return null;
      }
      while (batch == null || at == batch.length) {
        if (closed()) {
          throw new IllegalStateException("the pipe is closed");
        }
        Object[] b;
        try {
          b = queue.poll(CHECK_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for " + worker.getName(), e);
        }
        if (b == END) {
          ended = true;
          batch = null;
          return null;
        }
        if (b == null) {
          checkWorker();
        } else {
          batch = b;
          at = 0;
        }
      }
      return (T) batch[at++];
    }
  }

  /** Unwinds the producer when the caller closed the pipe. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }

  /** The caller's end of a pipe whose worker consumes the items. */
  public static final class Sink<T> extends Pipe implements Consumer<T> {
    private final Consumer<? super T> consumer;
    private Object[] batch;
    private int n;
    private boolean finished;

    private Sink(String name, int batchSize, int batches, Consumer<? super T> consumer) {
      super(name, batchSize, batches);
      this.consumer = consumer;
      this.batch = new Object[batchSize];
    }

    @Override
    @SuppressWarnings("unchecked")
    void run() throws InterruptedException {
      while (true) {
        Object[] b = queue.take();
        if (b == END) {
          return;
        }
        for (int i = 0; i < b.length; i++) {
          consumer.accept((T) b[i]);
        }
      }
    }

    /** Hands {@code item} to the worker; rethrows the worker's failure. */
    @Override
    public void accept(T item) {
      if (finished || closed()) {
        throw new IllegalStateException("the pipe is finished");
      }
      batch[n++] = item;
      if (n == batchSize) {
        send(batch);
        batch = new Object[batchSize];
        n = 0;
      }
    }

    private void send(Object[] b) {
      checkWorker();
      try {
        put(b);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while handing items to " + worker.getName());
      }
    }

    /**
     * Hands over what is left, waits until the worker has consumed everything, and rethrows its
     * failure.
     */
    public void finish() {
      if (finished) {
        return;
      }
      if (n > 0) {
        send(Arrays.copyOf(batch, n));
        n = 0;
      }
      send(END);
      finished = true;
      boolean interrupted = false;
      while (worker.isAlive()) {
        try {
          worker.join(CHECK_MILLIS);
        } catch (InterruptedException e) {
          interrupted = true;
          close();
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + worker.getName());
      }
      rethrowFailure();
    }
  }
}
