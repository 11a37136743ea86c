package org.setsafe.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CorrectiveAction;
import org.setsafe.model.Dataset;
import org.setsafe.model.Disposition;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.LegalOutcome;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Source;

/**
 * What a maintainer should recheck before moving a record's as-of date: every outcome still open
 * (charged, pending, unknown, or appealed with no result recorded), with the date of its last
 * source, oldest first; and every fact (outcome, check or action) that rests on one weak source.
 *
 * @param incidents incidents in the record
 * @param citations rows of its sources (one per incident and source)
 * @param addresses distinct source addresses among them
 * @param open the outcomes still open, the one whose last source is oldest (or undated) first
 * @param weak the facts resting on a weak source, in record order
 */
public record RecordAudit(
    int incidents, int citations, int addresses, List<OpenOutcome> open, List<WeakFact> weak) {

  public RecordAudit {
    open = List.copyOf(open);
    weak = List.copyOf(weak);
  }

  /**
   * An event reported after an outcome was decided, as the record's description lists it.
   *
   * @param appeal whether it is an appeal whose result the record does not give
   * @param sourceUrl the report of it, among the incident's sources
   */
  public record Later(PartialDate on, boolean appeal, String sourceUrl) {}

  /**
   * An outcome to recheck.
   *
   * @param state {@code appealed}, or the disposition's code ({@code charged}, {@code pending},
   *     {@code unknown})
   * @param lastSource the latest-dated source the outcome and its later events cite, or null when
   *     none of them is dated
   */
  public record OpenOutcome(
      IncidentRecord record, LegalOutcome outcome, String state, Source lastSource) {

    /** The last source's date, or null. */
    public PartialDate lastSourceOn() {
      return lastSource == null ? null : lastSource.publishedOn();
    }
  }

  /**
   * A fact that rests on a weak source: exactly one of {@code outcome}, {@code check} and {@code
   * action} is set.
   *
   * @param source the cited source among the incident's, or null when it is not listed there
   * @param why what the source's site is (from the record's list of weak sources)
   */
  public record WeakFact(
      IncidentRecord record,
      LegalOutcome outcome,
      CheckResult check,
      CorrectiveAction action,
      Source source,
      String why) {}

  /**
   * The audit of {@code record}.
   *
   * @param weakness why a source address is weak, or empty when it is not
   * @param laterEvents the events reported after an outcome was decided that concern it
   */
  public static RecordAudit of(
      Dataset record,
      Function<String, Optional<String>> weakness,
      Function<LegalOutcome, List<Later>> laterEvents) {
    int citations = 0;
    Set<String> addresses = new HashSet<>();
    List<OpenOutcome> open = new ArrayList<>();
    List<WeakFact> weak = new ArrayList<>();
    for (IncidentRecord r : record.records()) {
      Map<String, Source> byUrl = new HashMap<>();
      for (Source s : r.sources()) {
        citations++;
        if (s.url() != null) {
          addresses.add(s.url());
          byUrl.putIfAbsent(s.url(), s);
        }
      }
      for (LegalOutcome o : r.outcomes()) {
        List<Later> later = laterEvents.apply(o);
        String state = state(o, later);
        if (state != null) {
          List<Source> cited = new ArrayList<>();
          cited.add(byUrl.get(o.sourceUrl()));
          later.forEach(l -> cited.add(byUrl.get(l.sourceUrl())));
          open.add(new OpenOutcome(r, o, state, latest(cited)));
        }
        weakness(o.sourceUrl(), weakness)
            .ifPresent(w -> weak.add(new WeakFact(r, o, null, null, byUrl.get(o.sourceUrl()), w)));
      }
      for (CheckResult c : r.checks()) {
        weakness(c.sourceUrl(), weakness)
            .ifPresent(w -> weak.add(new WeakFact(r, null, c, null, byUrl.get(c.sourceUrl()), w)));
      }
      for (CorrectiveAction a : r.actions()) {
        weakness(a.sourceUrl(), weakness)
            .ifPresent(w -> weak.add(new WeakFact(r, null, null, a, byUrl.get(a.sourceUrl()), w)));
      }
    }
    open.sort(
        Comparator.comparing(
                OpenOutcome::lastSourceOn, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(x -> x.record().id()));
    return new RecordAudit(record.size(), citations, addresses.size(), open, weak);
  }

  /** Why an outcome is still open, or null when it is decided and not under appeal. */
  private static String state(LegalOutcome o, List<Later> later) {
    Later last =
        later.stream()
            .max(Comparator.comparing(Later::on, Comparator.nullsFirst(Comparator.naturalOrder())))
            .orElse(null);
    if (last != null && last.appeal()) {
      return "appealed";
    }
    return o.disposition().group() == Disposition.Group.OPEN ? o.disposition().code() : null;
  }

  private static Source latest(List<Source> sources) {
    Source best = null;
    for (Source s : sources) {
      if (s != null
          && (best == null
              || best.publishedOn() == null
              || (s.publishedOn() != null && s.publishedOn().compareTo(best.publishedOn()) > 0))) {
        best = s;
      }
    }
    return best;
  }

  private static Optional<String> weakness(
      String url, Function<String, Optional<String>> weakness) {
    return url == null ? Optional.empty() : weakness.apply(url);
  }
}
