package org.setsafe.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Confidence;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.Protocol;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;

/**
 * The protocol checks whose failure an incident's description suggests, from the {@code signals} of
 * each check in the protocols ("live rounds found" for No live ammunition).
 *
 * <p>A signal and a description go through the same analysis ({@link Words}: stemming, stop words,
 * tool names joined), and a signal matches where its words follow each other in the description,
 * stop words aside: "handed the revolver to" matches "handed the gun". In a signal, the word "gun"
 * stands for any word for a firearm ({@link #FIREARM_WORDS}). Numbers in a description are passed
 * over ("a live .45 round"). A match does not count when a negation comes just before it ("no live
 * rounds were found", "never without a harness") or "none" just after it ("live rounds: none"). The
 * signals of a protocol with a {@link Protocol#signalContext} count only in a description that has
 * one of its words: a firearm check is never suggested for a text that names no firearm, round or
 * armorer, so a nail gun, a cartridge heater or an ammunition can (joined into one word by the
 * analysis) suggests nothing.
 */
public final class CheckSuggester {
  /** The words a signal's "gun" stands for. */
  public static final List<String> FIREARM_WORDS =
      List.of(
          "gun",
          "firearm",
          "weapon",
          "revolver",
          "pistol",
          "rifle",
          "shotgun",
          "handgun",
          "carbine",
          "musket",
          "derringer",
          "sidearm");

  /** The evidence recorded for a suggested failure, before the matched words. */
  public static final String EVIDENCE = "suggested from the description: ";

  private static final String GUN = "gun";
  private static final int NEGATION_BEFORE = 2;
  private static final int NEGATION_AFTER = 3;

  private final ProtocolCatalog catalog;
  private final Set<String> firearm = new HashSet<>();
  private final Set<String> negations = new HashSet<>();
  private final Set<String> nones = new HashSet<>();

  /** Check id to its signals' terms, in protocol order. */
  private final Map<String, List<List<String>>> signals = new LinkedHashMap<>();

  /** Check id to the analysed context words of its protocol (absent: no context needed). */
  private final Map<String, Set<String>> context = new LinkedHashMap<>();

  private CheckSuggester(ProtocolCatalog catalog) {
    this.catalog = catalog;
    for (String w : FIREARM_WORDS) {
      firearm.addAll(Words.terms(w));
    }
    for (String w :
        List.of(
            "no", "not", "never", "without", "nobody", "none", "didn't", "wasn't", "weren't",
            "hadn't", "isn't", "zero")) {
      negations.addAll(Words.terms(w));
    }
    nones.addAll(Words.terms("none"));
    for (Protocol p : catalog.protocols()) {
      Set<String> words = new HashSet<>();
      for (String w : p.signalContext()) {
        words.addAll(normalised(Words.terms(w)));
      }
      for (ProtocolCheck c : p.checks()) {
        List<List<String>> list = new ArrayList<>();
        for (String s : c.signals()) {
          List<String> terms = normalised(Words.terms(s));
          if (terms.isEmpty()) {
            throw new IllegalStateException(
                c.id() + ": the signal '" + s + "' has no word left after analysis");
          }
          list.add(terms);
        }
        signals.put(c.id(), list);
        if (!words.isEmpty()) {
          context.put(c.id(), words);
        }
      }
    }
  }

  /** A suggester for the checks of {@code catalog}. */
  public static CheckSuggester of(ProtocolCatalog catalog) {
    return new CheckSuggester(Objects.requireNonNull(catalog, "catalog"));
  }

  private static volatile CheckSuggester bundled;

  /** The suggester for the bundled protocols (built once). */
  public static CheckSuggester bundled() {
    CheckSuggester s = bundled;
    if (s == null) {
      synchronized (CheckSuggester.class) {
        s = bundled;
        if (s == null) {
          s = of(ProtocolCatalog.bundled());
          bundled = s;
        }
      }
    }
    return s;
  }

  private List<String> normalised(List<String> terms) {
    List<String> out = new ArrayList<>();
    for (String t : terms) {
      if (!digits(t)) {
        out.add(firearm.contains(t) ? GUN : t);
      }
    }
    return out;
  }

  /** The description of an incident: its title and summary. */
  public static String description(IncidentRecord r) {
    String s = r.incident().summary();
    return s == null ? r.incident().title() : r.incident().title() + "\n" + s;
  }

  /** The checks the description of {@code r} suggests, in protocol order. */
  public List<Suggestion> suggest(IncidentRecord r) {
    return suggest(description(r));
  }

  /** The checks the description of {@code r} suggests, beside what its record holds. */
  public SuggestedChecks suggestions(IncidentRecord r) {
    return new SuggestedChecks(r, suggest(r));
  }

