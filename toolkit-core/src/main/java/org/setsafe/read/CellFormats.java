package org.setsafe.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;

/**
 * How each cell style of a workbook shows numbers, read from its {@code styles.xml} with a pull
 * parser: only the number formats matter here (a date, a zero-padded whole number, or a plain
 * number), so the rest of the stylesheet is skipped.
 */
final class CellFormats {
  /** A plain number. */
  static final int PLAIN = 0;

  /** A date, a time or both. */
  static final int DATE = 1;

  /** A whole number padded with zeros to {@code PAD + width} digits (a format such as 000). */
  static final int PAD = 100;

  private static final Pattern ZERO_PAD = Pattern.compile("0{2,}");

  private final List<Integer> kinds;

  private CellFormats(List<Integer> kinds) {
    this.kinds = kinds;
  }

  /** No styles part: every number is plain. */
  static CellFormats none() {
    return new CellFormats(List.of());
  }

  static CellFormats read(InputStream styles) throws IOException, XMLStreamException {
    Map<Integer, String> custom = new HashMap<>();
    List<Integer> kinds = new ArrayList<>();
    try (InputStream in = styles) {
      XMLStreamReader x = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
      try {
        boolean inCellXfs = false;
        while (x.hasNext()) {
          int e = x.next();
          if (e == XMLStreamConstants.START_ELEMENT) {
            switch (x.getLocalName()) {
              case "numFmt" -> {
                String id = x.getAttributeValue(null, "numFmtId");
                String code = x.getAttributeValue(null, "formatCode");
                if (id != null && code != null) {
                  custom.put(Integer.parseInt(id.strip()), code);
                }
              }
              case "cellXfs" -> inCellXfs = true;
              case "xf" -> {
                if (inCellXfs) {
                  String id = x.getAttributeValue(null, "numFmtId");
                  kinds.add(kind(id == null ? 0 : Integer.parseInt(id.strip()), custom));
                }
              }
              default -> {}
            }
          } else if (e == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("cellXfs")) {
            inCellXfs = false;
          }
        }
      } finally {
        x.close();
      }
    } catch (NumberFormatException e) {
      throw new XMLStreamException("a number format id that is not a number", e);
    }
    return new CellFormats(List.copyOf(kinds));
  }

  private static int kind(int id, Map<Integer, String> custom) {
    String code = custom.containsKey(id) ? custom.get(id) : BuiltinFormats.getBuiltinFormat(id);
    if (code == null) {
      return PLAIN;
    }
    if (DateUtil.isADateFormat(id, code)) {
      return DATE;
    }
    return ZERO_PAD.matcher(code).matches() ? PAD + code.length() : PLAIN;
  }

  /** How the cell style at {@code index} (a cell's {@code s} attribute) shows numbers. */
  int of(int index) {
    return index >= 0 && index < kinds.size() ? kinds.get(index) : PLAIN;
  }
}
