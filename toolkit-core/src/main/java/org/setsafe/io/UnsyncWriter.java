package org.setsafe.io;

import java.io.IOException;
import java.io.Writer;

/**
 * A character buffer in front of a writer, without the lock {@link java.io.BufferedWriter} takes on
 * every call. Writers of large files call it in small pieces: CSV values (import), and worksheet
 * XML, which POI writes in pieces of a few characters, eight or so per cell, so that for a
 * million-row sheet the lock is taken over a hundred million times. For one thread only.
 */
public final class UnsyncWriter extends Writer {
  private final Writer out;
  private final char[] buf = new char[1 << 16];
  private int n;

  public UnsyncWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(int c) throws IOException {
    if (n == buf.length) {
      drain();
    }
    buf[n++] = (char) c;
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    if (len > buf.length - n) {
      drain();
      if (len > buf.length) {
        out.write(chars, off, len);
        return;
      }
    }
    System.arraycopy(chars, off, buf, n, len);
    n += len;
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    while (len > 0) {
      if (n == buf.length) {
        drain();
      }
      int k = Math.min(len, buf.length - n);
      s.getChars(off, off + k, buf, n);
      n += k;
      off += k;
      len -= k;
    }
  }

  @Override
  public void write(String s) throws IOException {
    write(s, 0, s.length());
  }

  @Override
  public Writer append(CharSequence csq) throws IOException {
    String s = String.valueOf(csq);
    write(s, 0, s.length());
    return this;
  }

  @Override
  public Writer append(CharSequence csq, int start, int end) throws IOException {
    String s = String.valueOf(csq == null ? "null" : csq).substring(start, end);
    write(s, 0, s.length());
    return this;
  }

  @Override
  public Writer append(char c) throws IOException {
    write(c);
    return this;
  }

  private void drain() throws IOException {
    if (n > 0) {
      out.write(buf, 0, n);
      n = 0;
    }
  }

  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    try {
      drain();
    } finally {
      out.close();
    }
  }
}
