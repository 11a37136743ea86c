package org.setsafe.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.setsafe.model.Answer;
import org.setsafe.model.AssessedHazard;
import org.setsafe.model.Category;
import org.setsafe.model.PartialDate;
import org.setsafe.model.RiskMatrix;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;

/**
 * Turns a row of a risk assessment's fields into an {@link AssessedHazard}, every problem of the
 * row located. Values that cannot be read (a likelihood of 7 on a 5-point scale, an unknown check
 * id, an unknown category, a date that does not exist) reject the row. Ratings and dates that can
 * be read but contradict each other (a residual risk worse than the initial one, a sign-off dated
 * before the row's last revision) are errors placed on their cell, and the row is kept so that what
 * else it lacks can still be said.
 */
public final class AssessmentRows {
  private AssessmentRows() {}

  /** A check id as people type one: letters and digits joined by underscores, no spaces. */
  private static final Pattern ID_LIKE = Pattern.compile("[A-Za-z0-9]+(_[A-Za-z0-9]+)+");

  /** A control marked not applicable: {@code ID n/a}, {@code ID: not applicable (why)}. */
  private static final Pattern NOT_APPLICABLE =
      Pattern.compile("(?i)^(.*?)[\\s:\\-\u2013(]*\\b(?:n/a|not applicable)\\b.*$");

  /** How planned controls are separated in a cell. */
  private static final Pattern SEPARATORS = Pattern.compile("[;,\\n\\r]+");

  /** The row's hazard, or null when a value cannot be read (the problems are in {@code c}). */
  public static AssessedHazard hazard(RowContext c, ProtocolCatalog catalog, RiskMatrix matrix) {
    String scene = AssessmentFields.SCENE.read(c);
    PartialDate shoot = AssessmentFields.SHOOT_DATE.read(c);
    Category category = AssessmentFields.HAZARD_CATEGORY.read(c);
    String planned = AssessmentFields.PLANNED_CONTROLS.read(c);
    List<String> ids = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> notApplicable = new ArrayList<>();
    controls(c, planned, catalog, ids, words, notApplicable);
    Integer likelihood = rating(c, AssessmentFields.LIKELIHOOD.name(), matrix.likelihood(), matrix);
    Integer severity = rating(c, AssessmentFields.SEVERITY.name(), matrix.severity(), matrix);
    Integer rl =
        rating(c, AssessmentFields.RESIDUAL_LIKELIHOOD.name(), matrix.likelihood(), matrix);
    Integer rs = rating(c, AssessmentFields.RESIDUAL_SEVERITY.name(), matrix.severity(), matrix);
    PartialDate signed = AssessmentFields.SIGNED_ON.read(c);
    PartialDate revised = AssessmentFields.REVISED_ON.read(c);
    Answer specific = yesNo(c, AssessmentFields.SPECIFIC_ASSESSMENT.name());
    if (c.hasErrors()) {
      return null;
    }
    AssessedHazard h =
        new AssessedHazard(
            scene,
            shoot,
            AssessmentFields.LOCATION.read(c),
            AssessmentFields.ACTIVITY.read(c),
            category,
            AssessmentFields.DESCRIPTION.read(c),
            planned,
            ids,
            words,
            notApplicable,
            likelihood,
            severity,
            rl,
            rs,
            AssessmentFields.OWNER.read(c),
            AssessmentFields.ASSESSED_BY.read(c),
            AssessmentFields.AUTHORISED_BY.read(c),
            signed,
            revised,
            specific,
            AssessmentFields.NOTE.read(c),
            c.line());
    if (h.rated() && h.reRated() && h.residualScore() > h.score()) {
      String at =
          rl > likelihood
              ? AssessmentFields.RESIDUAL_LIKELIHOOD.name()
              : AssessmentFields.RESIDUAL_SEVERITY.name();
      c.error(
          at,
          "the residual risk ("
              + matrix.cell(rl, rs).words()
              + ") is worse than the initial risk ("
              + matrix.cell(likelihood, severity).words()
              + "); controls cannot raise a risk: re-rate it, or revise the controls");
    }
    if (signed != null && revised != null && signed.compareTo(revised) < 0) {
      c.error(
          AssessmentFields.SIGNED_ON.name(),
          "signed on "
              + signed
              + ", before the row's last revision on "
              + revised
              + "; what was signed is not what the assessment now says: sign it again");
    }
    return h;
  }

