package org.setsafe.report.sheet;

import java.util.List;
import org.setsafe.analysis.Analysis;
import org.setsafe.compare.OutcomeSentence;
import org.setsafe.model.LegalOutcome;
import org.setsafe.report.book.Page;
import org.setsafe.report.book.SheetTable;
import org.setsafe.report.book.SheetTable.Column;

/**
 * The Outcomes sheet: every criminal, regulatory, civil and inquest outcome, by incident date,
 * worded by {@link OutcomeSentence}, with its term and amounts in typed columns for filtering (the
 * currency named once, in its own column) and its source.
 */
public final class OutcomesSheet {
  public static final String NAME = "Outcomes";

  static final Column INCIDENT = Column.text("Incident", 18);
  static final Column DATE = Column.date("Incident date");
  static final Column PARTY = Column.text("Party", 18);
  static final Column ROLE = Column.text("Role", 14);
  static final Column KIND = Column.text("Kind", 10);
  static final Column ACTION = Column.text("Action", 26);
  static final Column OUTCOME = Column.text("Outcome", 34);
  static final Column DECIDED = Column.date("Decided on");
  static final Column MONTHS = Column.integer("Sentence (months)");
  static final Column FIRST = Column.money("First amount", null);
  static final Column FINAL = Column.money("Final amount", null);
  static final Column CURRENCY = Column.text("Currency", 5);
  static final Column NOTE = Column.text("Note", 34);
  static final Column SOURCE = Column.text("Source", 44);

  static final List<Column> COLUMNS =
      List.of(
          INCIDENT, DATE, PARTY, ROLE, KIND, ACTION, OUTCOME, DECIDED, MONTHS, FIRST, FINAL,
          CURRENCY, NOTE, SOURCE);

  private OutcomesSheet() {}

  public static void write(Page page, List<Analysis.OutcomeRow> outcomes) {
    write(page, outcomes, true);
  }

  /** As {@link #write(Page, List)}; {@code notes}: with the Note column. */
  public static void write(Page page, List<Analysis.OutcomeRow> outcomes, boolean notes) {
    SheetTable t =
        SheetTable.owning(
            page, notes ? COLUMNS : COLUMNS.stream().filter(c -> c != NOTE).toList(), 1);
    for (Analysis.OutcomeRow row : outcomes) {
      LegalOutcome o = row.outcome();
      boolean money = o.amount() != null || o.initialAmount() != null;
      t.row(o.incidentId() + " (" + o.party() + ")")
          .text(INCIDENT, o.incidentId())
          .date(DATE, row.incident().date())
          .text(PARTY, o.party())
          .text(ROLE, o.partyRole() == null ? "not recorded" : o.partyRole().label())
          .text(KIND, o.kind().label())
          .text(ACTION, o.action())
          .text(OUTCOME, OutcomeSentence.result(o))
          .date(DECIDED, o.decidedOn())
          .integer(MONTHS, o.sentenceMonths())
          .money(FIRST, o.initialAmount(), o.currency())
          .money(FINAL, o.amount(), o.currency())
          .text(CURRENCY, money ? o.currency() : null)
          .text(SOURCE, o.sourceUrl());
      if (notes) {
        t.text(NOTE, o.note());
      }
    }
    t.finish("The input records no criminal, regulatory, civil or inquest outcome.");
  }
}
