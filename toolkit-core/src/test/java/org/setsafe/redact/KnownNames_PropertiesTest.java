package org.setsafe.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.setsafe.model.Activity;
import org.setsafe.model.Category;
import org.setsafe.model.Harm;
import org.setsafe.model.Incident;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Involvement;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Role;
import org.setsafe.model.Severity;

/**
 * Whatever a person's name and however free text writes it (whole, initial and surname, surname and
 * given name, surname alone, given name alone, possessive, in capitals), the redacted text holds no
 * word of the name; and text without a known name or identifier comes out unchanged.
 */
class KnownNames_PropertiesTest {
  static final RedactionKey KEY = RedactionKey.inMemory("p".getBytes(StandardCharsets.UTF_8));

  /** Filler words that are neither names nor identifiers. */
  static final List<String> FILLER =
      List.of(
          "the",
          "cart",
          "was",
          "moved",
          "near",
          "stage",
          "after",
          "lunch",
          "rounds",
          "checked",
          "rigging",
          "slipped",
          "and",
          "stand",
          "wind",
          "take",
          "3",
          "20 ft",
          "Colt",
          "horse",
          "grip",
          "armorer",
          "2nd AD",
          "Set medic",
          "told",
          "camera",
          "boardwalk");

  record Person(String given, String family, Role role) {
    String full() {
      return given + " " + family;
    }
  }

  @Provide
  Arbitrary<Person> people() {
    Arbitrary<String> word =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .ofMinLength(3)
            .ofMaxLength(10)
            .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1))
            .filter(s -> !Profiles.bundled().roleWords().contains(s.toLowerCase(Locale.ROOT)))
            .filter(s -> !KnownNames.ORG_WORDS.contains(s.toLowerCase(Locale.ROOT)))
            .filter(s -> !KnownNames.HONORIFICS.contains(s.toLowerCase(Locale.ROOT)))
            .filter(s -> !s.equalsIgnoreCase("zzz")) // the replacement itself
            .filter(s -> !FILLER.contains(s) && !FILLER.contains(s.toLowerCase(Locale.ROOT)));
    // a person: companies and suppliers are organisations, whose names have no initials
    Arbitrary<Role> role =
        Arbitraries.of(Role.values())
            .filter(r -> r != Role.PRODUCTION_COMPANY && r != Role.SUPPLIER);
    return Combinators.combine(word, word, role)
        .as(Person::new)
        .filter(p -> !p.given().equalsIgnoreCase(p.family()));
  }

  /** The ways free text writes a person's name. */
  static List<String> forms(Person p) {
    String g = p.given();
    String f = p.family();
    return List.of(
        p.full(),
        g.charAt(0) + ". " + f,
        g.charAt(0) + " " + f,
        f + ", " + g,
        g + " " + f.charAt(0) + ".",
        f,
        g,
        f + "'s",
        p.full().toUpperCase(Locale.ROOT),
        initials(g, f),
        "Mr " + f + "-" + g,
        f.toUpperCase(Locale.ROOT));
  }

  /** {@code K.A.}, or the whole name where the initials spell a job-title word ({@code AD}). */
  static String initials(String g, String f) {
    String i = ("" + g.charAt(0) + f.charAt(0)).toLowerCase(Locale.ROOT);
    return Profiles.bundled().roleWords().contains(i)
        ? g + " " + f
        : g.charAt(0) + "." + f.charAt(0) + ".";
  }

  static IncidentRecord recordOf(List<Person> people) {
    Incident i =
        new Incident(
            "X-1",
            "t",
            "Some Production",
            PartialDate.parse("2026-03-02"),
            null,
            null,
            null,
            null,
            Category.OTHER,
            Activity.UNKNOWN,
            Severity.NEAR_MISS,
            0,
            0,
            null,
            null,
            null);
    List<Involvement> inv = new ArrayList<>();
    for (Person p : people) {
      inv.add(new Involvement("X-1", p.full(), p.role(), Harm.NONE, null));
    }
    return new IncidentRecord(i, inv, List.of(), List.of(), List.of());
  }

  @Property(tries = 200)
  void text_withAKnownNameInAnyForm_holdsNoWordOfIt(
      @ForAll("people") Person p,
      @ForAll("people") Person other,
      @ForAll("filler") List<String> before,
      @ForAll("filler") List<String> after,
      @ForAll int pick) {
    Redactor x = Redactor.of(Profiles.bundled(), KEY, List.of(recordOf(List.of(p, other))));
    List<String> forms = forms(p);
    String form = forms.get(Math.floorMod(pick, forms.size()));
    String text = String.join(" ", before) + " " + form + " " + String.join(" ", after);
    String out = x.text(text);
    List<String> words = new ArrayList<>();
    for (KnownNames.Token t : KnownNames.Token.of(out)) {
      words.add(t.key());
    }
    assertThat(words)
        .as("%s -> %s", text, out)
        .doesNotContain(p.family().toLowerCase(Locale.ROOT), p.given().toLowerCase(Locale.ROOT));
  }

  @Property(tries = 200)
  void text_withoutKnownNamesOrIdentifiers_isUnchanged(
      @ForAll("people") Person p, @ForAll("filler") List<String> words) {
    Redactor x = Redactor.of(Profiles.bundled(), KEY, List.of(recordOf(List.of(p))));
    String text = String.join(" ", words);
    assertThat(x.text(text)).isEqualTo(text);
  }

  @Property(tries = 200)
  void redactingTwice_changesNothingMore(
      @ForAll("people") Person p, @ForAll("filler") List<String> words, @ForAll int pick) {
    Redactor x = Redactor.of(Profiles.bundled(), KEY, List.of(recordOf(List.of(p))));
    List<String> forms = forms(p);
    String text =
        String.join(" ", words) + " " + forms.get(Math.floorMod(pick, forms.size())) + ".";
    String once = x.text(text);
    assertThat(x.text(once)).isEqualTo(once);
  }

  @Provide
  Arbitrary<List<String>> filler() {
    return Arbitraries.of(FILLER).list().ofMinSize(0).ofMaxSize(8);
  }
}
