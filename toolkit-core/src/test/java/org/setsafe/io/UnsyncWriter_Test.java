package org.setsafe.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UnsyncWriter_Test {

  /** The same calls on the buffered writer and on a plain one, mixed and of every size. */
  private static void writeMix(Writer w, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 20_000; i++) {
      String s = "é<c r=\"A" + i + "\">" + "x".repeat(r.nextInt(200));
      switch (r.nextInt(6)) {
        case 0 -> w.write(s);
        case 1 -> w.write(s, 1, s.length() - 1);
        case 2 -> w.write(s.toCharArray(), 0, s.length());
        case 3 -> w.append(new StringBuilder(s), 2, s.length());
        case 4 -> w.write(s.charAt(0));
        default -> w.append(s).append('\n');
      }
    }
    w.write("y".repeat(70_000).toCharArray(), 0, 70_000); // more than the buffer at once
  }

  @Test
  void everyWayOfWriting_givesWhatAPlainWriterGets() throws IOException {
    StringWriter expected = new StringWriter();
    writeMix(expected, 4);
    StringWriter target = new StringWriter();
    try (Writer w = new UnsyncWriter(target)) {
      writeMix(w, 4);
    }

    assertThat(target.toString()).isEqualTo(expected.toString());
  }
}
