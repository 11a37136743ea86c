package org.setsafe.report;

import java.util.List;
import org.setsafe.analysis.Analysis;
import org.setsafe.compare.OutcomeSentence;
import org.setsafe.model.LegalOutcome;
import org.setsafe.report.SheetTable.Column;

/**
 * The Outcomes sheet: every criminal, regulatory, civil and inquest outcome, by incident date,
 * worded by {@link OutcomeSentence} and with its dates, terms and amounts in typed columns for
 * filtering.
 */
final class OutcomesSheet {
  static final String NAME = "Outcomes";

  static final List<Column> COLUMNS =
      List.of(
          Column.text("Incident", 40),
          Column.date("Incident date"),
          Column.text("Party", 30),
          Column.text("Role", 22),
          Column.text("Kind", 12),
          Column.text("Action", 40),
          Column.text("Outcome", 50),
          Column.text("Disposition", 18),
          Column.date("Filed on"),
          Column.date("Decided on"),
          Column.date("Sentenced on"),
          Column.integer("Sentence (months)"),
          Column.text("Sentence", 30),
          Column.money("First amount", null),
          Column.money("Final amount", null),
          Column.text("Currency", 8),
          Column.text("Note", 50));

  private OutcomesSheet() {}

  static void write(Page page, List<Analysis.OutcomeRow> outcomes) {
    SheetTable t = SheetTable.owning(page, COLUMNS, 1);
    for (Analysis.OutcomeRow row : outcomes) {
      LegalOutcome o = row.outcome();
      boolean money = o.amount() != null || o.initialAmount() != null;
      t.row(o.incidentId() + " (" + o.party() + ")")
          .text(0, o.incidentId())
          .date(1, row.incident().date())
          .text(2, o.party())
          .text(3, o.partyRole() == null ? "not recorded" : o.partyRole().label())
          .text(4, o.kind().label())
          .text(5, o.action())
          .text(6, OutcomeSentence.result(o))
          .text(7, o.disposition().label())
          .date(8, o.filedOn())
          .date(9, o.decidedOn())
          .date(10, o.sentencedOn())
          .integer(11, o.sentenceMonths())
          .text(12, o.sentence())
          .money(13, o.initialAmount(), o.currency())
          .money(14, o.amount(), o.currency())
          .text(15, money ? o.currency() : null)
          .text(16, o.note());
    }
    t.finish("The input records no criminal, regulatory, civil or inquest outcome.");
  }
}
