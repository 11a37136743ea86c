package org.setsafe.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/** What a workbook's {@code workbook.xml} says: its sheets in order, and its date system. */
record WorkbookInfo(List<Sheet> sheets, boolean date1904) {

  /** A sheet: its name, whether it is hidden, and the relationship that leads to its part. */
  record Sheet(String name, boolean hidden, String relationId) {}

  static WorkbookInfo read(InputStream workbook) throws IOException, XMLStreamException {
    List<Sheet> sheets = new ArrayList<>();
    boolean date1904 = false;
    try (InputStream in = workbook) {
      XMLStreamReader x = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
      try {
        while (x.hasNext()) {
          if (x.next() != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          if (x.getLocalName().equals("workbookPr")) {
            String v = x.getAttributeValue(null, "date1904");
            date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
          } else if (x.getLocalName().equals("sheet")) {
            String id = null;
            for (int i = 0; i < x.getAttributeCount(); i++) {
              if (x.getAttributeLocalName(i).equals("id")
                  && x.getAttributeNamespace(i) != null
                  && !x.getAttributeNamespace(i).isEmpty()) {
                id = x.getAttributeValue(i);
              }
            }
            String state = x.getAttributeValue(null, "state");
            sheets.add(
                new Sheet(
                    x.getAttributeValue(null, "name"),
                    state != null && !state.equals("visible"),
                    id));
          }
        }
      } finally {
        x.close();
      }
    }
    return new WorkbookInfo(List.copyOf(sheets), date1904);
  }

  /**
   * The sheet named {@code wanted} (exactly, else in any case), or with no name the first visible
   * sheet.
   *
   * @throws InputException naming the sheets there are when there is no such sheet
   */
  Sheet choose(String wanted, String file) {
    if (wanted == null) {
      for (Sheet s : sheets) {
        if (!s.hidden() && s.relationId() != null) {
          return s;
        }
      }
      throw new InputException(file + ": the workbook has no visible sheet to read");
    }
    for (Sheet s : sheets) {
      if (s.name().equals(wanted)) {
        return s;
      }
    }
    for (Sheet s : sheets) {
      if (s.name().equalsIgnoreCase(wanted.strip())) {
        return s;
      }
    }
    List<String> names = sheets.stream().map(s -> "'" + s.name() + "'").toList();
    throw new InputException(
        file + ": no sheet named '" + wanted + "' (its sheets: " + String.join(", ", names) + ")");
  }
}
