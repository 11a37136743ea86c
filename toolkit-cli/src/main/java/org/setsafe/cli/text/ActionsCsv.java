package org.setsafe.cli.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.setsafe.analysis.ActionRow;
import org.setsafe.io.CsvFormulas;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.schema.ActionFields;
import org.setsafe.schema.Field;

/**
 * The action list as CSV: the columns of actions.csv (codes, ISO dates) with the incident's title
 * and severity, and how each action stands on the day. The same dialect setsafe writes datasets in
 * (RFC 4180, {@code \n} line ends); empty cell = not recorded. Text that a spreadsheet could run as
 * a formula is escaped ({@link CsvFormulas}).
 */
public final class ActionsCsv {
  /** What the export adds to an action's {@code actions.csv} columns: how it stands on the day. */
  private static final List<String> STANDING =
      List.of("as_of", "overdue", "days_open", "days_overdue");

  /**
   * The incident's id, title and severity, the action's other {@code actions.csv} columns, then
   * {@link #STANDING}.
   */
  public static final List<String> HEADER = header();

  private static List<String> header() {
    List<String> h = new ArrayList<>(List.of("incident_id", "incident_title", "severity"));
    for (Field<CorrectiveAction, ?> f : ActionFields.ALL) {
      if (f != ActionFields.INCIDENT_ID) {
        h.add(f.name());
      }
    }
    h.addAll(STANDING);
    return List.copyOf(h);
  }

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

  private ActionsCsv() {}

  public static void write(List<ActionRow> rows, Appendable out) {
    try {
      CSVPrinter p = new CSVPrinter(out, FORMAT);
      p.printRecord(HEADER);
      for (ActionRow r : rows) {
        List<Object> row = new ArrayList<>(HEADER.size());
        row.add(r.incident().id());
        row.add(r.incident().title());
        row.add(r.incident().severity().code());
        for (Field<CorrectiveAction, ?> f : ActionFields.ALL) {
          if (f != ActionFields.INCIDENT_ID) {
            row.add(f.cell(r.action()));
          }
        }
        row.addAll(Arrays.asList(r.asOf(), r.overdue(), r.daysOpen(), r.daysOverdue()));
        p.printRecord(CsvFormulas.cells(row));
      }
      p.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the actions as CSV", e);
    }
  }
}
