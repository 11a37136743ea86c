package org.setsafe.synth;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.setsafe.model.Activity;
import org.setsafe.model.Category;
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

  static final Map<Category, List<Event>> EVENTS = new EnumMap<>(Category.class);

  static {
    EVENTS.put(
        Category.FIREARM,
        List.of(
            new Event(
                "Live round in dummy box",
                "A live round was found among the dummies at the morning check."),
            new Event(
                "Weapon not shown clear",
                "Revolver handed to the actor without a show-clear to the 1st AD."),
            new Event(
                "Blank fired inside standoff",
                "Blank fired closer than the agreed distance, toward camera."),
            new Event(
                "Prop gun left unattended",
                "Prop rifle left on the cart between set-ups, found by a PA."),
            new Event(
                "Muzzle toward crew",
                "Actor pointed the \"cold\" pistol at the lens, crew behind it."),
            new Event(
                "Unplanned discharge", "Pistol discharged while being holstered, between takes."),
            new Event(
                "Barrel not checked",
                "Barrel not checked after a misfire; reloaded and fired again.")));
    EVENTS.put(
        Category.PYROTECHNICS,
        List.of(
            new Event(
                "Squib fired early",
                "Squib fired early, debris thrown toward crew behind the line."),
            new Event(
                "Charge larger than tested",
                "Mortar charge bigger than in the test; glass reached the crew."),
            new Event("Fire gag spread", "Fire gag spread past the set piece, put out by SFX."),
            new Event(
                "Misfire approached early",
                "Crew walked up to a misfired charge before the wait was over.")));
    EVENTS.put(
        Category.STUNT,
        List.of(
            new Event("Stair fall off the pad", "Stair fall, performer landed short of the pad."),
            new Event(
                "Fight contact", "Fight beat changed on the day, not rehearsed; a punch landed."),
            new Event(
                "Ratchet fired early", "Ratchet pull fired early, performer hit the set wall."),
            new Event(
                "Car hit timing",
                "Car hit, timing off by a beat, performer clipped by the mirror."),
            new Event(
                "Wire gag slipped",
                "Wire gag: the descender slipped, performer dropped two metres.")));
    EVENTS.put(
        Category.FALL_FROM_HEIGHT,
        List.of(
            new Event(
                "Slip on the grid",
                "Rigger on the grid without a harness slipped, caught the rail."),
            new Event(
                "Scaffold tower moved", "Scaffold tower pushed with a lamp operator still on top."),
            new Event("Ladder slipped", "Ladder footing gave way on wet ground by the set wall."),
            new Event(
                "Off a platform edge",
                "Platform edge unguarded; crew member stepped back off it.")));
    EVENTS.put(
        Category.VEHICLE,
        List.of(
            new Event(
                "Picture car overshot",
                "Picture car braked late and overshot the mark, near crew."),
            new Event(
                "Camera car off the road", "Camera car left the road on a bend, tow rig swaying."),
            new Event("Crew van crash", "Crew van crash on the drive home after a 16-hour day."),
            new Event(
                "Truck reversed into base",
                "Grip truck reversed without a banksman, into the unit base.")));
    EVENTS.put(
        Category.AVIATION,
        List.of(
            new Event("Drone came down", "Drone lost its link and came down near the extras."),
            new Event("Helicopter too low", "Helicopter flew lower than briefed over the set."),
            new Event(
                "Rotor wash debris", "Rotor wash lifted set dressing; panels thrown at crew.")));
    EVENTS.put(
        Category.RAILROAD,
        List.of(
            new Event(
                "Train on the trestle", "A train came through while crew were on the trestle."),
            new Event(
                "Track access unprotected", "Crew on the track without a railroad flagman.")));
    EVENTS.put(
        Category.WATER_DIVING,
        List.of(
            new Event(
                "Safety diver missing", "Safety diver not in the water during the tank shot."),
            new Event(
                "Held under too long",
                "Performer held under longer than agreed, surfaced coughing."),
            new Event(
                "Camera boat swamped",
                "Camera boat swamped in the swell, kit and crew in the water.")));
    EVENTS.put(
        Category.RIGGING_EQUIPMENT,
        List.of(
            new Event("Light stand toppled", "Light stand toppled in the wind, sandbags missing."),
            new Event(
                "Crane arm struck lamp", "Crane arm swung into a lamp, no spotter on the move."),
            new Event("Chain motor slipped", "Truss chain motor slipped during the lift."),
            new Event(
                "Dolly track gave way",
                "Dolly track gave way on soft ground, a grip's foot caught."),
            new Event(
                "Set wall fell",
                "Set wall not braced fell into the walkway; \"stand clear\" called late.")));
    EVENTS.put(
        Category.ELECTRICAL,
        List.of(
            new Event(
                "Cable in standing water", "Cable run through standing water, the GFCI tripped."),
            new Event("Distro box open", "Distro box left open next to the extras' holding area."),
            new Event("Shock from a lamp", "Shock from a lamp housing with a damaged lead.")));
    EVENTS.put(
        Category.HEAT,
        List.of(
            new Event(
                "Heat exhaustion", "Extras in costume in full sun, no shade or water nearby."),
            new Event("Hot lamp burn", "Hot lamp moved without gloves, barn door grabbed.")));
    EVENTS.put(
        Category.ANIMAL,
        List.of(
            new Event("Horse spooked", "Horse spooked at a blank, rider thrown clear."),
            new Event("Dog bite", "Dog handler off set, the dog bit an extra's sleeve.")));
    EVENTS.put(
        Category.OTHER,
        List.of(
            new Event("Trip over cable", "Trip over an unmarked cable run on the night shoot."),
            new Event("Falling prop", "Prop fell from a shelf when the door slammed."),
            new Event(
                "Drowsy driver",
                "Crew member on a 17-hour day drove off drowsy, stopped at the gate."),
            new Event(
                "Smoke-filled stage",
                "Smoke machine left running; stage hazy, exit signs hidden.")));
  }

  static final Map<Severity, List<String>> ENDINGS = new EnumMap<>(Severity.class);

  static {
    ENDINGS.put(
        Severity.NEAR_MISS,
        List.of(
            "No one hurt.",
            "Stopped before anyone was hurt.",
            "Caught in time, no injury.",
            "No injury; the take was cut."));
    ENDINGS.put(
        Severity.INJURY,
        List.of(
            "Treated by the set medic.",
            "Minor injury, back at work next day.",
            "First aid on set, no time lost."));
    ENDINGS.put(
        Severity.SERIOUS_INJURY,
        List.of(
            "Taken to hospital.",
            "Hospitalised, off work for weeks.",
            "Broken bones, taken to hospital."));
    ENDINGS.put(
        Severity.FATAL,
        List.of("Fatal injuries.", "Died in hospital.", "Pronounced dead at the scene."));
  }

  /** Second paragraphs: written after a line break, as people type them into a spreadsheet cell. */
  static final List<String> FOLLOW_UPS =
      List.of(
          "Follow-up: safety meeting held, procedure re-briefed.",
          "Follow-up: shoot stopped for the day.",
          "Follow-up: reported to the studio safety department.");

  static final List<String> NOTES =
      List.of(
          "Reported by the 1st AD.",
          "Logged a day late, from the call sheet.",
          "Second report of this kind this week.",
          "Crew said \"it felt rushed\", schedule two days behind.",
          "See the safety officer's report, section 3.",
          "Union rep informed.");

  /** The departments that log incidents of each category, the likeliest first. */
  static final Map<Category, List<String>> DEPARTMENTS = new EnumMap<>(Category.class);

  static {
    DEPARTMENTS.put(Category.FIREARM, List.of("Props", "Props", "Armory", "Camera"));
    DEPARTMENTS.put(Category.PYROTECHNICS, List.of("Special effects", "Special effects", "Camera"));
    DEPARTMENTS.put(Category.STUNT, List.of("Stunts", "Stunts", "Camera", "Grip"));
    DEPARTMENTS.put(
        Category.FALL_FROM_HEIGHT, List.of("Grip", "Construction", "Rigging", "Electric"));
    DEPARTMENTS.put(Category.VEHICLE, List.of("Transport", "Transport", "Camera", "Locations"));
    DEPARTMENTS.put(Category.AVIATION, List.of("Aerial unit", "Camera"));
    DEPARTMENTS.put(Category.RAILROAD, List.of("Locations", "Camera"));
    DEPARTMENTS.put(Category.WATER_DIVING, List.of("Marine unit", "Stunts", "Camera"));
    DEPARTMENTS.put(
        Category.RIGGING_EQUIPMENT, List.of("Grip", "Rigging", "Electric", "Construction"));
    DEPARTMENTS.put(Category.ELECTRICAL, List.of("Electric", "Electric", "Grip"));
    DEPARTMENTS.put(Category.HEAT, List.of("Locations", "Craft services", "Camera", "Costume"));
    DEPARTMENTS.put(Category.ANIMAL, List.of("Animals", "Animals", "Stunts"));
    DEPARTMENTS.put(
        Category.OTHER,
        List.of("Art", "Costume", "Camera", "Sound", "Production", "Hair and make-up"));
  }

  static final List<String> PLACES =
      List.of(
          "quarry",
          "river bank",
          "desert road",
          "farmhouse",
          "rail yard",
          "harbour",
          "forest track",
          "car park",
          "beach",
          "rooftop");

  static final List<String> SETS =
      List.of(
          "church set",
          "warehouse",
          "diner",
          "café",
          "apartment",
          "hospital corridor",
          "office floor");

  static final List<String> ADJECTIVES =
      List.of(
          "Amber",
          "Cobalt",
          "Copper",
          "Velvet",
          "Paper",
          "Glass",
          "Salt",
          "Quiet",
          "Hollow",
          "Pale",
          "Bitter",
          "Dusty",
          "Northern",
          "Iron",
          "Winter",
          "Crimson",
          "Silver",
          "Maple",
          "Cedar",
          "Saffron",
          "Indigo",
          "Granite",
          "Willow",
          "Lantern");

  static final List<String> NOUNS =
      List.of(
          "Falcon",
          "Orchard",
          "Meridian",
          "Sparrow",
          "Parade",
          "Compass",
          "Engine",
          "Creek",
          "Signal",
          "Harbor",
          "Ridge",
          "Mile",
          "Ferry",
          "Quarry",
          "Atlas",
          "Comet",
          "Thicket",
          "Kettle",
          "Orbit",
          "Badger",
          "Marble",
          "Ledger",
          "Pylon",
          "Heron");

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
}
