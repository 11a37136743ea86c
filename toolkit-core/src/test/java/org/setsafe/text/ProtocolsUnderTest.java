package org.setsafe.text;

import java.nio.file.Path;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * The protocols the labelled-set tests read: the bundled ones, or the folder named by the system
 * property {@code setsafe.protocols} (to try changes to the words before they are bundled: {@code
 * mvn ... -Dsetsafe.protocols=/path/to/protocols}).
 */
final class ProtocolsUnderTest {
  private ProtocolsUnderTest() {}

  private static final String FOLDER = System.getProperty("setsafe.protocols");

  static final ProtocolCatalog CATALOG =
      FOLDER == null ? ProtocolCatalog.bundled() : ProtocolCatalog.load(Path.of(FOLDER));

  static final CheckSuggester SUGGESTER =
      FOLDER == null ? CheckSuggester.bundled() : CheckSuggester.of(CATALOG);
}
