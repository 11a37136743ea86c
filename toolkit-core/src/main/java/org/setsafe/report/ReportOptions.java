package org.setsafe.report;

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

  private ReportOptions(Builder b) {
    this.output = b.output;
    this.title = b.title == null ? DEFAULT_TITLE : b.title.strip();
    this.clock = b.clock;
    this.toolkitVersion = b.toolkitVersion;
    this.maxRowsPerSheet = b.maxRowsPerSheet;
    this.matrixLimit = b.matrixLimit;
    this.tempFiles = Objects.requireNonNull(b.tempFiles, "tempFiles");
    this.chartWidth = b.chartWidth;
    this.chartHeight = b.chartHeight;
    validate();
  }

  private void validate() {
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
    if (title.isEmpty() || title.length() > 200) {
      throw new IllegalArgumentException(
          "the title must be 1-200 characters (was " + title.length() + ")");
    }
    if (title.chars().anyMatch(c -> c < 0x20)) {
      throw new IllegalArgumentException(
          "the title must be one line of text without control characters");
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

  public String title() {
    return title;
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

  public int chartWidth() {
    return chartWidth;
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
