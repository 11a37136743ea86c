package org.setsafe.ingest;

import java.util.List;
import org.setsafe.read.FileStats;

/**
 * What an ingest run read: per-file row accounting, and how many errors and warnings it reported.
 */
public record IngestResult(List<FileStats> files, long errors, long warnings) {
  public IngestResult {
    files = List.copyOf(files);
  }

  public long read() {
    return files.stream().mapToLong(FileStats::read).sum();
  }

  public long imported() {
    return files.stream().mapToLong(FileStats::imported).sum();
  }

  public long rejected() {
    return files.stream().mapToLong(FileStats::rejected).sum();
  }

  /** Incidents imported (rows of incidents.csv files and flat logs). */
  public long incidents() {
    return files.stream().filter(f -> f.kind().incidents()).mapToLong(FileStats::imported).sum();
  }
}
