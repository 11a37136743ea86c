package org.setsafe.read;

/**
 * Row accounting for one input file: every data row read is either imported or rejected; blank rows
 * are counted apart, and so are the lines left unread when a read problem stopped the file early
 * (they go to {@code rejects.csv} as they stand).
 */
public final class FileStats {
  /** What a file was read as. */
  public enum Kind {
    INCIDENTS("incidents"),
    PEOPLE("people"),
    CHECKS("checks"),
    OUTCOMES("outcomes"),
    SOURCES("sources"),
    ACTIONS("actions"),
    FLAT_LOG("flat log");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** For people: {@code incidents}, {@code people}, ..., {@code flat log}. */
    public String label() {
      return label;
    }

    /** Whether its rows are incidents (an incidents.csv or a flat log). */
    public boolean incidents() {
      return this == INCIDENTS || this == FLAT_LOG;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private final String file;
  private final Kind kind;
  private long read;
  private long imported;
  private long rejected;
  private long blank;
  private long unreadLines;
  private long stoppedAt;
  private boolean unread;

  public FileStats(String file, Kind kind) {
    this.file = file;
    this.kind = kind;
  }

  public String file() {
    return file;
  }

  /** The same counts under another name (a redacted output names its inputs by a code). */
  public FileStats renamed(String name) {
    FileStats f = new FileStats(name, kind);
    f.read = read;
    f.imported = imported;
    f.rejected = rejected;
    f.blank = blank;
    f.unreadLines = unreadLines;
    f.stoppedAt = stoppedAt;
    f.unread = unread;
    return f;
  }

  /** What the file was read as. */
  public Kind kind() {
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

  /** Lines after the place reading stopped, handed to {@code rejects.csv} unread. */
  public long unreadLines() {
    return unreadLines;
  }

  /** The line where reading stopped early (0 when it did not, or when not known). */
  public long stoppedAt() {
    return stoppedAt;
  }

  public void countRead() {
    read++;
  }

  public void countImported() {
    imported++;
  }

  public void countRejected() {
    rejected++;
  }

  /**
   * Takes the blank rows and the early stop from the finished input, and hands every unread line to
   * the listener as rejected, with its reason.
   */
  public void finish(RowSource in, IngestListener listener) {
    blank = in.blankRows();
    unread |= in.failed();
    for (RawRow r = in.nextUnread(); r != null; r = in.nextUnread()) {
      if (unreadLines++ == 0) {
        stoppedAt = r.line();
      }
      listener.rejected(file, r, r.notes().get(0));
    }
  }
}
