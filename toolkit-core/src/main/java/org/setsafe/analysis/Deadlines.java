package org.setsafe.analysis;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.setsafe.model.Harm;
import org.setsafe.model.Incident;
import org.setsafe.model.Injury;
import org.setsafe.model.InjuryWords;
import org.setsafe.model.ReportTrigger;
import org.setsafe.model.ReportingRule;
import org.setsafe.model.Treatment;

/**
 * The reports a set of incidents calls for under reporting rules, each with its deadline and its
 * standing as of a day: missed first (the longest missed on top), then open (those due without
 * delay, then the soonest due), then met.
 *
 * <p>A deadline counts from the incident's date and time (from the start of its day when the time
 * is not recorded: the earliest the clock can have started). Hours are added to that moment; a
 * window of days ends at the end of the last day ({@code within 10 days} of an incident on 1 March:
 * 11 March, 23:59). A report is met when a person whose harm calls for it records a report to the
 * rule's receiver ({@code reported_to}) at or before the deadline ({@code reported_at}); it is
 * missed when the deadline passed before the as-of day began, or the report came after it; open
 * otherwise. A report due without delay is never missed by a clock: it stays open until made.
 */
public final class Deadlines {
  /** How deadlines are listed: missed, open, met; then by due time. */
  public static final Comparator<Deadline> URGENCY =
      Comparator.comparing(Deadline::status)
          .thenComparing(
              (Deadline d) -> d.due() == null ? LocalDateTime.MIN : d.due(),
              Comparator.naturalOrder())
          .thenComparing(d -> d.incident().id())
          .thenComparing(d -> d.rule().id());

  /**
   * The deadlines, and what kept rules from being applied.
   *
   * @param asOf the day the standing is for
   * @param noJurisdiction incidents with someone hurt whose jurisdiction is not recorded, so that
   *     no jurisdiction's rule could be applied (a production's {@code *} rules still were)
   * @param dateNotKnown incidents with someone hurt whose date is known only to the month or year
   * @param daysNotKnown people whom a rule on days of incapacity covers but whose days are not
   *     recorded, as {@code incident: rule}: such a report cannot be ruled out
   */
  public record Result(
      List<Deadline> deadlines,
      LocalDate asOf,
      List<String> noJurisdiction,
      List<String> dateNotKnown,
      List<String> daysNotKnown) {
    public Result {
      deadlines = List.copyOf(deadlines);
      Objects.requireNonNull(asOf, "asOf");
      noJurisdiction = List.copyOf(noJurisdiction);
      dateNotKnown = List.copyOf(dateNotKnown);
      daysNotKnown = List.copyOf(daysNotKnown);
    }

    public long count(Deadline.Status s) {
      return deadlines.stream().filter(d -> d.status() == s).count();
    }
  }

  /** Why a trigger matches one person: in words, whether only possibly, from which words. */
  record Match(String basis, boolean possible, String inferredFrom) {}

  private Deadlines() {}

