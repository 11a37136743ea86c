package org.setsafe.text;

import org.setsafe.analysis.DescriptionReader;
import org.setsafe.analysis.SclClassifier;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.rules.HighEnergyFile;

/** The classifier the commands build: bundled protocols and rules, words read as given. */
final class Scl {
  private Scl() {}

  static SclClassifier classifier(DescriptionReader words) {
    return new SclClassifier(ProtocolCatalog.bundled(), HighEnergyFile.bundled(), words);
  }
}