  /**
   * Splits the planned controls into check ids (by id, or by a check's title or id in words, any
   * case), checks marked not applicable ({@code ID n/a}) and other words; a value shaped like a
   * check id that names none is an error with the ids it resembles.
   */
  static void controls(
      RowContext c,
      String planned,
      ProtocolCatalog catalog,
      List<String> ids,
      List<String> words,
      List<String> notApplicable) {
    if (planned == null) {
      return;
    }
    for (String part : SEPARATORS.split(planned)) {
      String t = part.strip();
      while (t.endsWith(".")) {
        t = t.substring(0, t.length() - 1).strip();
      }
      if (t.isEmpty()) {
        continue;
      }
      java.util.regex.Matcher na = NOT_APPLICABLE.matcher(t);
      if (na.matches() && !na.group(1).isBlank()) {
        String ref = na.group(1).strip();
        var k = catalog.check(ref);
        ProtocolCheck named = k.isPresent() ? k.get() : byWords(ref, catalog);
        if (named != null) {
          add(notApplicable, named.id());
          continue;
        }
        if (ID_LIKE.matcher(ref).matches() && ref.equals(ref.toUpperCase(Locale.ROOT))) {
          CanonicalRows.checkId(c, AssessmentFields.PLANNED_CONTROLS.name(), ref, catalog);
          continue;
        }
      }
      var byId = catalog.check(t);
      if (byId.isPresent()) {
        add(ids, byId.get().id());
        continue;
      }
      if (ID_LIKE.matcher(t).matches() && t.equals(t.toUpperCase(Locale.ROOT))) {
        CanonicalRows.checkId(c, AssessmentFields.PLANNED_CONTROLS.name(), t, catalog);
        continue;
      }
      ProtocolCheck named = byWords(t, catalog);
      if (named != null) {
        add(ids, named.id());
      } else {
        words.add(t);
      }
    }
  }

  private static void add(List<String> ids, String id) {
    if (!ids.contains(id)) {
      ids.add(id);
    }
  }

  /** The check whose title or id, in plain words, is {@code text} (any case), or null. */
  static ProtocolCheck byWords(String text, ProtocolCatalog catalog) {
    String w = plain(text);
    for (ProtocolCheck k : catalog.checks()) {
      if (plain(k.title()).equals(w) || plain(k.id()).equals(w)) {
        return k;
      }
    }
    return null;
  }

  private static String plain(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static Integer rating(
      RowContext c, String field, List<RiskMatrix.Level> scale, RiskMatrix matrix) {
    String v = c.text(field);
    if (v == null) {
      return null;
    }
    String what = field.replace('_', ' ');
    int n = RiskMatrix.rating(scale, v);
    if (n < 0) {
      c.error(
          field,
          "'"
              + v
              + "' is not a "
              + what
              + " rating; expected 1 to "
              + matrix.size()
              + " or a word of the scale ("
              + words(scale)
              + ")");
      return null;
    }
    if (n < 1 || n > matrix.size()) {
      c.error(
          field,
          what
              + " "
              + n
              + " is off the matrix's scale of 1 to "
              + matrix.size()
              + " ("
              + words(scale)
              + ")");
      return null;
    }
    return n;
  }

  private static String words(List<RiskMatrix.Level> scale) {
    StringBuilder b = new StringBuilder();
    for (RiskMatrix.Level l : scale) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(l.rating()).append(' ').append(l.word());
    }
    return b.toString();
  }

  /** y, n, yes, no, true, false (any case), or an answer code; empty: unknown. */
  private static Answer yesNo(RowContext c, String field) {
    String v = c.text(field);
    if (v == null) {
      return Answer.UNKNOWN;
    }
    switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "y", "yes", "true", "x":
        return Answer.YES;
      case "n", "no", "false":
        return Answer.NO;
      case "unknown", "?":
        return Answer.UNKNOWN;
      default:
        c.error(field, "'" + v + "' is not a yes or no (expected y or n)");
        return null;
    }
  }
}