  /**
   * The deadlines of {@code incidents} under {@code rules}, as of {@code asOf}. {@code recordable}
   * decides the {@code recordable} trigger (the 1904.7 decision of each person).
   */
  public static Result of(
      List<IncidentCases> incidents, List<ReportingRule> rules, InjuryWords words, LocalDate asOf) {
    List<Deadline> out = new ArrayList<>();
    Set<String> noJurisdiction = new LinkedHashSet<>();
    Set<String> dateNotKnown = new LinkedHashSet<>();
    Set<String> daysNotKnown = new LinkedHashSet<>();
    LocalDateTime asOfStart = asOf.atStartOfDay();
    for (IncidentCases ic : incidents) {
      Incident i = ic.record().incident();
      if (ic.casualties().isEmpty()) {
        continue;
      }
      if (i.jurisdiction() == null) {
        noJurisdiction.add(i.id());
      }
      if (!i.date().isComplete()) {
        dateNotKnown.add(i.id());
        continue;
      }
      LocalDate day = i.date().firstDay();
      for (ReportingRule rule : rules) {
        if (!rule.covers(i.jurisdiction(), day)
            || (!rule.categories().isEmpty() && !rule.categories().contains(i.category()))) {
          continue;
        }
        List<Casualty> certain = new ArrayList<>();
        List<Casualty> maybe = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        String inferred = null;
        for (Casualty c : ic.casualties()) {
          Match m = match(rule.when(), c, words);
          if (m == null) {
            if (rule.when().contains(ReportTrigger.OVER_7_DAYS)
                && c.harm() == Harm.INJURED
                && c.injury().daysAway() == null
                && c.injury().daysRestricted() == null) {
              daysNotKnown.add(i.id() + ": " + rule.id());
            }
            continue;
          }
          (m.possible() ? maybe : certain).add(c);
          if (!m.possible() || certain.isEmpty()) {
            bases.add(m.basis());
          }
          if (inferred == null) {
            inferred = m.inferredFrom();
          }
        }
        if (certain.isEmpty() && maybe.isEmpty()) {
          continue;
        }
        boolean possible = certain.isEmpty();
        List<Casualty> people = possible ? maybe : certain;
        out.add(
            deadline(
                i,
                rule,
                people,
                String.join("; ", distinct(bases)),
                possible,
                inferred,
                asOfStart));
      }
    }
    out.sort(URGENCY);
    return new Result(
        out,
        asOf,
        List.copyOf(noJurisdiction),
        List.copyOf(dateNotKnown),
        List.copyOf(daysNotKnown));
  }

  private static List<String> distinct(List<String> xs) {
    return List.copyOf(new LinkedHashSet<>(xs));
  }

  private static Deadline deadline(
      Incident i,
      ReportingRule rule,
      List<Casualty> people,
      String basis,
      boolean possible,
      String inferred,
      LocalDateTime asOfStart) {
    LocalDate day = i.date().firstDay();
    boolean timeKnown = i.time() != null;
    LocalDateTime clock = day.atTime(timeKnown ? i.time() : LocalTime.MIDNIGHT);
    ReportingRule.Window w = rule.window();
    LocalDateTime due =
        w.hours() != null
            ? clock.plusHours(w.hours())
            : w.days() != null ? day.plusDays(w.days()).atTime(23, 59) : null;
    LocalDateTime reported = null;
    for (Casualty c : people) {
      Injury f = c.injury();
      if (f.reportedAt() != null
          && rule.recognises(f.reportedTo())
          && (reported == null || f.reportedAt().isBefore(reported))) {
        reported = f.reportedAt();
      }
    }
    Deadline.Status status;
    if (reported != null) {
      status = due == null || !reported.isAfter(due) ? Deadline.Status.MET : Deadline.Status.MISSED;
    } else {
      status =
          due != null && due.isBefore(asOfStart) ? Deadline.Status.MISSED : Deadline.Status.OPEN;
    }
    return new Deadline(
        i, rule, people, basis, possible, inferred, clock, timeKnown, due, status, reported);
  }

  /**
   * Whether any of {@code triggers} applies to {@code c}: the first certain match, else a possible
   * one.
   */
  static Match match(Set<ReportTrigger> triggers, Casualty c, InjuryWords words) {
    Match possible = null;
    for (ReportTrigger t : ReportTrigger.values()) {
      if (!triggers.contains(t)) {
        continue;
      }
      Match m = match(t, c, words);
      if (m != null && !m.possible()) {
        return m;
      }
      if (m != null && possible == null) {
        possible = m;
      }
    }
    return possible;
  }

