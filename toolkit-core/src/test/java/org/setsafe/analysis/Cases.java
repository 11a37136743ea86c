package org.setsafe.analysis;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.setsafe.model.Activity;
import org.setsafe.model.Category;
import org.setsafe.model.Harm;
import org.setsafe.model.Incident;
import org.setsafe.model.Injury;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Severity;
import org.setsafe.model.Treatment;

/** Builders of incidents and casualties for the recordkeeping tests. */
final class Cases {
  private Cases() {}

  static Incident incident(String id, String date, String time, String jurisdiction) {
    return new Incident(
        id,
        "Incident " + id,
        "Test production",
        PartialDate.parse(date),
        time == null ? null : LocalTime.parse(time),
        null,
        null,
        jurisdiction,
        Category.OTHER,
        Activity.UNKNOWN,
        Severity.INJURY,
        0,
        1,
        null,
        null,
        null);
  }

  static Incident fatal(String id, String date, String time, String jurisdiction) {
    return new Incident(
        id,
        "Incident " + id,
        "Test production",
        PartialDate.parse(date),
        time == null ? null : LocalTime.parse(time),
        null,
        null,
        jurisdiction,
        Category.OTHER,
        Activity.UNKNOWN,
        Severity.FATAL,
        1,
        0,
        null,
        null,
        null);
  }

  /** An injury with the facts that matter for recording; the rest unknown. */
  static Injury facts(
      Treatment t, Integer away, Integer restricted, Boolean unconscious, String nature) {
    return new Injury(
        t,
        away,
        restricted,
        unconscious,
        null,
        nature,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of());
  }

  static Injury reported(Injury f, String at, String to) {
    return new Injury(
        f.treatment(),
        f.daysAway(),
        f.daysRestricted(),
        f.lostConsciousness(),
        f.bodyPart(),
        f.nature(),
        f.caseType(),
        f.jobTitle(),
        f.employer(),
        f.privacyCase(),
        LocalDateTime.parse(at),
        to,
        f.inferred());
  }

  static Injury withBodyPart(Injury f, String bodyPart) {
    return new Injury(
        f.treatment(),
        f.daysAway(),
        f.daysRestricted(),
        f.lostConsciousness(),
        bodyPart,
        f.nature(),
        f.caseType(),
        f.jobTitle(),
        f.employer(),
        f.privacyCase(),
        f.reportedAt(),
        f.reportedTo(),
        f.inferred());
  }

  static Casualty injured(Incident i, String name, Injury f) {
    return new Casualty(i, name, null, Harm.INJURED, f, 0, 0);
  }

  static Casualty killed(Incident i, String name, Injury f) {
    return new Casualty(i, name, null, Harm.KILLED, f, 0, 0);
  }
}
