package org.setsafe.redact;

import java.nio.file.Path;
import org.setsafe.data.BundledData;
import org.setsafe.model.RedactionProfile;
import org.setsafe.rules.RedactionProfileFile;

/** The redaction profiles: the default one shipped with setsafe, or one from a file. */
public final class Profiles {
  private Profiles() {}

  /** Where the default profile is, relative to the bundled data. */
  public static final String DEFAULT = "rules/redact-default.json";

  private static volatile RedactionProfile bundled;

  /** The default profile ({@code data/rules/redact-default.json}), read once. */
  public static RedactionProfile bundled() {
    RedactionProfile p = bundled;
    if (p == null) {
      p = load(BundledData.path(DEFAULT));
      bundled = p;
    }
    return p;
  }

  /**
   * A profile file, checked whole against the fields it may speak of ({@link RedactFields}).
   *
   * @throws org.setsafe.read.InputException naming every problem of the file
   */
  public static RedactionProfile load(Path file) {
    return RedactionProfileFile.load(file, RedactFields.ALLOWED);
  }
}
