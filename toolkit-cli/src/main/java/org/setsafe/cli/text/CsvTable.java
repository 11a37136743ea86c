package org.setsafe.cli.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.setsafe.io.CsvFormulas;

/**
 * The one way a command prints {@code --format csv}: a header row, then one record per row, in the
 * dialect setsafe writes datasets in (RFC 4180, {@code \n} line ends), with text that a spreadsheet
 * could run as a formula escaped ({@link CsvFormulas}). An empty cell is a value not recorded.
 */
public final class CsvTable {
  /** The dialect of every CSV setsafe prints. */
  public static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

  private final List<String> header;
  private final List<List<Object>> rows = new ArrayList<>();

  public CsvTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  /** Adds a row; it must have one cell per column. */
  public CsvTable add(List<?> cells) {
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException(
          "a row of " + cells.size() + " cells for " + header.size() + " columns: " + header);
    }
    rows.add(new ArrayList<>(cells));
    return this;
  }

  /**
   * One row per JSON object, one column per field that holds a single value (text, number, boolean
   * or null; nested objects and arrays are left out), in the first object's order.
   */
  public static CsvTable of(List<? extends JsonNode> objects, List<String> ifEmpty) {
    List<String> head = new ArrayList<>();
    if (objects.isEmpty()) {
      head.addAll(ifEmpty);
    } else {
      objects
          .get(0)
          .fields()
          .forEachRemaining(
              e -> {
                if (e.getValue().isValueNode()) {
                  head.add(e.getKey());
                }
              });
    }
    CsvTable t = new CsvTable(head);
    for (JsonNode o : objects) {
      List<Object> row = new ArrayList<>();
      for (String h : head) {
        JsonNode v = o.path(h);
        row.add(
            v.isNull() || v.isMissingNode()
                ? null
                : v.isNumber() || v.isBoolean() ? v.asText() : v.asText());
      }
      t.add(row);
    }
    return t;
  }

  public String render() {
    StringBuilder b = new StringBuilder();
    try {
      CSVPrinter p = new CSVPrinter(b, FORMAT);
      p.printRecord(header);
      for (List<Object> r : rows) {
        p.printRecord(CsvFormulas.cells(r));
      }
      p.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }
}
