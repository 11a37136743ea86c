package org.setsafe.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setsafe.model.RedactionProfile.TextPattern;

/** Each pattern on what it must find and on the look-alikes it must leave alone. */
class TextPatterns_ShapesTest {

  private static String redact(TextPattern p, String text) {
    return TextPatterns.replace(p, text, "ZZZ", new long[1]);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "EMAIL|mail kay.alvarez@dustytrail.example now|mail ZZZ now",
        "URL|see https://example.org/crew?id=4. Then|see ZZZ. Then",
        "URL|photos at www.example.com/set5|photos at ZZZ",
        "PHONE|call 505-555-0142 today|call ZZZ today",
        "PHONE|call (505) 555-0142|call ZZZ",
        "PHONE|ring +44 20 7946 0958.|ring ZZZ.",
        "PHONE|mobile 555 0142 989|mobile ZZZ",
        "PHONE|text +15055550142 or 5055550142.|text ZZZ or ZZZ.",
        "PLATE|truck with plate 7ABC123 backed up|truck with plate ZZZ backed up",
        "PLATE|licence plate: AB12 CDE hit the stand|licence plate: ZZZ hit the stand",
        "PLATE|Reg. no. KX19 4TR|Reg. no. ZZZ",
        "SERIAL|the Colt (serial no. 80412) jammed|the Colt (serial no. ZZZ) jammed",
        "SERIAL|S/N: GH-20931 lift|S/N: ZZZ lift",
        "SERIAL|VIN 1FTFW1E50JFA00001 on the truck|VIN ZZZ on the truck",
        "ADDRESS|staged at 2300 Defoors Hill Road tonight|staged at ZZZ tonight",
        "ADDRESS|sent to PO Box 4411|sent to ZZZ",
      })
  void pattern_findsTheIdentifier(TextPattern p, String text, String expected) {
    assertThat(redact(p, text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "PHONE|on 2026-03-02 at 14:05",
        "PHONE|on 02.03.2026 and 3/2/2026",
        "PHONE|a 20 ft stand-off, 12 15 takes",
        "PHONE|a 1,250 lb load on 3 stands",
        "PHONE|take 123456789 of the night",
        "PLATE|the plate was hot from the burner",
        "PLATE|registration of the crew at base camp",
        "SERIAL|the serial killer scene was rehearsed",
        "ADDRESS|3 Main street extras",
        "URL|the www of it",
        "EMAIL|@ the base camp",
      })
  void pattern_leavesLookAlikesAlone(TextPattern p, String text) {
    assertThat(redact(p, text)).isEqualTo(text);
  }
}
