package org.setsafe.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.setsafe.model.Category;
import org.setsafe.model.CheckResult;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Confidence;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Quantities;
import org.setsafe.protocol.Limit;
import org.setsafe.protocol.Protocol;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;
import org.setsafe.protocol.ProtocolException;

/**
 * The protocol checks whose failure an incident's description suggests, from the {@code signals} of
 * each check in the protocols ("live rounds found" for No live ammunition).
 *
 * <p>A signal and a description go through the same analysis ({@link Words}: stemming, stop words,
 * tool names joined), and a signal matches where its words follow each other in the description,
 * stop words aside: "handed the revolver to" matches "handed the gun". In a signal, the word "gun"
 * stands for any word for a firearm ({@link #FIREARM_WORDS}). Numbers in a description are passed
 * over, with their units ("a live .45 round", "fell 12 feet from a ladder" reads as "fell from a
 * ladder"). A match does not count when a negation comes just before it ("no live rounds were
 * found", "never without a harness") or "none" just after it ("live rounds: none"). The signals of
 * a protocol with a {@link Protocol#signalContext} count only in a description that has one of its
 * words: a firearm check is never suggested for a text that names no firearm, round or armorer, so
 * a nail gun, a cartridge heater or an ammunition can (joined into one word by the analysis)
 * suggests nothing.
 *
 * <p>Two rules work within a sentence (ended by ".", "!" or "?" before a capital, a digit or the
 * end, or by a line break). A check's {@link ProtocolCheck#notWhen} phrases cancel its signals and
 * its limits in the sentence that holds one ("discharged from hospital" cancels "discharged"). A
 * check's {@link ProtocolCheck#limits} compare the numbers of a sentence that holds one of a
 * limit's {@code near} words with the limit: "fired a blank at 8 ft from the performer (the plan
 * said 20 ft)" fails a 20 ft stand-off (8 ft is below it; the 20 ft beside it does not undo that),
 * and the suggestion quotes the words from the near word to the number ("fired a blank at 8 ft"). A
 * number beside a near word that fails no limit cancels the check's signals in its sentence: "fell
 * 2 ft off the platform" is no failure of fall protection from 6 ft, whatever the signals say,
 * while "fell 12 feet from a ladder" is.
 *
 * <p>A check's {@link ProtocolCheck#controls} (the things or people it puts in place: "blade
 * guard", "standby diver", "sandbags") suggest it when the description says one was absent, in the
 * same sentence: a negation or {@link #LACKS} word in the {@value #CONTROL_BEFORE} words before it
 * ("no sandbags", "wasn't wearing a seat belt", "lack of shade"), unless a negation stands just
 * before that word ("never without a harness"), or one of {@link #ABSENT_AFTER} in the {@value
 * #CONTROL_AFTER} words after it ("the guard was tied back"). The suggestion quotes the words from
 * the one to the other. A sentence a not_when phrase cancels or a limit clears cancels them too.
 * Controls count only where the hazard is known (recorded, or named by the hazard's own words and
 * signals): "shot the scene without a single rehearsal" names no stunt, and an absent control gives
 * a hazard no points.
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
  public static final String EVIDENCE = CheckResult.SUGGESTED_EVIDENCE;

  private static final String GUN = "gun";
  private static final int NEGATION_BEFORE = 2;
  private static final int NEGATION_AFTER = 3;

  /** Words that, besides the negations, say a control that follows them was absent. */
  public static final List<String> LACKS = List.of("lack", "lacking", "missing", "absent");

  /** Phrases that, after a control, say it was absent ("the guard was tied back"). */
  public static final List<String> ABSENT_AFTER =
      List.of(
          "missing",
          "removed",
          "tied back",
          "taped back",
          "taken off",
          "not used",
          "not worn",
          "not in place",
          "not fitted",
          "disabled",
          "bypassed",
          "none");

  private static final int CONTROL_BEFORE = 3;
  private static final int CONTROL_AFTER = 3;

  private final ProtocolCatalog catalog;
  private final Set<String> firearm = new HashSet<>();
  private final Set<String> negations = new HashSet<>();
  private final Set<String> nones = new HashSet<>();
  private final Set<String> lacks = new HashSet<>();
  private final List<List<String>> absentAfter = new ArrayList<>();

  /** Check id to its controls' terms (absent: none). */
  private final Map<String, List<List<String>>> controls = new LinkedHashMap<>();

  /** Check id to its signals' terms, in protocol order. */
  private final Map<String, List<List<String>>> signals = new LinkedHashMap<>();

  /** Check id to the analysed context words of its protocol (absent: no context needed). */
  private final Map<String, Set<String>> context = new LinkedHashMap<>();

  /** Check id to its not_when phrases' terms (absent: none). */
  private final Map<String, List<List<String>>> notWhen = new LinkedHashMap<>();

  /** Check id to its limits, each with its near words' terms (absent: none). */
  private final Map<String, List<Bound>> limits = new LinkedHashMap<>();

  private final HazardReader hazards;

  /** A limit with its near words analysed. */
  private record Bound(Limit limit, List<List<String>> near) {}

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
    lacks.addAll(negations);
    for (String w : LACKS) {
      lacks.addAll(Words.terms(w));
    }
    for (String w : ABSENT_AFTER) {
      absentAfter.add(Words.terms(w));
    }
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
        if (!c.notWhen().isEmpty()) {
          List<List<String>> cancels = phrases(c, c.notWhen(), "not_when phrase");
          for (int k = 0; k < cancels.size(); k++) {
            for (int j = 0; j < list.size(); j++) {
              if (Collections.indexOfSubList(list.get(j), cancels.get(k)) >= 0) {
                throw new ProtocolException(
                    c.protocolId()
                        + ": check "
                        + c.id()
                        + ": the not_when phrase '"
                        + c.notWhen().get(k)
                        + "' reads as '"
                        + String.join(" ", cancels.get(k))
                        + "', which its own signal '"
                        + c.signals().get(j)
                        + "' holds: it would cancel that signal wherever it matches");
              }
            }
          }
          notWhen.put(c.id(), cancels);
        }
        if (!c.controls().isEmpty()) {
          controls.put(c.id(), phrases(c, c.controls(), "control"));
        }
        List<Bound> bounds = new ArrayList<>();
        for (Limit l : c.limits()) {
          bounds.add(new Bound(l, phrases(c, l.near(), "limit's near word")));
        }
        if (!bounds.isEmpty()) {
          limits.put(c.id(), bounds);
        }
      }
    }
    hazards = new HazardReader(catalog, this);
  }

  private List<List<String>> phrases(ProtocolCheck c, List<String> phrases, String what) {
    List<List<String>> out = new ArrayList<>();
    for (String s : phrases) {
      List<String> terms = normalised(Words.terms(s));
      if (terms.isEmpty()) {
        throw new ProtocolException(
            c.protocolId()
                + ": check "
                + c.id()
                + ": the "
                + what
                + " '"
                + s
                + "' has no word left after analysis (only stop words or numbers)");
      }
      out.add(terms);
    }
    return out;
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

  /**
   * The checks the description of {@code r} suggests, in protocol order: those of general protocols
   * and of the protocols for its hazard, the one it records or, where it records none ({@code
   * other}), the one its words speak of ({@link HazardReader}); a firearm check is not suggested
   * for a fall.
   */
  public List<Suggestion> suggest(IncidentRecord r) {
    Category c = r.incident().category();
    if (c == Category.OTHER) {
      c = hazards.read(r).map(InferredHazard::category).orElse(Category.OTHER);
    }
    return suggest(description(r), c);
  }

  /**
   * The checks {@code text} suggests for an incident of hazard {@code category}: those of general
   * protocols and of protocols that apply to it; all of them for {@code other}.
   */
  public List<Suggestion> suggest(String text, Category category) {
    if (category == Category.OTHER) {
      return suggest(text);
    }
    List<Suggestion> all = suggest(analyse(text), true);
    return all.stream()
        .filter(
            s ->
                catalog
                    .check(s.checkId())
                    .flatMap(c -> catalog.protocol(c.protocolId()))
                    .map(p -> p.general() || p.categories().contains(category))
                    .orElse(true))
        .toList();
  }

  /**
   * The checks the description of {@code r} suggests, beside what its record holds, with the hazard
   * its words speak of where it records none.
   */
  public SuggestedChecks suggestions(IncidentRecord r) {
    return new SuggestedChecks(r, suggest(r), hazards.read(r).orElse(null));
  }

  /** The reader of hazards from words over the same protocols. */
  public HazardReader hazards() {
    return hazards;
  }

  /**
   * The checks {@code text} suggests, in protocol order, each with the words that matched: from
   * signals and limits only, as no hazard is known for the controls to count in.
   */
  public List<Suggestion> suggest(String text) {
    return suggest(analyse(text), false);
  }

  /** A text after analysis: its words (numbers left out), as signals see them, and sentences. */
  final class Analysed {
    final String text;
    final List<Words.Token> tokens = new ArrayList<>();
    final String[] terms;
    final Set<String> present = new HashSet<>();
    final Sentences sentences;

    /** The numbers with units of the text ("12 feet", "6-foot"), whose words signals pass over. */
    final List<Quantities.Quantity> quantities;

    private boolean withinQuantity(Words.Token t) {
      for (Quantities.Quantity q : quantities) {
        if (t.start() >= q.start() && t.end() <= q.end()) {
          return true;
        }
      }
      return false;
    }

    private Analysed(String text) {
      this.text = text;
      quantities = Quantities.find(text);
      for (Words.Token t : Words.tokens(text)) {
        if (!digits(t.term()) && !withinQuantity(t)) {
          tokens.add(t);
        }
      }
      terms = new String[tokens.size()];
      for (int i = 0; i < terms.length; i++) {
        String t = tokens.get(i).term();
        terms[i] = firearm.contains(t) ? GUN : t;
        present.add(terms[i]);
      }
      sentences = new Sentences(text, tokens);
    }

    /**
     * The spans (char offsets) where one of {@code phrases} (analysed) matches, negated or not, in
     * text order.
     */
    List<int[]> spans(List<List<String>> phrases) {
      List<int[]> out = new ArrayList<>();
      for (List<String> phrase : phrases) {
        for (int i = 0; i + phrase.size() <= terms.length; i++) {
          if (matches(terms, i, phrase)) {
            out.add(new int[] {tokens.get(i).start(), tokens.get(i + phrase.size() - 1).end()});
          }
        }
      }
      return out;
    }

    /** The sentence (0, 1, ...) of the word at char offset {@code offset}. */
    int sentenceOf(int offset) {
      return sentences.ofOffset(offset);
    }

    /** The words of {@code spans} as written, overlapping ones joined, each once. */
    List<String> quoted(List<int[]> spans) {
      return words(text, new ArrayList<>(spans));
    }
  }

  Analysed analyse(String text) {
    return new Analysed(text);
  }

  /** Phrases analysed as signals are ({@code gun} for any firearm word). */
  List<List<String>> analysed(List<String> phrases) {
    List<List<String>> out = new ArrayList<>();
    for (String p : phrases) {
      List<String> t = normalised(Words.terms(p));
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * The checks {@code a} suggests; from its controls too when {@code withControls} (only for a text
   * whose hazard is known: an absent control does not name a hazard).
   */
  List<Suggestion> suggest(Analysed a, boolean withControls) {
    String text = a.text;
    List<Words.Token> tokens = a.tokens;
    String[] terms = a.terms;
    Sentences sentences = a.sentences;
    List<Quantities.Quantity> numbers = a.quantities;
    List<Suggestion> out = new ArrayList<>();
    for (Map.Entry<String, List<List<String>>> e : signals.entrySet()) {
      String id = e.getKey();
      Set<String> needs = context.get(id);
      if (needs != null && needs.stream().noneMatch(a.present::contains)) {
        continue;
      }
      Set<Integer> cancelled = new HashSet<>();
      for (List<String> phrase : notWhen.getOrDefault(id, List.of())) {
        if (!phrase.isEmpty() && !a.present.contains(phrase.get(0))) {
          continue; // its first word is nowhere in the text: no need to look
        }
        for (int i = 0; i + phrase.size() <= terms.length; i++) {
          if (matches(terms, i, phrase)) {
            cancelled.add(sentences.ofToken(i));
          }
        }
      }
      List<int[]> spans = new ArrayList<>();
      Set<Integer> withinLimits = new HashSet<>();
      for (Bound b : limits.getOrDefault(id, List.of())) {
        for (Quantities.Quantity q : numbers) {
          int sentence = sentences.ofOffset(q.start());
          if (q.dimension() != b.limit().dimension() || cancelled.contains(sentence)) {
            continue;
          }
          int[] near = nearest(terms, tokens, sentences, sentence, b.near(), q);
          if (near == null) {
            continue;
          }
          Limit.Qualifier qualifier = qualifier(text, q.start());
          Limit.Verdict verdict = b.limit().verdict(q, qualifier);
          if (verdict == Limit.Verdict.FAILS) {
            int from = qualifier == Limit.Qualifier.EXACTLY ? q.start() : qualifierStart(text, q);
            spans.add(new int[] {Math.min(near[0], from), Math.max(near[1], q.end())});
          } else if (verdict == Limit.Verdict.PASSES) {
            withinLimits.add(sentence);
          }
        }
      }
      Set<Integer> failedLimits = new HashSet<>();
      for (int[] sp : spans) {
        failedLimits.add(sentences.ofOffset(sp[0]));
      }
      withinLimits.removeAll(failedLimits);
      for (List<String> signal : e.getValue()) {
        if (!signal.isEmpty() && !a.present.contains(signal.get(0))) {
          continue;
        }
        for (int i = 0; i + signal.size() <= terms.length; i++) {
          if (matches(terms, i, signal)
              && !negated(terms, i, i + signal.size())
              && !cancelled.contains(sentences.ofToken(i))
              && !withinLimits.contains(sentences.ofToken(i))) {
            spans.add(new int[] {tokens.get(i).start(), tokens.get(i + signal.size() - 1).end()});
          }
        }
      }
      for (List<String> control :
          withControls ? controls.getOrDefault(id, List.of()) : List.<List<String>>of()) {
        for (int i = 0; i + control.size() <= terms.length; i++) {
          int sentence = sentences.ofToken(i);
          if (matches(terms, i, control)
              && !cancelled.contains(sentence)
              && !withinLimits.contains(sentence)) {
            int[] span = absent(terms, sentences, i, i + control.size());
            if (span != null) {
              spans.add(new int[] {tokens.get(span[0]).start(), tokens.get(span[1] - 1).end()});
            }
          }
        }
      }
      if (!spans.isEmpty()) {
        out.add(new Suggestion(id, words(text, spans)));
      }
    }
    return out;
  }

  /** Words just before a number that make it an upper bound ("less than 10 hours"). */
  private static final Pattern LESS_THAN =
      Pattern.compile("(?:less than|fewer than|under|below|within)\\s*$", Pattern.CASE_INSENSITIVE);

  /** Words just before a number that make it a lower bound ("more than 60 hours"). */
  private static final Pattern MORE_THAN =
      Pattern.compile(
          "(?:more than|over|above|in excess of|exceeding)\\s*$", Pattern.CASE_INSENSITIVE);

  /** How the words just before a number qualify it. */
  private static Limit.Qualifier qualifier(String text, int start) {
    String before = text.substring(Math.max(0, start - 20), start);
    if (LESS_THAN.matcher(before).find()) {
      return Limit.Qualifier.LESS_THAN;
    }
    if (MORE_THAN.matcher(before).find()) {
      return Limit.Qualifier.MORE_THAN;
    }
    return Limit.Qualifier.EXACTLY;
  }

  /** Where the qualifying words before {@code q} start, to quote them with it. */
  private static int qualifierStart(String text, Quantities.Quantity q) {
    int from = Math.max(0, q.start() - 20);
    String before = text.substring(from, q.start());
    for (Pattern p : List.of(LESS_THAN, MORE_THAN)) {
      Matcher m = p.matcher(before);
      if (m.find()) {
        return from + m.start();
      }
    }
    return q.start();
  }

  /**
   * The span (char offsets) of the match of one of {@code near} in {@code sentence} to quote with
   * {@code q}: the first one before it within {@link #QUOTE_REACH} chars ("fired a blank at 8 ft"),
   * else the closest; null when none is there.
   */
  private static int[] nearest(
      String[] terms,
      List<Words.Token> tokens,
      Sentences sentences,
      int sentence,
      List<List<String>> near,
      Quantities.Quantity q) {
    int[] best = null;
    int bestGap = Integer.MAX_VALUE;
    int[] first = null;
    for (List<String> phrase : near) {
      for (int i = 0; i + phrase.size() <= terms.length; i++) {
        if (sentences.ofToken(i) == sentence && matches(terms, i, phrase)) {
          int start = tokens.get(i).start();
          int end = tokens.get(i + phrase.size() - 1).end();
          int gap = end <= q.start() ? q.start() - end : Math.max(0, start - q.end());
          if (gap < bestGap) {
            bestGap = gap;
            best = new int[] {start, end};
          }
          if (end <= q.start()
              && q.start() - start <= QUOTE_REACH
              && (first == null || start < first[0])) {
            first = new int[] {start, end};
          }
        }
      }
    }
    return first != null ? first : best;
  }

  /** How far before a number (in chars) a limit's quote may start. */
  private static final int QUOTE_REACH = 60;

  /**
   * The sentences of a text: one ends at ".", "!" or "?" followed by space and a capital letter, a
   * digit or a quote (so "12 ft. from" and "13.8 kV" end none), at the end of the text, or at a
   * line break.
   */
  private static final class Sentences {
    private static final Pattern END =
        Pattern.compile("[.!?]+[\"'\u201d)]*\\s+(?=[\\p{Lu}\\d\"'\u201c(])|\\R");

    private final int[] ends;
    private final int[] ofTokens;

    Sentences(String text, List<Words.Token> tokens) {
      List<Integer> list = new ArrayList<>();
      Matcher m = END.matcher(text);
      while (m.find()) {
        list.add(m.start());
      }
      ends = list.stream().mapToInt(Integer::intValue).toArray();
      ofTokens = new int[tokens.size()];
      for (int i = 0; i < ofTokens.length; i++) {
        ofTokens[i] = ofOffset(tokens.get(i).start());
      }
    }

    /** The sentence (0, 1, ...) of the word at char offset {@code offset}. */
    int ofOffset(int offset) {
      int k = Arrays.binarySearch(ends, offset);
      return k >= 0 ? k : -k - 1;
    }

    int ofToken(int token) {
      return ofTokens[token];
    }
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

  /**
   * The token span [from, to) that says the control at [start, end) was absent, from the word
   * before it that says so or to the phrase after it that does, within its sentence; null when none
   * does.
   */
  private int[] absent(String[] terms, Sentences sentences, int start, int end) {
    int sentence = sentences.ofToken(start);
    for (int i = start - 1; i >= Math.max(0, start - CONTROL_BEFORE); i--) {
      if (sentences.ofToken(i) == sentence && lacks.contains(terms[i])) {
        boolean twice =
            i > 0 && sentences.ofToken(i - 1) == sentence && negations.contains(terms[i - 1]);
        if (twice) {
          break;
        }
        return new int[] {i, end};
      }
    }
    for (List<String> phrase : absentAfter) {
      for (int i = end; i < end + CONTROL_AFTER && i + phrase.size() <= terms.length; i++) {
        if (sentences.ofToken(i + phrase.size() - 1) == sentence && matches(terms, i, phrase)) {
          return new int[] {start, i + phrase.size()};
        }
      }
    }
    return null;
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
    return c.suggested();
  }
}
