package org.setsafe.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.setsafe.model.Harm;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Injury;
import org.setsafe.model.Involvement;
import org.setsafe.model.Role;

/**
 * One person hurt or killed in an incident, with what happened to them: a person the log names, or
 * one it only counts (a flat log's "1 injured"), who is then not named.
 *
 * @param name the person's name, or null when the log only counts them
 * @param role the person's role, or null when not named
 * @param number which of the incident's unnamed casualties this is (1, 2, ...), 0 when named
 * @param unnamed how many unnamed casualties of this harm the incident has (0 when named)
 */
public record Casualty(
    Incident incident, String name, Role role, Harm harm, Injury injury, int number, int unnamed) {

  public Casualty {
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(harm, "harm");
    Objects.requireNonNull(injury, "injury");
  }

  /** The person's name, or {@code not named} with which of the counted people this is. */
  public String shownName() {
    if (name != null) {
      return name;
    }
    String who = harm == Harm.KILLED ? "person killed" : "person injured";
    return unnamed > 1
        ? "not named (" + who + " " + number + " of " + unnamed + ")"
        : "not named (" + who + ")";
  }

  /** What a privacy case shows instead of the name (29 CFR 1904.29(b)(6)-(7)). */
  public static final String PRIVACY_CASE = "privacy case";

  /**
   * The name as records shared beyond the safety office show it: {@code privacy case} for a privacy
   * concern case (recorded or inferred), else {@link #shownName}.
   */
  public String publicName() {
    return Boolean.TRUE.equals(injury.privacyCase()) ? PRIVACY_CASE : shownName();
  }

  /**
   * The people hurt or killed in {@code r}: those listed with a harm, each with the facts {@code
   * facts} gives for them, then as many unnamed ones as the counts hold beyond those listed. The
   * facts read from the incident's words ({@code fromWords}) fill what nothing recorded, for the
   * one casualty of an incident that has only one: with several, the words could be about any of
   * them and are not used.
   */
  public static List<Casualty> of(
      IncidentRecord r, Function<Involvement, Injury> facts, Injury fromWords) {
    Incident i = r.incident();
    List<Casualty> out = new ArrayList<>();
    int killed = 0;
    int injured = 0;
    for (Involvement p : r.people()) {
      if (p.harm() == Harm.NONE) {
        continue;
      }
      killed += p.harm() == Harm.KILLED ? 1 : 0;
      injured += p.harm() == Harm.INJURED ? 1 : 0;
      Injury f = facts.apply(p);
      out.add(new Casualty(i, p.name(), p.role(), p.harm(), f == null ? Injury.NONE : f, 0, 0));
    }
    int moreKilled = Math.max(0, i.fatalities() - killed);
    int moreInjured = i.injuries() == null ? 0 : Math.max(0, i.injuries() - injured);
    for (int k = 1; k <= moreKilled; k++) {
      out.add(new Casualty(i, null, null, Harm.KILLED, Injury.NONE, k, moreKilled));
    }
    for (int k = 1; k <= moreInjured; k++) {
      out.add(new Casualty(i, null, null, Harm.INJURED, Injury.NONE, k, moreInjured));
    }
    if (out.size() == 1 && fromWords != null) {
      Casualty only = out.get(0);
      out.set(
          0,
          new Casualty(
              i,
              only.name,
              only.role,
              only.harm,
              only.injury.orElse(fromWords),
              only.number,
              only.unnamed));
    }
    return out;
  }
}
