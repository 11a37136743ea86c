package org.setsafe.synth;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.setsafe.model.Activity;
import org.setsafe.model.Category;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.Incident;
import org.setsafe.model.Severity;
import org.setsafe.protocol.Protocol;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;
import org.setsafe.schema.Field;
import org.setsafe.schema.IncidentFields;
import org.setsafe.synth.Vocabulary.Event;
import org.setsafe.synth.Vocabulary.Genre;

/**
 * Writes a synthetic flat log: the incident fields of {@code incidents.csv} plus one column per
 * protocol check in the catalogue, one row per incident. It looks like a pooled log from a few
 * hundred productions over a dozen years: categories follow the kind of production, most rows are
 * near misses, injuries are fewer and deaths rare (counts always agree with the severity); the
 * checks a row assesses are those relevant to its category, and some checks fail much more often
 * than others. Summaries hold commas, quotes and now and then a line break.
 *
 * <p>With a dirty share {@code p}, each row carries one {@link Fault} with probability {@code p};
 * every fault makes its row invalid, so reading the log rejects exactly {@link
 * GeneratedLog#faultyRows()} rows.
 *
 * <p>The output depends only on the options and the catalogue: the same seed gives the same bytes.
 * Rows are written as they are made; memory does not grow with the row count.
 */
public final class LogGenerator {
  /** The seed used when none is given, so that two runs without one agree. */
  public static final long DEFAULT_SEED = 1L;

  /** How many productions a log pools. */
  static final int PRODUCTIONS = 400;

  /** The first and last year productions start shooting. */
  static final int FIRST_YEAR = 2012;

  static final int LAST_YEAR = 2024;

  /**
   * Incident fields a generated log leaves out: a pooled log records neither, and no log records
   * what setsafe inferred.
   */
  static final Set<Field<Incident, ?>> NOT_GENERATED =
      Set.of(
          IncidentFields.TIME,
          IncidentFields.REPORTED_BY,
          IncidentFields.HIGH_ENERGY,
          IncidentFields.HIGH_ENERGY_INCIDENT,
          IncidentFields.SERIOUS_INJURY,
          IncidentFields.DIRECT_CONTROL,
          IncidentFields.CATEGORY_EVIDENCE);

  /** The incident fields of the log's columns, in the order of {@link IncidentFields#ALL}. */
  static final List<Field<Incident, ?>> FIELDS =
      IncidentFields.ALL.stream().filter(f -> !NOT_GENERATED.contains(f)).toList();

  private static final Category[] CATEGORIES = Category.values();
  private static final Activity[] ACTIVITIES = Activity.values();
  private static final Fault[] FAULTS = Fault.values();
  private static final double[] FAULT_WEIGHTS = {12, 14, 8, 12, 8, 10, 7, 6, 8, 8, 7};

  private final long rows;
  private final long seed;
  private final double dirtyShare;
  private final List<String> checkIds;

  /** Per category: the indexes (into checkIds) of its specific checks. */
  private final int[][] specific = new int[CATEGORIES.length][];

  private final int[] generic;
  private final int[] firearmChecks;

  /**
   * How prone each check is to fail (0..1), fixed per catalogue position so logs of any seed look
   * alike.
   */
  private final double[] failureProneness;

  /**
   * @param rows data rows to write (0 writes the header only)
   * @param seed what makes the output; the same seed gives the same file
   * @param dirtyShare the share of rows (0 to 1) that carry a fault
   */
  public LogGenerator(ProtocolCatalog catalog, long rows, long seed, double dirtyShare) {
    if (rows < 0) {
      throw new IllegalArgumentException("rows must be 0 or more (was " + rows + ")");
    }
    if (!(dirtyShare >= 0 && dirtyShare <= 1)) {
      throw new IllegalArgumentException(
          "the dirty share must be between 0 and 1 (was " + dirtyShare + ")");
    }
    this.rows = rows;
    this.seed = seed;
    this.dirtyShare = dirtyShare;
    List<String> ids = new ArrayList<>();
    for (ProtocolCheck c : catalog.checks()) {
      ids.add(c.id());
    }
    this.checkIds = List.copyOf(ids);
    for (Category c : CATEGORIES) {
      specific[c.ordinal()] = indexes(catalog, Vocabulary.specificChecks(c));
    }
    this.generic = indexes(catalog, Vocabulary.GENERIC_CHECKS);
    this.firearmChecks = specific[Category.FIREARM.ordinal()];
    SplittableRandom r = new SplittableRandom(0x5E75AFEL);
    this.failureProneness = new double[checkIds.size()];
    for (int i = 0; i < failureProneness.length; i++) {
      double u = r.nextDouble();
      failureProneness[i] = 0.06 + 0.5 * u * u;
    }
  }