  /** Whether one trigger applies to {@code c}, and why; null when it does not. */
  static Match match(ReportTrigger t, Casualty c, InjuryWords words) {
    Injury f = c.injury();
    String text = join(f.nature(), f.bodyPart());
    String natureWords = f.inferredFrom("nature");
    switch (t) {
      case DEATH:
        return c.harm() == Harm.KILLED ? new Match("a death", false, null) : null;
      case INJURY:
        return c.harm() != Harm.NONE
            ? new Match(c.harm() == Harm.KILLED ? "a death" : "an injury", false, null)
            : null;
      case IN_PATIENT:
        return f.treatment() == Treatment.IN_PATIENT
            ? new Match("an in-patient hospitalisation", false, f.inferredFrom("treatment"))
            : null;
      case AMPUTATION:
        {
          String w = words.find(InjuryWords.AMPUTATION, text);
          return w == null ? null : new Match("an amputation ('" + w + "')", false, natureWords);
        }
      case LOSS_OF_EYE:
        {
          String w = words.find(InjuryWords.LOSS_OF_EYE, text);
          return w == null
              ? null
              : new Match("the loss of an eye ('" + w + "')", false, natureWords);
        }
      case PERMANENT_DISFIGUREMENT:
        {
          String w = words.find(InjuryWords.DISFIGUREMENT, text);
          return w == null
              ? null
              : new Match("a permanent disfigurement ('" + w + "')", false, natureWords);
        }
      case SPECIFIED_INJURY:
        return specified(c, words);
      case OVER_7_DAYS:
        {
          int away = f.daysAway() == null ? 0 : f.daysAway();
          int restricted = f.daysRestricted() == null ? 0 : f.daysRestricted();
          if (away + restricted <= 7) {
            return null;
          }
          String inferred =
              f.inferredFrom("days_away") != null
                  ? f.inferredFrom("days_away")
                  : f.inferredFrom("days_restricted");
          return new Match(
              (away + restricted) + " days away from or restricted in routine work",
              false,
              inferred);
        }
      case RECORDABLE:
        {
          CaseDecision d = CaseDecision.decide(c, words, null);
          return d.recordable()
              ? new Match(
                  "an OSHA-recordable case (" + d.criterion().label() + ")",
                  false,
                  d.inferredFrom())
              : null;
        }
      default:
        throw new IllegalStateException("unhandled trigger " + t);
    }
  }

  /** RIDDOR's specified injuries to a person at work (reg. 4(1)), as far as the log tells them. */
  private static Match specified(Casualty c, InjuryWords words) {
    Injury f = c.injury();
    String text = join(f.nature(), f.bodyPart());
    String natureWords = f.inferredFrom("nature");
    String fracture = words.find(InjuryWords.FRACTURE, text);
    if (fracture != null) {
      String digit = words.find(InjuryWords.DIGIT, text);
      if (digit == null && f.bodyPart() != null) {
        return new Match(
            "a fracture ('" + fracture + "', " + f.bodyPart() + ")", false, natureWords);
      }
      if (digit == null) {
        return new Match(
            "a fracture ('"
                + fracture
                + "'); a specified injury unless of a finger, thumb or"
                + " toe, and the body part is not recorded",
            true,
            natureWords);
      }
    }
    String amputation = words.find(InjuryWords.AMPUTATION, text);
    if (amputation != null) {
      String limb = words.find(InjuryWords.LIMB, text);
      return limb != null
          ? new Match("an amputation ('" + amputation + "', " + limb + ")", false, natureWords)
          : new Match(
              "an amputation ('"
                  + amputation
                  + "'); specified for an arm, hand, finger, thumb,"
                  + " leg, foot or toe, and the part is not recorded",
              true,
              natureWords);
    }
    if (Boolean.TRUE.equals(f.lostConsciousness())) {
      String cause = words.find(InjuryWords.HEAD_OR_ASPHYXIA, text);
      return cause != null
          ? new Match(
              "a loss of consciousness ('" + cause + "')",
              false,
              f.inferredFrom("lost_consciousness"))
          : new Match(
              "a loss of consciousness; specified when caused by a head injury or asphyxia, which"
                  + " the log does not say",
              true,
              f.inferredFrom("lost_consciousness"));
    }
    String maybe = words.find(InjuryWords.MAYBE_SPECIFIED, text);
    if (maybe != null) {
      return new Match(
          "'"
              + maybe
              + "': a specified injury if it meets regulation 4(1) (a burn over 10% of the"
              + " body or damaging the eyes or breathing; a crush injury to the head or torso;"
              + " scalping; blinding; hypothermia or heat illness in an enclosed space)",
          true,
          natureWords);
    }
    return null;
  }

  private static String join(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + " " + b;
  }
}
