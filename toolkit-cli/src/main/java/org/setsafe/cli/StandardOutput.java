package org.setsafe.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Standard output that remembers why a write failed (a closed pipe, a full disk): Java's {@link
 * PrintStream} keeps only that one did. When the output could not be written, the run ends with one
 * line on standard error and exit 1, whatever the command returned: output that was cut short is
 * never taken for a success.
 */
final class StandardOutput extends OutputStream {
  private final OutputStream out;
  private final PrintStream stream;
  private IOException failure;

  /** Watches {@code out}; {@link #stream} writes to it. */
  StandardOutput(OutputStream out) {
    this.out = out;
    this.stream = new PrintStream(this, false, charset());
  }

  /** What the run writes to: a print stream over the watched output. */
  PrintStream stream() {
    return stream;
  }

  /** Sets {@link System#out} to a watched standard output, and returns the watcher. */
  static StandardOutput install() {
    StandardOutput s = new StandardOutput(new FileOutputStream(FileDescriptor.out));
    System.setOut(s.stream);
    return s;
  }

  /** The charset the JVM chose for standard output. */
  private static Charset charset() {
    for (String key : new String[] {"stdout.encoding", "sun.stdout.encoding"}) {
      String name = System.getProperty(key);
      if (name != null) {
        try {
          return Charset.forName(name);
        } catch (IllegalArgumentException e) {
          // the next
        }
      }
    }
    return Charset.defaultCharset();
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (failure != null) {
      throw failure; // nothing more reaches a stream that failed
    }
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public void flush() throws IOException {
    if (failure != null) {
      throw failure;
    }
    try {
      out.flush();
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  /**
   * The run's exit code, once its output is flushed: 1 with a line on standard error when the
   * output could not be written, else {@code code}.
   */
  int finish(int code, PrintStream err) {
    stream.flush();
    if (failure == null && !stream.checkError()) {
      return code;
    }
    String why = failure == null ? null : failure.getMessage();
    err.println(
        "setsafe: cannot write to standard output"
            + (why == null || why.isBlank() ? "" : " (" + why + ")")
            + ": it was closed or is full; the output is incomplete");
    err.flush();
    return code == ExitCode.OK ? ExitCode.BAD_DATA : code;
  }
}
