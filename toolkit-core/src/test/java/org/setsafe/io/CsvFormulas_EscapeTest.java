package org.setsafe.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CsvFormulas_EscapeTest {
  @Test
  void escape_eachTrigger_getsALeadingQuote() {
    assertThat(CsvFormulas.escape("=HYPERLINK(\"http://x\",\"y\")"))
        .isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
    assertThat(CsvFormulas.escape("+1+1")).isEqualTo("'+1+1");
    assertThat(CsvFormulas.escape("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvFormulas.escape("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvFormulas.escape("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvFormulas.escape("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void escape_plainText_empty_andNull_unchanged() {
    assertThat(CsvFormulas.escape("Sandbag slipped = bad")).isEqualTo("Sandbag slipped = bad");
    assertThat(CsvFormulas.escape("'=already")).isEqualTo("'=already");
    assertThat(CsvFormulas.escape("")).isEmpty();
    assertThat(CsvFormulas.escape(null)).isNull();
  }

  @Test
  void cells_escapesTextOnly_numbersStayNumbers() {
    List<Object> row = CsvFormulas.cells(Arrays.asList("-1 day", -1, true, null, "ok"));
    assertThat(row).containsExactly("'-1 day", -1, true, null, "ok");
  }

  @Property
  void escaped_neverStartsWithATrigger_andEndsWithTheText(@ForAll("cells") String s) {
    String e = CsvFormulas.escape(s);
    assertThat(e).endsWith(s);
    if (!e.isEmpty()) {
      assertThat(CsvFormulas.TRIGGERS.indexOf(e.charAt(0))).isNegative();
    }
    // escaping is needed at most once: the escaped text is left alone
    assertThat(CsvFormulas.escape(e)).isEqualTo(e);
    assertThat(e.length() - s.length()).isEqualTo(e.equals(s) ? 0 : 1);
  }

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.strings().withChars("=+-@\t\r'aZ 0\",\n").ofMaxLength(6).injectNull(0.0);
  }
}
