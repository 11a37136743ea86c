package org.setsafe.model;

import static org.setsafe.model.InvalidValueException.check;
import static org.setsafe.model.InvalidValueException.optional;
import static org.setsafe.model.InvalidValueException.required;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A report that a jurisdiction's rules (or a production's own) call for after an incident, and how
 * long it may take: within so many hours or days of the incident, or without delay.
 *
 * @param id a stable id ({@code us-osha-death})
 * @param title what to do, in words ({@code Report the death to OSHA})
 * @param reportTo who receives the report, as shown ({@code OSHA})
 * @param recipients the names by which a recorded report to that receiver is recognised (any case)
 * @param jurisdictions the incident jurisdictions the rule covers: {@code US} covers {@code US} and
 *     every {@code US-..}; {@code *} covers every incident, even one with no jurisdiction
 * @param except jurisdictions left out of those ({@code US-CA} where California's rule applies)
 * @param inForceFrom the first incident date the rule applies to, or null
 * @param when the triggers, any one of which calls for the report
 * @param categories the hazard categories the rule is limited to; empty for all
 * @param window how long the report may take
 * @param citation where the rule is written ({@code 29 CFR 1904.39(a)(1)})
 * @param wording the rule's words as quoted from the source
 * @param wordingStatus whether the wording was read verbatim in the source ({@code verbatim}), only
 *     paraphrased ({@code paraphrase}) or not confirmed ({@code unconfirmed})
 * @param sourceTitle the source's title
 * @param sourceUrl the source's address, or null
 * @param note what setsafe leaves out or reads its own way, or null
 * @param origin the file the rule was read from ({@code reporting.json} for the bundled rules)
 */
public record ReportingRule(
    String id,
    String title,
    String reportTo,
    List<String> recipients,
    List<String> jurisdictions,
    List<String> except,
    LocalDate inForceFrom,
    Set<ReportTrigger> when,
    Set<Category> categories,
    Window window,
    String citation,
    String wording,
    String wordingStatus,
    String sourceTitle,
    String sourceUrl,
    String note,
    String origin) {

  /** How long a report may take after the incident: hours, days, or without delay. */
  public record Window(Integer hours, Integer days) {
    public static final Window WITHOUT_DELAY = new Window(null, null);

    public Window {
      check(hours == null || days == null, "within", "give hours or days, not both");
      check(hours == null || hours > 0, "within", "hours must be more than 0");
      check(days == null || days > 0, "within", "days must be more than 0");
    }

    public static Window hours(int h) {
      return new Window(h, null);
    }

    public static Window days(int d) {
      return new Window(null, d);
    }

    /** Whether the report is due without delay, with no fixed time. */
    public boolean withoutDelay() {
      return hours == null && days == null;
    }

    /** In words: {@code within 8 hours}, {@code within 10 days}, {@code without delay}. */
    public String words() {
      if (hours != null) {
        return "within " + hours + (hours == 1 ? " hour" : " hours");
      }
      if (days != null) {
        return "within " + days + (days == 1 ? " day" : " days");
      }
      return "without delay";
    }

    /** The hours as a duration, or null when the window is counted in days or has no time. */
    public Duration duration() {
      return hours == null ? null : Duration.ofHours(hours);
    }
  }

  public ReportingRule {
    id = required(id, "id");
    title = required(title, "title");
    reportTo = required(reportTo, "report_to");
    recipients = List.copyOf(recipients);
    check(!recipients.isEmpty(), "recipients", "a rule names at least one recipient");
    jurisdictions = List.copyOf(jurisdictions);
    check(!jurisdictions.isEmpty(), "jurisdictions", "a rule covers at least one jurisdiction");
    except = List.copyOf(except);
    when = Set.copyOf(when);
    check(!when.isEmpty(), "when", "a rule has at least one trigger");
    categories = Set.copyOf(categories);
    Objects.requireNonNull(window, "window");
    citation = required(citation, "citation");
    wording = optional(wording);
    wordingStatus = optional(wordingStatus);
    sourceTitle = optional(sourceTitle);
    sourceUrl = optional(sourceUrl);
    note = optional(note);
    origin = required(origin, "origin");
  }

  /**
   * Whether the rule covers an incident in {@code jurisdiction} (null when not recorded) on {@code
   * date} (its first possible day).
   */
  public boolean covers(String jurisdiction, LocalDate date) {
    if (inForceFrom != null && date.isBefore(inForceFrom)) {
      return false;
    }
    if (jurisdictions.contains("*")) {
      return true;
    }
    if (jurisdiction == null) {
      return false;
    }
    for (String e : except) {
      if (within(jurisdiction, e)) {
        return false;
      }
    }
    for (String j : jurisdictions) {
      if (within(jurisdiction, j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code code} is {@code area} or a subdivision of it ({@code US-CA} within {@code US}).
   */
  static boolean within(String code, String area) {
    String c = code.strip().toUpperCase(Locale.ROOT);
    String a = area.strip().toUpperCase(Locale.ROOT);
    return c.equals(a) || c.startsWith(a + "-");
  }

  /** Whether {@code reportedTo} (a recorded receiver, or several separated by ';') names this. */
  public boolean recognises(String reportedTo) {
    if (reportedTo == null) {
      return false;
    }
    for (String part : reportedTo.split(";")) {
      String p = part.strip().toLowerCase(Locale.ROOT);
      for (String r : recipients) {
        if (!p.isEmpty() && p.contains(r.strip().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }
}
