package org.setsafe.report.book;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * How a report is written: where, under what title, stamped with which clock and version, and the
 * limits that keep a huge input within Excel's and memory's bounds. Immutable; built once with
 * {@link #builder} and validated once.
 */
public final class ReportOptions {
  /** Excel's rows per sheet (header included). */
  public static final int EXCEL_MAX_ROWS = 1_048_576;

  /** The title when none is given. */
  public static final String DEFAULT_TITLE = "Film-set safety report";

  /** The title of the report on the historical record alone (no input of the user's). */
  public static final String HISTORY_TITLE = "Film-set safety: the historical record";

  /** Incidents shown in the incident x check matrix unless told otherwise. */
  public static final int DEFAULT_MATRIX_LIMIT = 2_000;

  private final Path output;
  private final String title;
  private final Clock clock;
  private final String toolkitVersion;
  private final int maxRowsPerSheet;
  private final int matrixLimit;
  private final TempFiles tempFiles;
  private final int chartWidth;
  private final int chartHeight;
  private final String production;
  private final java.time.LocalDate from;
  private final java.time.LocalDate to;
  private final String preparedBy;
  private final java.time.LocalDate asOf;
  private final int smallCell;
  private final Runnable onSmallCell;
  private final Runnable onSmallBar;
  private final java.util.List<org.setsafe.model.ReportingRule> reportingRules;
  private final org.setsafe.model.InjuryWords reportingWords;
  private final java.math.BigDecimal hoursWorked;

  private ReportOptions(Builder b) {
    this.reportingRules = b.reportingRules;
    this.reportingWords = b.reportingWords;
    this.hoursWorked = b.hoursWorked;
    this.production = blankToNull(b.production);
    this.from = b.from;
    this.to = b.to;
    this.preparedBy = blankToNull(b.preparedBy);
    this.asOf = b.asOf;
    this.output = b.output;
    this.title = b.title == null ? null : b.title.strip();
    this.clock = b.clock;
    this.toolkitVersion = b.toolkitVersion;
    this.maxRowsPerSheet = b.maxRowsPerSheet;
    this.matrixLimit = b.matrixLimit;
    this.tempFiles = Objects.requireNonNull(b.tempFiles, "tempFiles");
    this.chartWidth = b.chartWidth;
    this.chartHeight = b.chartHeight;
    this.smallCell = b.smallCell;
    this.onSmallCell = b.onSmallCell;
    this.onSmallBar = b.onSmallBar;
    validate();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private void validate() {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(
          "the period ends before it starts (--from " + from + ", --to " + to + ")");
    }
    for (String s : new String[] {production, preparedBy}) {
      if (s != null && (s.length() > 200 || s.chars().anyMatch(c -> c < 0x20))) {
        throw new IllegalArgumentException(
            "the production and prepared-by names must be one line of at most 200 characters");
      }
    }
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(toolkitVersion, "toolkitVersion");
    Path name = output.getFileName();
    if (name == null
        || !name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
        || name.toString().length() == ".xlsx".length()) {
      throw new IllegalArgumentException(
          "the report file must be named like NAME.xlsx (was '" + output + "')");
    }
    if (title != null && (title.isEmpty() || title.length() > 200)) {
      throw new IllegalArgumentException(
          "the title must be 1-200 characters (was " + title.length() + ")");
    }
    if (title != null && title.chars().anyMatch(c -> c < 0x20)) {
      throw new IllegalArgumentException(
          "the title must be one line of text without control characters");
    }
    if (hoursWorked != null && hoursWorked.signum() <= 0) {
      throw new IllegalArgumentException("the hours worked must be more than 0");
    }
    if (maxRowsPerSheet < 3 || maxRowsPerSheet > EXCEL_MAX_ROWS) {
      throw new IllegalArgumentException(
          "rows per sheet must be 3-" + EXCEL_MAX_ROWS + " (was " + maxRowsPerSheet + ")");
    }
    if (matrixLimit < 1 || matrixLimit > 100_000) {
      throw new IllegalArgumentException(
          "the matrix limit must be 1-100000 incidents (was " + matrixLimit + ")");
    }
    if (chartWidth < 400 || chartWidth > 4000 || chartHeight < 300 || chartHeight > 4000) {
      throw new IllegalArgumentException(
          "charts must be 400-4000 x 300-4000 pixels (was " + chartWidth + "x" + chartHeight + ")");
    }
  }

  public static Builder builder(Path output) {
    return new Builder(output);
  }

  /** A builder holding these options, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder(output);
    b.title = title;
    b.clock = clock;
    b.toolkitVersion = toolkitVersion;
    b.maxRowsPerSheet = maxRowsPerSheet;
    b.matrixLimit = matrixLimit;
    b.tempFiles = tempFiles;
    b.chartWidth = chartWidth;
    b.chartHeight = chartHeight;
    b.production = production;
    b.from = from;
    b.to = to;
    b.preparedBy = preparedBy;
    b.asOf = asOf;
    b.smallCell = smallCell;
    b.onSmallCell = onSmallCell;
    b.onSmallBar = onSmallBar;
    b.reportingRules = reportingRules;
    b.reportingWords = reportingWords;
    b.hoursWorked = hoursWorked;
    return b;
  }

  /** The workbook file. */
  public Path output() {
    return output;
  }

  /** The folder beside the workbook that receives the chart files: {@code NAME-charts/}. */
  public Path chartsFolder() {
    String name = output.getFileName().toString();
    String base = name.substring(0, name.length() - ".xlsx".length());
    return output.resolveSibling(base + "-charts");
  }

  /** The title the user gave, or {@link #DEFAULT_TITLE}. */
  public String title() {
    return title == null ? DEFAULT_TITLE : title;
  }

  /**
   * The title of a report on the historical record alone: the user's, or {@link #HISTORY_TITLE}.
   */
  public String historyTitle() {
    return title == null ? HISTORY_TITLE : title;
  }

  /** Whether the user gave a title. */
  public boolean hasTitle() {
    return title != null;
  }

  /** The clock that stamps the report's generated-at time (shown in UTC). */
  public Clock clock() {
    return clock;
  }

  public String toolkitVersion() {
    return toolkitVersion;
  }

  /** Rows per sheet, header included, before a table continues on a new sheet. */
  public int maxRowsPerSheet() {
    return maxRowsPerSheet;
  }

  /** How many incidents (with a failed check) the incident x check matrix shows at most. */
  public int matrixLimit() {
    return matrixLimit;
  }

  /** How POI's temporary sheet files are kept while the workbook is written. */
  public TempFiles tempFiles() {
    return tempFiles;
  }

  /**
   * The temporary files SXSSF writes each sheet to (about 1 KB per incident row) before the
   * workbook is zipped: plain is faster, compressed takes a fraction of the disk.
   */
  public enum TempFiles {
    /** Compressed only when the input is large against the free space of the temporary folder. */
    AUTO,
    COMPRESSED,
    PLAIN
  }

  /** The production the report is about, as the user named it, or null (taken from the data). */
  public String production() {
    return production;
  }

  /** The first day of the period reported on, or null (from the first incident). */
  public java.time.LocalDate from() {
    return from;
  }

  /** The last day of the period reported on, or null (to the last incident). */
  public java.time.LocalDate to() {
    return to;
  }

  /**
   * The day the follow-up actions stand on: days open and overdue count to it. As given, else the
   * clock's day.
   */
  public java.time.LocalDate asOf() {
    return asOf != null ? asOf : java.time.LocalDate.ofInstant(clock.instant(), clock.getZone());
  }

  /** The reporting rules the Reporting sheet applies, or null for the bundled ones. */
  public java.util.List<org.setsafe.model.ReportingRule> reportingRules() {
    return reportingRules;
  }

  /** The words those rules recognise injuries by, or null with the bundled rules. */
  public org.setsafe.model.InjuryWords reportingWords() {
    return reportingWords;
  }

  /** The hours worked in the period, for the rates per 200,000 hours; null when not given. */
  public java.math.BigDecimal hoursWorked() {
    return hoursWorked;
  }

  /** Who prepared the report, or null (taken from the data where it says). */
  public String preparedBy() {
    return preparedBy;
  }

  public int chartWidth() {
    return chartWidth;
  }

  /** Whether the report is redacted (its records were, before it was written). */
  public boolean redacted() {
    return smallCell > 0;
  }

  /**
   * The smallest count a redacted report's breakdown tables and charts show (counts of 1 to one
   * less show as {@code < N}); 0 for a report that is not redacted.
   */
  public int smallCell() {
    return smallCell;
  }

  /** Told of each table count shown as {@code < N} (the redaction's ledger counts them). */
  public Runnable onSmallCell() {
    return onSmallCell;
  }

  /** Told of each chart bar under N left out (the redaction's ledger counts them). */
  public Runnable onSmallBar() {
    return onSmallBar;
  }

  public int chartHeight() {
    return chartHeight;
  }

  /** Collects the options; {@link #build} validates them. */
  public static final class Builder {
    private final Path output;
    private String title;
    private Clock clock = Clock.systemUTC();
    private String toolkitVersion = "development build";
    private int maxRowsPerSheet = EXCEL_MAX_ROWS;
    private int matrixLimit = DEFAULT_MATRIX_LIMIT;
    private TempFiles tempFiles = TempFiles.AUTO;
    private int chartWidth = 1400;
    private int chartHeight = 800;
    private String production;
    private java.time.LocalDate from;
    private java.time.LocalDate to;
    private String preparedBy;
    private java.time.LocalDate asOf;
    private int smallCell;
    private Runnable onSmallCell = () -> {};
    private Runnable onSmallBar = () -> {};
    private java.util.List<org.setsafe.model.ReportingRule> reportingRules;
    private org.setsafe.model.InjuryWords reportingWords;
    private java.math.BigDecimal hoursWorked;

    private Builder(Path output) {
      this.output = output;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public Builder toolkitVersion(String version) {
      this.toolkitVersion = version;
      return this;
    }

    public Builder maxRowsPerSheet(int rows) {
      this.maxRowsPerSheet = rows;
      return this;
    }

    public Builder matrixLimit(int incidents) {
      this.matrixLimit = incidents;
      return this;
    }

    public Builder tempFiles(TempFiles tempFiles) {
      this.tempFiles = tempFiles;
      return this;
    }

    public Builder production(String production) {
      this.production = production;
      return this;
    }

    /** The period reported on: incidents outside it are left out (either end may be null). */
    public Builder period(java.time.LocalDate from, java.time.LocalDate to) {
      this.from = from;
      this.to = to;
      return this;
    }

    /** The day the follow-up actions stand on (null: the clock's day). */
    public Builder asOf(java.time.LocalDate asOf) {
      this.asOf = asOf;
      return this;
    }

    /**
     * The reporting rules, the bundled ones with a production's own, and their words (null: the
     * bundled ones).
     */
    public Builder reportingRules(
        java.util.List<org.setsafe.model.ReportingRule> rules,
        org.setsafe.model.InjuryWords words) {
      this.reportingRules = rules == null ? null : java.util.List.copyOf(rules);
      this.reportingWords = words;
      return this;
    }

    /** The hours worked in the period, for the rates (null: none, counts only). */
    public Builder hoursWorked(java.math.BigDecimal hours) {
      this.hoursWorked = hours;
      return this;
    }

    public Builder preparedBy(String preparedBy) {
      this.preparedBy = preparedBy;
      return this;
    }

    /**
     * A redacted report (0: not redacted): its records were redacted before the report reads them;
     * breakdown tables show counts of 1 to {@code smallCell - 1} as {@code < smallCell}, each told
     * to {@code onSmallCell}, and charts leave such bars out, each told to {@code onSmallBar}.
     */
    public Builder redacted(int smallCell, Runnable onSmallCell, Runnable onSmallBar) {
      if (smallCell < 0) {
        throw new IllegalArgumentException("the smallest count shown must not be negative");
      }
      this.smallCell = smallCell;
      this.onSmallCell = onSmallCell;
      this.onSmallBar = onSmallBar;
      return this;
    }

    public Builder chartSize(int width, int height) {
      this.chartWidth = width;
      this.chartHeight = height;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the first option that is out of range
     */
    public ReportOptions build() {
      return new ReportOptions(this);
    }
  }
}
