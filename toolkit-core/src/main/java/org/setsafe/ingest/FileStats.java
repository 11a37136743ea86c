package org.setsafe.ingest;

/**
 * Row accounting for one input file: every data row read is either imported or rejected; blank rows
 * are counted apart. {@code unread} is true when a read problem stopped the file early.
 */
public final class FileStats {
  private final String file;
  private final String kind;
  private long read;
  private long imported;
  private long rejected;
  private long blank;
  private boolean unread;

  public FileStats(String file, String kind) {
    this.file = file;
    this.kind = kind;
  }

  public String file() {
    return file;
  }

  /** What the file was read as: incidents, people, checks, outcomes, sources, or a flat log. */
  public String kind() {
    return kind;
  }

  public long read() {
    return read;
  }

  public long imported() {
    return imported;
  }

  public long rejected() {
    return rejected;
  }

  public long blank() {
    return blank;
  }

  public boolean stoppedEarly() {
    return unread;
  }

  void countRead() {
    read++;
  }

  void countImported() {
    imported++;
  }

  void countRejected() {
    rejected++;
  }

  /** The rows were not read (the header cannot be bound, e.g. a mapping that does not fit). */
  void stopped() {
    unread = true;
  }

  void finish(RowSource in) {
    blank = in.blankRows();
    unread = in.failed();
  }
}