  /** The checks {@code text} suggests, in protocol order, each with the words that matched. */
  public List<Suggestion> suggest(String text) {
    List<Words.Token> tokens = new ArrayList<>();
    for (Words.Token t : Words.tokens(text)) {
      if (!digits(t.term())) {
        tokens.add(t);
      }
    }
    String[] terms = new String[tokens.size()];
    Set<String> present = new HashSet<>();
    for (int i = 0; i < terms.length; i++) {
      String t = tokens.get(i).term();
      terms[i] = firearm.contains(t) ? GUN : t;
      present.add(terms[i]);
    }
    List<Suggestion> out = new ArrayList<>();
    for (Map.Entry<String, List<List<String>>> e : signals.entrySet()) {
      Set<String> needs = context.get(e.getKey());
      if (needs != null && needs.stream().noneMatch(present::contains)) {
        continue;
      }
      List<int[]> spans = new ArrayList<>();
      for (List<String> signal : e.getValue()) {
        for (int i = 0; i + signal.size() <= terms.length; i++) {
          if (matches(terms, i, signal) && !negated(terms, i, i + signal.size())) {
            spans.add(new int[] {tokens.get(i).start(), tokens.get(i + signal.size() - 1).end()});
          }
        }
      }
      if (!spans.isEmpty()) {
        out.add(new Suggestion(e.getKey(), words(text, spans)));
      }
    }
    return out;
  }

  /**
   * The matched words as written, overlapping matches joined ("member of the public walked" and
   * "public walked onto" give "Member of the public walked onto"), in text order, each once.
   */
  private static List<String> words(String text, List<int[]> spans) {
    spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int start = spans.get(0)[0];
    int end = spans.get(0)[1];
    for (int[] s : spans.subList(1, spans.size())) {
      if (s[0] <= end) {
        end = Math.max(end, s[1]);
      } else {
        add(out, seen, text.substring(start, end));
        start = s[0];
        end = s[1];
      }
    }
    add(out, seen, text.substring(start, end));
    return out;
  }

  private static void add(List<String> out, Set<String> seen, String w) {
    String s = w.replaceAll("\\s+", " ");
    if (seen.add(s.toLowerCase(Locale.ROOT))) {
      out.add(s);
    }
  }

  private static boolean matches(String[] terms, int at, List<String> signal) {
    for (int j = 0; j < signal.size(); j++) {
      if (!terms[at + j].equals(signal.get(j))) {
        return false;
      }
    }
    return true;
  }

  private boolean negated(String[] terms, int start, int end) {
    for (int i = Math.max(0, start - NEGATION_BEFORE); i < start; i++) {
      if (negations.contains(terms[i])) {
        return true;
      }
    }
    for (int i = end; i < Math.min(terms.length, end + NEGATION_AFTER); i++) {
      if (nones.contains(terms[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean digits(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }

  /**
   * {@code r} with the failures its description suggests added as checks with confidence {@code
   * inferred} and the evidence "suggested from the description: <words>", for the checks it has no
   * result for (a recorded result, whatever it says, stands). {@code r} itself when nothing is
   * added.
   */
  public IncidentRecord withSuggestions(IncidentRecord r) {
    Set<String> recorded = new HashSet<>();
    for (CheckResult c : r.checks()) {
      recorded.add(catalog.check(c.checkId()).map(ProtocolCheck::id).orElse(c.checkId()));
    }
    List<CheckResult> added = new ArrayList<>();
    for (Suggestion s : suggest(r)) {
      if (!recorded.contains(s.checkId())) {
        added.add(
            new CheckResult(
                r.id(),
                s.checkId(),
                CheckStatus.FAILED,
                null,
                Confidence.INFERRED,
                evidence(s),
                null));
      }
    }
    if (added.isEmpty()) {
      return r;
    }
    List<CheckResult> checks = new ArrayList<>(r.checks());
    checks.addAll(added);
    return new IncidentRecord(
        r.incident(), r.people(), checks, r.outcomes(), r.sources(), r.actions());
  }

  /** {@code suggested from the description: "live rounds found"; "live ammunition"}. */
  public static String evidence(Suggestion s) {
    List<String> quoted = s.words().stream().map(w -> "\"" + w + "\"").toList();
    return EVIDENCE + String.join("; ", quoted);
  }

  /** Whether a check result was suggested from a description (by its confidence and evidence). */
  public static boolean suggested(CheckResult c) {
    return c.confidence() == Confidence.INFERRED
        && c.evidence() != null
        && c.evidence().startsWith(EVIDENCE);
  }
}
