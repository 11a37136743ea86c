package org.setsafe.cli.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.setsafe.analysis.ActionRow;
import org.setsafe.model.Coded;
import org.setsafe.model.CorrectiveAction;

/**
 * The action list as CSV: the columns of actions.csv (codes, ISO dates) with the incident's title
 * and severity, and how each action stands on the day. The same dialect setsafe writes datasets in
 * (RFC 4180, {@code \n} line ends); empty cell = not recorded.
 */
public final class ActionsCsv {
  public static final List<String> HEADER =
      List.of(
          "incident_id",
          "incident_title",
          "severity",
          "action_id",
          "action",
          "kind",
          "owner",
          "owner_role",
          "raised_on",
          "due_on",
          "status",
          "closed_on",
          "verified_by",
          "note",
          "source_url",
          "as_of",
          "overdue",
          "days_open",
          "days_overdue");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

  private ActionsCsv() {}

  public static void write(List<ActionRow> rows, Appendable out) {
    try {
      CSVPrinter p = new CSVPrinter(out, FORMAT);
      p.printRecord(HEADER);
      for (ActionRow r : rows) {
        CorrectiveAction a = r.action();
        p.printRecord(
            Arrays.asList(
                r.incident().id(),
                r.incident().title(),
                r.incident().severity().code(),
                a.actionId(),
                a.action(),
                code(a.kind()),
                a.owner(),
                code(a.ownerRole()),
                a.raisedOn(),
                a.dueOn(),
                a.status().code(),
                a.closedOn(),
                a.verifiedBy(),
                a.note(),
                a.sourceUrl(),
                r.asOf(),
                r.overdue(),
                r.daysOpen(),
                r.daysOverdue()));
      }
      p.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the actions as CSV", e);
    }
  }

  private static String code(Coded c) {
    return c == null ? null : c.code();
  }
}
