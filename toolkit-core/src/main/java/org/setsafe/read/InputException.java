package org.setsafe.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Input cannot be read at all (missing file, unreadable mapping, bad option); one line for the
 * user.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }

  /** {@code name: why it cannot be read}, in setsafe's words rather than the system's. */
  public static InputException cannotRead(String name, IOException e) {
    return new InputException(name + ": " + why(e), e);
  }

  /** Why a file cannot be opened: no such file, permission denied, a loop of symbolic links... */
  public static String why(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    String reason =
        e instanceof FileSystemException f && f.getReason() != null
            ? f.getReason()
            : String.valueOf(e.getMessage());
    String r = reason.toLowerCase(Locale.ROOT);
    if (r.contains("symbolic links")) {
      return "a loop of symbolic links (the link leads back to itself)";
    }
    if (r.contains("permission denied")) {
      return "permission denied";
    }
    if (r.contains("is a directory")) {
      return "is a folder, not a file";
    }
    if (r.contains("no such file")) {
      return "no such file or folder";
    }
    return "cannot be read (" + reason + ")";
  }
}
