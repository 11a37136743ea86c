package org.setsafe.synth;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.setsafe.data.WordLists;
import org.setsafe.model.Activity;
import org.setsafe.model.Category;
import org.setsafe.model.Coded;
import org.setsafe.model.Severity;

/**
 * The made-up words a generated log is written with: what happened (a title and a first sentence
 * per category), how it ended (per severity), where, and the notes crews add. All of it is invented
 * for the generator; none of it describes a real incident.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** A title and the summary's first sentence that goes with it. */
  record Event(String title, String summary) {}

  /** What happened, by category ({@code events.txt}: {@code title => summary}). */
  static final Map<Category, List<Event>> EVENTS = events();

  private static Map<Category, List<Event>> events() {
    Map<Category, List<Event>> out = new EnumMap<>(Category.class);
    byCode(Category.class, WordLists.sections(Vocabulary.class, "events.txt"))
        .forEach(
            (c, lines) -> {
              List<Event> events = new ArrayList<>();
              for (String line : lines) {
                int arrow = line.indexOf(" => ");
                events.add(new Event(line.substring(0, arrow), line.substring(arrow + 4)));
              }
              out.put(c, List.copyOf(events));
            });
    return out;
  }

  /** How each severity ends a summary ({@code endings.txt}). */
  static final Map<Severity, List<String>> ENDINGS =
      byCode(Severity.class, WordLists.sections(Vocabulary.class, "endings.txt"));

  /** Second paragraphs: written after a line break, as people type them into a spreadsheet cell. */
  /** The lists of {@code words.txt}. */
  private static final Map<String, List<String>> WORDS =
      WordLists.sections(Vocabulary.class, "words.txt");

  static final List<String> FOLLOW_UPS = WORDS.get("follow-ups");

  static final List<String> NOTES = WORDS.get("notes");

  /**
   * The departments that log incidents of each category, the likeliest first ({@code
   * departments.txt}).
   */
  static final Map<Category, List<String>> DEPARTMENTS =
      byCode(Category.class, WordLists.sections(Vocabulary.class, "departments.txt"));

  static final List<String> PLACES = WORDS.get("places");

  static final List<String> SETS = WORDS.get("sets");

  static final List<String> ADJECTIVES = WORDS.get("adjectives");

  static final List<String> NOUNS = WORDS.get("nouns");

  /** Where productions shoot, with how often (relative weights). */
  static final List<String> JURISDICTIONS =
      List.of(
          "US-CA", "US-GA", "US-NY", "US-NM", "US-LA", "US-IL", "US-TX", "US-NC", "GB", "CA-BC",
          "CA-ON", "HU", "CZ", "AU-NSW", "NZ", "IE", "ES", "ZA");

  static final double[] JURISDICTION_WEIGHTS = {
    22, 14, 10, 7, 5, 3, 3, 2, 10, 8, 5, 2, 2, 2, 2, 1, 1, 1
  };

  /** What kind of production it is; it tilts the hazards. */
  enum Genre {
    ACTION(30, new double[] {14, 12, 24, 7, 14, 2, 1, 3, 12, 4, 2, 1, 4}),
    WESTERN_OR_WAR(10, new double[] {30, 14, 14, 5, 4, 1, 2, 1, 10, 3, 6, 6, 4}),
    DRAMA(40, new double[] {3, 2, 6, 12, 9, 0.5, 0.5, 2, 28, 12, 6, 2, 17}),
    SERIES(20, new double[] {10, 4, 12, 10, 12, 0.5, 0.5, 1, 22, 10, 4, 1, 13});

    final double share;

    /** Weights in {@link Category} order. */
    final double[] categories;

    Genre(double share, double[] categories) {
      if (categories.length != Category.values().length) {
        throw new IllegalStateException(name() + ": one weight per category");
      }
      this.share = share;
      this.categories = categories;
    }
  }

  /** Activity weights (in {@link Activity} order) for a category. */
  static double[] activities(Category c) {
    // REHEARSAL, TAKE, BETWEEN_TAKES, PREP_OR_TEST, SET_CONSTRUCTION, TRANSPORT, OTHER, UNKNOWN
    return switch (c) {
      case FIREARM -> new double[] {25, 35, 15, 18, 1, 1, 2, 3};
      case RIGGING_EQUIPMENT, ELECTRICAL, FALL_FROM_HEIGHT ->
          new double[] {5, 15, 10, 20, 40, 3, 4, 3};
      case VEHICLE -> new double[] {15, 35, 5, 10, 2, 25, 5, 3};
      case AVIATION -> new double[] {10, 45, 2, 15, 1, 25, 1, 1};
      case PYROTECHNICS -> new double[] {12, 45, 5, 30, 3, 1, 2, 2};
      case STUNT -> new double[] {30, 50, 3, 10, 1, 1, 3, 2};
      default -> new double[] {18, 38, 10, 14, 10, 3, 4, 3};
    };
  }

  /**
   * How much deadlier than average a category is: multipliers for serious injuries and for deaths.
   */
  static double[] danger(Category c) {
    return switch (c) {
      case AVIATION, RAILROAD -> new double[] {2.5, 10};
      case VEHICLE, WATER_DIVING -> new double[] {1.5, 3};
      case FIREARM, ELECTRICAL -> new double[] {1.3, 2.5};
      case STUNT, FALL_FROM_HEIGHT -> new double[] {1.6, 1.5};
      case PYROTECHNICS, RIGGING_EQUIPMENT -> new double[] {1.2, 1.2};
      case HEAT, ANIMAL -> new double[] {0.6, 0.4};
      case OTHER -> new double[] {0.5, 0.2};
    };
  }

  /** Check ids (besides the generic ones) that a log would assess for an incident of a category. */
  static List<String> specificChecks(Category c) {
    return switch (c) {
      case FIREARM -> List.of("protocol:firearms");
      case PYROTECHNICS -> List.of("protocol:pyrotechnics", "EXCLUSION_ZONE_PERIMETER");
      case STUNT -> List.of("protocol:stunts", "EXCLUSION_ZONE_PERIMETER");
      case FALL_FROM_HEIGHT -> List.of("FALL_PROTECTION_ADEQUATE", "PPE_HELMET");
      case VEHICLE ->
          List.of(
              "VEHICLE_RESTRAINT_SEATBELT",
              "EXCLUSION_ZONE_PERIMETER",
              "STUNT_REHEARSED_AND_PLANNED");
      case AVIATION -> List.of("protocol:aviation", "EXCLUSION_ZONE_PERIMETER");
      case RAILROAD -> List.of("protocol:railroad");
      case WATER_DIVING -> List.of("protocol:diving");
      case RIGGING_EQUIPMENT ->
          List.of("MACHINE_INTERLOCK_EMERGENCY_STOP", "PPE_HELMET", "EXCLUSION_ZONE_PERIMETER");
      case ELECTRICAL -> List.of("MACHINE_INTERLOCK_EMERGENCY_STOP");
      case HEAT, ANIMAL, OTHER -> List.of();
    };
  }

  /** Checks any incident's log may assess. */
  static final List<String> GENERIC_CHECKS =
      List.of(
          "RISK_ASSESSMENT_DONE",
          "RISK_ASSESSMENT_COMMUNICATED",
          "QUALIFIED_PERSONNEL",
          "SAFETY_MEETING",
          "NEW_WORKER_ORIENTATION",
          "SUPERVISION_ADEQUATE");

  /** Wrong values for the faults. */
  static final List<String> BAD_CATEGORIES =
      List.of("gunfire", "explosion", "fall", "car", "misc.");

  static final List<String> BAD_SEVERITIES = List.of("minor", "major", "lost time", "critical");
  static final List<String> BAD_STATUSES = List.of("Y", "N", "yes", "done", "?");
  static final List<String> BAD_COUNTS = List.of("two", "1 (minor)", "several", "n/a");

  /** Sections keyed by the codes of {@code type}, as the enum's map; an unknown code is a bug. */
  private static <E extends Enum<E> & Coded, V> Map<E, V> byCode(
      Class<E> type, Map<String, V> sections) {
    Map<E, V> out = new EnumMap<>(type);
    sections.forEach(
        (code, v) -> {
          E e = Coded.find(type, code);
          if (e == null) {
            throw new IllegalStateException("unknown " + type.getSimpleName() + " '" + code + "'");
          }
          out.put(e, v);
        });
    return out;
  }
}
