package org.setsafe.redact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.setsafe.model.RedactionProfile;
import org.setsafe.model.Role;

/**
 * The names a dataset knows (people, who reported, owners and verifiers of actions, parties, names
 * in labelled note entries, the production) with what stands for each, and every form of a name
 * free text may use: the whole name, given name and surname, initial and surname ({@code K.
 * Alvarez}, {@code K Alvarez}), surname and given name ({@code Alvarez, Kay}), given name and
 * initial ({@code Kay A.}), the initials ({@code K.A.}, {@code KA}), the surname alone and the
 * given name alone. A form of one word is matched only where it is written with a capital; longer
 * forms in any case. Words of job titles and departments are never taken for names, so a value made
 * only of them ({@code Key grip}, {@code 1st AD}) is a role and is kept.
 *
 * <p>Rules only: a name the dataset never gives in a name field is not found in free text.
 */
final class KnownNames {
  /** Honorifics left out of a name's forms. */
  static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "mx", "sir");

  /** Words that end an organisation's name and are left out of its short form. */
  static final Set<String> ORG_WORDS =
      Set.of(
          "llc",
          "inc",
          "ltd",
          "limited",
          "corp",
          "corporation",
          "co",
          "company",
          "plc",
          "gmbh",
          "productions",
          "production",
          "films",
          "pictures",
          "studios",
          "studio",
          "entertainment",
          "media",
          "group",
          "rentals",
          "services");

  private final RedactionProfile profile;
  private final Set<String> roleWords;

  /** A known name, normalised ({@link #key}), and what stands for it. */
  private final Map<String, String> replacements = new LinkedHashMap<>();

  /** The known names that are organisations': no given name, surname or initials. */
  private final Set<String> organisations = new HashSet<>();

  /** The known names that are places (locations), counted apart. */
  private final Set<String> places = new HashSet<>();

  /** Forms by their first word. */
  private final Map<String, List<Form>> forms = new HashMap<>();

  /** One form of a name: its words (lower case), whether it needs a capital, what replaces it. */
  record Form(List<String> words, boolean capitalised, String replacement, boolean place) {
    Form(List<String> words, boolean capitalised, String replacement) {
      this(words, capitalised, replacement, false);
    }
  }

  KnownNames(RedactionProfile profile, Set<String> departmentWords) {
    this.profile = profile;
    Set<String> w = new HashSet<>(profile.roleWords());
    w.addAll(departmentWords);
    for (Role r : Role.values()) {
      for (Token t : Token.of(r.label())) {
        w.add(t.key());
      }
    }
    this.roleWords = Set.copyOf(w);
  }

  /** Whether a value is a role or job title, not a name: every word of it is a role word. */
  boolean isRole(String value) {
    List<Token> tokens = Token.of(value);
    if (tokens.isEmpty()) {
      return false;
    }
    for (Token t : tokens) {
      if (!roleWords.contains(t.key())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds a person's name with the phrase for their role (null when the role is not known: the
   * replacement). A name already known keeps the phrase it was first given, unless that was the
   * bare replacement.
   */
  void addPerson(String name, Role role) {
    addPerson(
        name,
        role,
        role == null || role == Role.OTHER ? profile.replacement() : profile.rolePhrase(role));
  }

  /** As {@link #addPerson(String, Role)}, with the phrase that stands for the person. */
  void addPerson(String name, Role role, String phrase) {
    if (name == null || isRole(name)) {
      return;
    }
    String k = key(name);
    if (k.isEmpty()) {
      return;
    }
    String before = replacements.get(k);
    if (before == null || before.equals(profile.replacement())) {
      replacements.put(k, phrase);
    }
    if (role == Role.PRODUCTION_COMPANY || role == Role.SUPPLIER) {
      organisations.add(k);
    }
  }

  /** Adds an organisation's name (the production, a company) and its code or phrase. */
  void addOrganisation(String name, String replacement) {
    if (name == null || name.isBlank()) {
      return;
    }
    String k = key(name);
    replacements.put(k, replacement);
    organisations.add(k);
  }

  /** Adds a place (a location) and what stands for it (its region); never over a person's name. */
  void addPlace(String name, String replacement) {
    String k = key(name);
    if (k.isEmpty() || replacements.containsKey(k)) {
      return;
    }
    replacements.put(k, replacement);
    organisations.add(k);
    places.add(k);
  }

  /** What stands for a known name; the replacement for an unknown one. */
  String replacementFor(String name) {
    String r = replacements.get(key(name));
    return r == null ? profile.replacement() : r;
  }

  /** Whether the name is known. */
  boolean knows(String name) {
    return replacements.containsKey(key(name));
  }

  /** Every name known, as given (normalised). */
  Set<String> names() {
    return replacements.keySet();
  }

  /**
   * Builds the forms of every name added; call once every name is in. A form two names share with
   * different replacements is replaced by the bare replacement.
   */
  void seal() {
    Map<List<String>, Form> all = new LinkedHashMap<>();
    replacements.forEach(
        (name, replacement) -> {
          for (Form g : formsOf(name, replacement, organisations.contains(name))) {
            Form f = new Form(g.words(), g.capitalised(), g.replacement(), places.contains(name));
            Form before = all.get(f.words());
            if (before == null) {
              all.put(f.words(), f);
            } else if (!before.replacement().equals(f.replacement())) {
              all.put(
                  f.words(),
                  new Form(
                      f.words(), before.capitalised() && f.capitalised(), profile.replacement()));
            }
          }
        });
    forms.clear();
    for (Form f : all.values()) {
      forms.computeIfAbsent(f.words().get(0), x -> new ArrayList<>()).add(f);
    }
    forms.values().forEach(l -> l.sort(Comparator.comparingInt((Form f) -> -f.words().size())));
  }

  private List<Form> formsOf(String name, String replacement, boolean organisation) {
    List<String> words = new ArrayList<>();
    for (Token t : Token.of(name)) {
      if (!HONORIFICS.contains(t.key())) {
        words.add(t.key());
      }
    }
    List<Form> out = new ArrayList<>();
    if (words.isEmpty()) {
      return out;
    }
    out.add(new Form(List.copyOf(words), words.size() == 1, replacement));
    List<String> core = new ArrayList<>(words);
    while (core.size() > 1 && ORG_WORDS.contains(core.get(core.size() - 1))) {
      core.remove(core.size() - 1);
    }
    if (organisation || core.size() < words.size()) {
      if (core.size() < words.size()) {
        out.add(new Form(List.copyOf(core), core.size() == 1, replacement));
      }
      return out; // a company's words are not a person's given name and surname
    }
    // a person's name: the parts that are not job-title words
    List<String> person = new ArrayList<>();
    for (String w : words) {
      if (!roleWords.contains(w)) {
        person.add(w);
      }
    }
    if (person.isEmpty()) {
      return out;
    }
    if (person.size() != words.size()) {
      out.add(new Form(List.copyOf(person), person.size() == 1, replacement));
    }
    String given = person.get(0);
    String family = person.get(person.size() - 1);
    if (person.size() >= 2) {
      String gi = given.substring(0, 1);
      String fi = family.substring(0, 1);
      out.add(new Form(List.of(given, family), false, replacement));
      out.add(new Form(List.of(gi, family), false, replacement));
      out.add(new Form(List.of(family, given), false, replacement));
      out.add(new Form(List.of(given, fi), false, replacement));
      // initials that spell a job-title word (AD, PA, AC) would take the 2nd AD for a name
      if (!roleWords.contains(gi + fi)) {
        out.add(new Form(List.of(gi, fi), true, replacement));
        out.add(new Form(List.of(gi + fi), true, replacement));
      }
      // every word of the name alone (given, middle, each part of a double surname), capitalised
      for (String w : person) {
        if (w.length() >= 2) {
          out.add(new Form(List.of(w), true, replacement));
        }
      }
    }
    return out;
  }

  /**
   * {@code text} with every known name in any of its forms replaced, counting each replaced into
   * {@code found}: names of people and organisations in {@code found[0]}, places in {@code
   * found[1]}; null stays null.
   */
  String replaceNames(String text, long[] found) {
    if (text == null || forms.isEmpty()) {
      return text;
    }
    List<Token> tokens = Token.of(text);
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      List<Form> candidates = forms.get(t.key());
      if (candidates == null) {
        continue;
      }
      for (Form f : candidates) {
        int end = matches(text, tokens, i, f);
        if (end >= 0) {
          if (out == null) {
            out = new StringBuilder(text.length());
          }
          out.append(text, copied, t.start())
              .append(
                  atSentenceStart(text, t.start())
                      ? capitalised(f.replacement())
                      : f.replacement());
          copied = tokens.get(end).end();
          found[f.place() ? 1 : 0]++;
          i = end;
          break;
        }
      }
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** Whether {@code at} begins the text or a sentence of it. */
  private static boolean atSentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < 0
        || (i < at - 1
            && (text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?'));
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The index of the last token of {@code f} matched at {@code i}, or -1. */
  private static int matches(String text, List<Token> tokens, int i, Form f) {
    int n = f.words().size();
    if (i + n > tokens.size()) {
      return -1;
    }
    for (int k = 0; k < n; k++) {
      Token t = tokens.get(i + k);
      if (!t.key().equals(f.words().get(k))) {
        return -1;
      }
      if (k > 0 && !shortGap(text, tokens.get(i + k - 1).end(), t.start())) {
        return -1;
      }
    }
    if (f.capitalised()) {
      Token t = tokens.get(i);
      if (!Character.isUpperCase(text.codePointAt(t.start()))) {
        return -1;
      }
    }
    return i + n - 1;
  }

  /**
   * Between two words of one name: at most three spaces, full stops, commas, hyphens or ampersands
   * ({@code Grip & Electric}).
   */
  private static boolean shortGap(String text, int from, int to) {
    if (to - from > 3 || to == from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '.' && c != ',' && c != '-' && c != '&' && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  /** A name as a key: its words in lower case, one space apart. */
  static String key(String name) {
    StringBuilder b = new StringBuilder();
    for (Token t : Token.of(name)) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(t.key());
    }
    return b.toString();
  }

  /**
   * A word of text: letters and digits, with apostrophes inside ({@code O'Brien}); a possessive
   * {@code 's} is not part of its key nor of its span, so {@code Alvarez's} reads as {@code
   * Alvarez}.
   */
  record Token(int start, int end, String key) {
    static List<Token> of(String text) {
      List<Token> out = new ArrayList<>();
      if (text == null) {
        return out;
      }
      int n = text.length();
      int i = 0;
      while (i < n) {
        int c = text.codePointAt(i);
        if (!Character.isLetterOrDigit(c)) {
          i += Character.charCount(c);
          continue;
        }
        int start = i;
        int end = i;
        while (i < n) {
          int d = text.codePointAt(i);
          if (Character.isLetterOrDigit(d)) {
            i += Character.charCount(d);
            end = i;
          } else if ((d == '\'' || d == '\u2019')
              && i + 1 < n
              && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
            i++;
          } else {
            break;
          }
        }
        String word = text.substring(start, end);
        int possessive = possessive(word);
        end -= possessive;
        out.add(new Token(start, end, fold(word.substring(0, word.length() - possessive))));
      }
      return out;
    }

    /** Lower case without accents: {@code Tomás} and {@code TOMAS} are one word. */
    static String fold(String word) {
      String lower = word.toLowerCase(Locale.ROOT);
      for (int i = 0; i < lower.length(); i++) {
        if (lower.charAt(i) > 0x7F) {
          return java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD)
              .replaceAll("\\p{M}+", "");
        }
      }
      return lower;
    }

    private static int possessive(String word) {
      int n = word.length();
      if (n > 3
          && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')
          && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019')) {
        return 2;
      }
      return 0;
    }
  }
}
