package org.setsafe.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each row comes with its text as it stood (for rejects.csv), and when reading stops part-way the
 * rest of the input comes out line by line with its line numbers: nothing read is lost.
 */
class CsvInput_PhysicalTextTest {

  private record Read(List<RawRow> rows, List<RawRow> unread, Diagnostics diagnostics) {}

  private static Read read(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private static Read read(byte[] bytes, Charset charset) {
    Diagnostics d = new Diagnostics();
    List<RawRow> rows = new ArrayList<>();
    List<RawRow> unread = new ArrayList<>();
    try (CsvInput in = CsvInput.open(new ByteArrayInputStream(bytes), "t.csv", charset, d)) {
      for (RawRow r = in.next(); r != null; r = in.next()) {
        rows.add(r);
      }
      for (RawRow r = in.nextUnread(); r != null; r = in.nextUnread()) {
        unread.add(r);
      }
    }
    return new Read(rows, unread, d);
  }

  @Test
  void raw_isTheRowAsItStood_spacesQuotesAndLineBreaks() {
    Read r = read("a,b,c\r\n  x , \"y \"\"q\"\"\" ,z\r\n\"multi\nline\",\"\",\r\nlast,row,  \n");

    assertThat(r.rows())
        .extracting(RawRow::raw)
        .containsExactly("  x , \"y \"\"q\"\"\" ,z", "\"multi\nline\",\"\",", "last,row,  ");
    assertThat(r.rows()).extracting(RawRow::line).containsExactly(2L, 3L, 5L);
    assertThat(r.rows().get(0).values()).containsExactly("x", "\"y \"\"q\"\"\"", "z");
    assertThat(r.rows().get(1).values()).containsExactly("multi\nline", "", "");
  }

  @Test
  void aQuoteNeverClosed_stopsReading_andTheRestComesOutUnread_withLineNumbers() {
    Read r = read("a,b\n1,ok\n2,\"never closed\n3,x\n\n4,y");

    assertThat(r.rows()).extracting(RawRow::raw).containsExactly("1,ok");
    assertThat(r.diagnostics().list())
        .singleElement()
        .asString()
        .isEqualTo(
            "t.csv:3:2: b: a quoted value opened here is never closed (a missing \"); rows from"
                + " this line on could not be read");
    assertThat(r.unread()).extracting(RawRow::line).containsExactly(3L, 4L, 5L, 6L);
    assertThat(r.unread())
        .extracting(RawRow::raw)
        .containsExactly("2,\"never closed", "3,x", "", "4,y");
    assertThat(r.unread().get(0).notes())
        .singleElement()
        .asString()
        .isEqualTo(
            "t.csv:3: not read: reading stopped at line 3, column 2 (b): a quoted value opened"
                + " here is never closed (a missing \")");
  }

  @Test
  void aQuoteFollowedByText_isAnErrorOnItsRow_andReadingGoesOn() {
    Read r = read("id,title,n\n1,\"Blank\" fired,3\n2,fine,4\n");

    assertThat(r.rows()).hasSize(2);
    RawRow bad = r.rows().get(0);
    assertThat(bad.raw()).isEqualTo("1,\"Blank\" fired,3");
    assertThat(bad.notes())
        .singleElement()
        .asString()
        .isEqualTo(
            "t.csv:2:2: title: after the closing quote of this value comes 'fired' where a comma"
                + " or the end of the line should be (a \" inside a quoted value is written"
                + " twice: \"\")");
    assertThat(r.rows().get(1).notes()).isEmpty();
    assertThat(r.diagnostics().list()).isEmpty(); // the readers report a row's notes with it
  }

  @Test
  void badBytes_stopReading_whereTheyAre_andTheRestIsKeptReadable() {
    byte[] bytes =
        "id,place\n1,caf\u00e9\n2,se\u00f1or\n3,ok\n".getBytes(StandardCharsets.ISO_8859_1);

    Read r = read(bytes, StandardCharsets.UTF_8);

    assertThat(r.rows()).isEmpty();
    assertThat(r.diagnostics().list())
        .singleElement()
        .asString()
        .startsWith("t.csv:2:2: place: bytes that are not valid UTF-8 at character 6 of this line");
    assertThat(r.unread())
        .extracting(RawRow::raw)
        .containsExactly("1,caf\ufffd", "2,se\ufffdor", "3,ok");
    assertThat(r.unread()).extracting(RawRow::line).containsExactly(2L, 3L, 4L);
  }

  @Test
  void utf16WithAByteOrderMark_isReadAsUtf16_whateverTheEncodingGiven() {
    byte[] le = "\ufeffid,title\n1,Caf\u00e9\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] be = "\ufeffid,title\n1,Caf\u00e9\n".getBytes(StandardCharsets.UTF_16BE);

    for (byte[] bytes : List.of(le, be)) {
      Read r = read(bytes, StandardCharsets.UTF_8);

      assertThat(r.diagnostics().list()).isEmpty();
      assertThat(r.rows())
          .singleElement()
          .extracting(RawRow::values)
          .isEqualTo(new String[] {"1", "Caf\u00e9"});
    }
  }

  @Test
  void controlCharacters_areRemoved_withAWarningNamingThem() {
    Read r = read("id,title\n1,red \u001b[31malert\u0007\u0000\tend\n");

    RawRow row = r.rows().get(0);
    assertThat(row.values()).containsExactly("1", "red [31malert\tend");
    assertThat(row.notes())
        .singleElement()
        .asString()
        .isEqualTo(
            "t.csv:2:2: warning: title: 3 control character(s) removed (<U+001B>, <U+0007>,"
                + " <U+0000>)");
    assertThat(row.raw()).isEqualTo("1,red \u001b[31malert\u0007\u0000\tend");
  }

  @Test
  void aValueOverTheLimit_isAnErrorOnItsRow_andReadingGoesOn() {
    String big = "x".repeat(CsvInput.MAX_VALUE_CHARS + 5);
    Read r = read("id,summary\n1," + big + "\n2,ok\n");

    assertThat(r.rows()).hasSize(2);
    assertThat(r.rows().get(0).notes())
        .singleElement()
        .asString()
        .isEqualTo(
            "t.csv:2:2: summary: a value of 1,048,581 characters; setsafe reads values of at"
                + " most 1,048,576 (a spreadsheet cell holds 32,767)");
    assertThat(r.rows().get(0).values()[1]).isEmpty();
    assertThat(r.rows().get(1).values()).containsExactly("2", "ok");
  }

  @Test
  void aHeaderWithoutEnd_stopsReading_withoutEchoingIt() {
    byte[] nuls = new byte[CsvInput.MAX_ROW_CHARS + 10];

    Read r = read(nuls, StandardCharsets.UTF_8);

    assertThat(r.rows()).isEmpty();
    assertThat(r.unread()).isEmpty();
    assertThat(r.diagnostics().list())
        .singleElement()
        .asString()
        .isEqualTo(
            "t.csv:1: the first row runs on past 4,194,304 characters without ending: this does"
                + " not look like a CSV file with a header row");
  }
}