  /**
   * Resolves {@code protocol:ID} entries and check ids against the catalogue; unknown ones are
   * skipped.
   */
  private int[] indexes(ProtocolCatalog catalog, List<String> names) {
    Set<String> wanted = new LinkedHashSet<>();
    for (String n : names) {
      if (n.startsWith("protocol:")) {
        catalog
            .protocol(n.substring("protocol:".length()))
            .map(Protocol::checks)
            .ifPresent(cs -> cs.forEach(c -> wanted.add(c.id())));
      } else {
        catalog.check(n).ifPresent(c -> wanted.add(c.id()));
      }
    }
    return wanted.stream().mapToInt(checkIds::indexOf).filter(i -> i >= 0).toArray();
  }

  /** The header: incident fields, then one column per check id. */
  public List<String> header() {
    List<String> h = new ArrayList<>(Field.names(FIELDS));
    h.addAll(checkIds);
    return Collections.unmodifiableList(h);
  }

  /**
   * Writes the log to {@code file} through a temporary file in the same folder, moved into place at
   * the end, so a failed run never leaves half a log.
   */
  public GeneratedLog writeTo(Path file) {
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    Path tmp = dir.resolve("." + abs.getFileName() + ".tmp");
    try {
      Files.createDirectories(dir);
      GeneratedLog log;
      try (OutputStream out = Files.newOutputStream(tmp)) {
        log = writeTo(out);
      }
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return log;
    } catch (IOException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the original failure is what matters
      }
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Writes the log to {@code out} (UTF-8, LF line ends); flushes but does not close it. */
  public GeneratedLog writeTo(OutputStream out) throws IOException {
    Counting counting = new Counting(out);
    Writer w =
        new OutputStreamWriter(new BufferedOutputStream(counting, 1 << 16), StandardCharsets.UTF_8);
    RowMaker maker = new RowMaker(new SplittableRandom(seed));
    StringBuilder line = new StringBuilder(1024);
    List<String> header = header();
    for (int i = 0; i < header.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(header.get(i));
    }
    line.append('\n');
    w.append(line);
    long lines = 1;
    for (long n = 1; n <= rows; n++) {
      line.setLength(0);
      lines += maker.row(n, line);
      w.append(line);
    }
    w.flush();
    return new GeneratedLog(rows, maker.faulty, maker.faults, counting.count, lines, seed);
  }

  /** One production of the pool. */
  private record Production(
      String name, String jurisdiction, Genre genre, LocalDate start, int days) {}

  /** Makes rows one at a time; holds only the production pool and the last valid id. */
  private final class RowMaker {
    private final SplittableRandom r;
    private final Production[] productions;
    private final Picker productionPicker;
    private final Picker[] categoryByGenre = new Picker[Genre.values().length];
    private final Picker[] activityByCategory = new Picker[CATEGORIES.length];
    private final Picker[] severityByCategory = new Picker[CATEGORIES.length];
    private final Picker faultPicker = new Picker(FAULT_WEIGHTS);
    private final String[] status = new String[checkIds.size()];
    private final int[] scratch = new int[checkIds.size()];
    private final Map<Fault, Long> faults = new EnumMap<>(Fault.class);
    private long faulty;
    private String lastValidId;

    RowMaker(SplittableRandom r) {
      this.r = r;
      this.productions = productions(r);
      double[] w = new double[productions.length];
      for (int i = 0; i < w.length; i++) {
        w[i] = 1 / Math.pow(i + 5, 0.9);
      }
      this.productionPicker = new Picker(w);
      for (Genre g : Genre.values()) {
        categoryByGenre[g.ordinal()] = new Picker(g.categories);
      }
      for (Category c : CATEGORIES) {
        activityByCategory[c.ordinal()] = new Picker(Vocabulary.activities(c));
        double[] danger = Vocabulary.danger(c);
        severityByCategory[c.ordinal()] =
            new Picker(new double[] {72, 20, 7.5 * danger[0], 0.12 * danger[1]});
      }
    }

    private Production[] productions(SplittableRandom r) {
      List<String> names = new ArrayList<>();
      for (String a : Vocabulary.ADJECTIVES) {
        for (String b : Vocabulary.NOUNS) {
          names.add(a + " " + b);
        }
      }
      for (int i = names.size() - 1; i > 0; i--) {
        Collections.swap(names, i, r.nextInt(i + 1));
      }
      Picker genres =
          new Picker(java.util.Arrays.stream(Genre.values()).mapToDouble(g -> g.share).toArray());
      Picker places = new Picker(Vocabulary.JURISDICTION_WEIGHTS);
      double[] yearWeights = new double[LAST_YEAR - FIRST_YEAR + 1];
      for (int i = 0; i < yearWeights.length; i++) {
        yearWeights[i] = 1 + 0.1 * i;
      }
      Picker years = new Picker(yearWeights);
      Production[] out = new Production[Math.min(PRODUCTIONS, names.size())];
      for (int i = 0; i < out.length; i++) {
        Genre g = Genre.values()[genres.pick(r)];
        String name = g == Genre.SERIES ? names.get(i) + " S" + (1 + r.nextInt(4)) : names.get(i);
        LocalDate start = LocalDate.of(FIRST_YEAR + years.pick(r), 1, 1).plusDays(r.nextInt(365));
        out[i] =
            new Production(
                name, Vocabulary.JURISDICTIONS.get(places.pick(r)), g, start, 20 + r.nextInt(130));
      }
      return out;
    }

    /**
     * Appends row {@code n} (1-based), ending in a line break; returns the physical lines it takes.
     */
    int row(long n, StringBuilder b) {
      Production p = productions[productionPicker.pick(r)];
      Category category = CATEGORIES[categoryByGenre[p.genre().ordinal()].pick(r)];
      Activity activity = ACTIVITIES[activityByCategory[category.ordinal()].pick(r)];
      Severity severity = Severity.values()[severityByCategory[category.ordinal()].pick(r)];
      int fatalities = 0;
      int injuries = 0;
      boolean injuriesKnown = true;
      switch (severity) {
        case NEAR_MISS -> injuriesKnown = r.nextDouble() >= 0.03;
        case INJURY -> {
          double u = r.nextDouble();
          injuries = u < 0.8 ? 1 : u < 0.95 ? 2 : 3 + r.nextInt(2);
          injuriesKnown = r.nextDouble() >= 0.04;
        }
        case SERIOUS_INJURY -> {
          double u = r.nextDouble();
          injuries = u < 0.85 ? 1 : u < 0.97 ? 2 : 3 + r.nextInt(3);
          injuriesKnown = r.nextDouble() >= 0.02;
        }
        case FATAL -> {
          double u = r.nextDouble();
          fatalities = u < 0.88 ? 1 : u < 0.97 ? 2 : 3;
          injuries = r.nextDouble() < 0.6 ? 0 : 1 + r.nextInt(3);
        }
      }
      LocalDate date = p.start().plusDays(r.nextInt(p.days()));
      boolean monthOnly = r.nextDouble() < 0.01;
      List<Event> events = Vocabulary.EVENTS.get(category);
      Event event = events.get(r.nextInt(events.size()));
      List<String> endings = Vocabulary.ENDINGS.get(severity);
      String ending = endings.get(r.nextInt(endings.size()));
      boolean followUp = r.nextDouble() < 0.04;
      String followUpText =
          followUp ? Vocabulary.FOLLOW_UPS.get(r.nextInt(Vocabulary.FOLLOW_UPS.size())) : null;
      String note =
          r.nextDouble() < 0.12 ? Vocabulary.NOTES.get(r.nextInt(Vocabulary.NOTES.size())) : null;
      int checks = checks(category, severity);

      Fault fault = r.nextDouble() < dirtyShare ? FAULTS[faultPicker.pick(r)] : null;
      if (fault == Fault.DUPLICATE_ID && lastValidId == null) {
        fault = Fault.IMPOSSIBLE_DATE;
      }
      String id = fault == Fault.DUPLICATE_ID ? lastValidId : id(n);
      String title = event.title();
      String production = p.name();
      String dateText = monthOnly ? date.toString().substring(0, 7) : date.toString();
      String categoryText = category.code();
      String severityText = severity.code();
      String fatalitiesText = Integer.toString(fatalities);
      String injuriesText = injuriesKnown ? Integer.toString(injuries) : "";
      if (fault != null) {
        faulty++;
        faults.merge(fault, 1L, Long::sum);
        switch (fault) {
          case IMPOSSIBLE_DATE ->
              dateText = date.getYear() + (r.nextBoolean() ? "-02-30" : "-04-31");
          case DATE_FORMAT ->
              dateText =
                  two(date.getDayOfMonth())
                      + "/"
                      + two(date.getMonthValue())
                      + "/"
                      + date.getYear();
          case MISSING_VALUE -> {
            if (r.nextBoolean()) {
              production = "";
            } else {
              title = "";
            }
          }
          case UNKNOWN_CATEGORY -> categoryText = pick(Vocabulary.BAD_CATEGORIES);
          case UNKNOWN_SEVERITY -> severityText = pick(Vocabulary.BAD_SEVERITIES);
          case UNKNOWN_STATUS -> {
            int k =
                checks > 0
                    ? scratch[r.nextInt(checks)]
                    : generic.length > 0 ? generic[r.nextInt(generic.length)] : -1;
            if (k >= 0) {
              status[k] = pick(Vocabulary.BAD_STATUSES);
            } else {
              severityText = pick(Vocabulary.BAD_SEVERITIES);
            }
          }
          case NEGATIVE_COUNT -> injuriesText = "-" + (1 + r.nextInt(2));
          case COUNT_NOT_NUMBER -> injuriesText = pick(Vocabulary.BAD_COUNTS);
          case SEVERITY_MISMATCH -> {
            if (severity == Severity.FATAL) {
              fatalitiesText = "0";
            } else {
              severityText = Severity.NEAR_MISS.code();
              injuriesText = Integer.toString(1 + r.nextInt(2));
            }
          }
          case RAGGED_ROW, DUPLICATE_ID -> {
            // written below
          }
        }
      } else {
        lastValidId = id;
      }

      Map<Field<Incident, ?>, String> cells = new IdentityHashMap<>();
      cells.put(IncidentFields.ID, id);
      cells.put(IncidentFields.TITLE, title);
      cells.put(IncidentFields.PRODUCTION, production);
      cells.put(IncidentFields.DATE, dateText);
      cells.put(IncidentFields.LOCATION, location());
      cells.put(IncidentFields.DEPARTMENT, department(category));
      cells.put(IncidentFields.JURISDICTION, p.jurisdiction());
      cells.put(IncidentFields.CATEGORY, categoryText);
      cells.put(IncidentFields.ACTIVITY, activity.code());
      cells.put(IncidentFields.SEVERITY, severityText);
      cells.put(IncidentFields.FATALITIES, fatalitiesText);
      cells.put(IncidentFields.INJURIES, injuriesText);
      String summary = event.summary() + " " + ending;
      cells.put(
          IncidentFields.SUMMARY, followUpText == null ? summary : summary + "\n" + followUpText);
      cells.put(IncidentFields.NOTE, note);
      for (int i = 0; i < FIELDS.size(); i++) {
        // a ragged row lacks the comma after its category
        if (i > 0 && !(fault == Fault.RAGGED_ROW && FIELDS.get(i - 1) == IncidentFields.CATEGORY)) {
          b.append(',');
        }
        String v = cells.get(FIELDS.get(i));
        if (v != null) {
          field(b, v);
        }
      }
      for (int c = 0; c < status.length; c++) {
        b.append(',');
        if (status[c] != null) {
          b.append(status[c]);
          status[c] = null;
        }
      }
      b.append('\n');
      return followUpText != null ? 2 : 1;
    }

    /**
     * Chooses the checks the row assesses and their statuses: fills {@code status} and lists their
     * indexes in {@code scratch}; returns how many.
     */
    private int checks(Category category, Severity severity) {
      if (r.nextDouble() < 0.15) {
        return 0; // many logs record only what happened
      }
      int count = 0;
      int[] own = specific[category.ordinal()];
      if (category == Category.FIREARM) {
        count = choose(own, 3 + r.nextInt(7), count);
      } else {
        for (int k : own) {
          if (r.nextDouble() < 0.7) {
            scratch[count++] = k;
          }
        }
        if (firearmChecks.length > 0 && r.nextDouble() < 0.03) {
          count = choose(firearmChecks, 1, count);
        }
      }
      count = choose(generic, 1 + r.nextInt(3), count);
      double factor =
          switch (severity) {
            case NEAR_MISS -> 0.7;
            case INJURY -> 1.0;
            case SERIOUS_INJURY -> 1.3;
            case FATAL -> 1.7;
          };
      for (int i = 0; i < count; i++) {
        int k = scratch[i];
        double u = r.nextDouble();
        double fail = Math.min(0.9, failureProneness[k] * factor);
        CheckStatus s;
        if (u < fail) {
          s = CheckStatus.FAILED;
        } else {
          double v = r.nextDouble();
          s =
              v < 0.06
                  ? CheckStatus.NOT_PERFORMED
                  : v < 0.14
                      ? CheckStatus.UNKNOWN
                      : v < 0.17 ? CheckStatus.NOT_APPLICABLE : CheckStatus.PASSED;
        }
        status[k] = s.code();
      }
      return count;
    }

    /** Adds up to {@code k} checks of {@code from} not chosen yet to {@code scratch[count...]}. */
    private int choose(int[] from, int k, int count) {
      int start = count;
      for (int tries = 0; tries < k * 3 && count - start < k && from.length > 0; tries++) {
        int c = from[r.nextInt(from.length)];
        boolean dup = false;
        for (int i = 0; i < count; i++) {
          if (scratch[i] == c) {
            dup = true;
            break;
          }
        }
        if (!dup) {
          scratch[count++] = c;
        }
      }
      return count;
    }

    private String location() {
      double u = r.nextDouble();
      if (u < 0.4) {
        return "Stage " + (1 + r.nextInt(12));
      }
      if (u < 0.5) {
        return "Backlot";
      }
      if (u < 0.85) {
        return "Exterior, " + pick(Vocabulary.PLACES);
      }
      return "Interior, " + pick(Vocabulary.SETS);
    }

    /** The department a log would name for an incident of {@code category}; now and then none. */
    private String department(Category category) {
      if (r.nextDouble() < 0.05) {
        return null;
      }
      return pick(Vocabulary.DEPARTMENTS.get(category));
    }

    private String pick(List<String> l) {
      return l.get(r.nextInt(l.size()));
    }
  }

  /**
   * {@code SYN-0000042}: at least seven digits, so ids sort in row order for logs up to ten
   * million.
   */
  static String id(long n) {
    String digits = Long.toString(n);
    StringBuilder b = new StringBuilder(12).append("SYN-");
    for (int i = digits.length(); i < 7; i++) {
      b.append('0');
    }
    return b.append(digits).toString();
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  /** Appends a CSV value, quoted when it holds a comma, quote or line break. */
  static StringBuilder field(StringBuilder b, String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        b.append('"');
        return quoted(b, v).append('"');
      }
    }
    return b.append(v);
  }

  /** Appends {@code v} with its quotes doubled (the caller writes the surrounding quotes). */
  private static StringBuilder quoted(StringBuilder b, String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"') {
        b.append('"');
      }
      b.append(c);
    }
    return b;
  }

  /** Picks an index with probability proportional to its weight. */
  private static final class Picker {
    private final double[] cumulative;

    Picker(double[] weights) {
      cumulative = new double[weights.length];
      double sum = 0;
      for (int i = 0; i < weights.length; i++) {
        sum += weights[i];
        cumulative[i] = sum;
      }
      for (int i = 0; i < cumulative.length; i++) {
        cumulative[i] /= sum;
      }
    }

    int pick(SplittableRandom r) {
      double u = r.nextDouble();
      int lo = 0;
      int hi = cumulative.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (u < cumulative[mid]) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo;
    }
  }

  /** Counts the bytes that pass. */
  private static final class Counting extends FilterOutputStream {
    long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
