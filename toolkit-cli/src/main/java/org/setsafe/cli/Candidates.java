package org.setsafe.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.setsafe.data.BundledData;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * What shell completion offers for ids and names: check ids, protocol ids, the reference's incident
 * ids and the mappings shipped with setsafe. Each list is made only when iterated (when the
 * completion script is written), never when a command runs.
 */
final class Candidates {
  private Candidates() {}

  /** Every check id of the protocols. */
  static final class CheckIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Suggestions.checkIds(ProtocolCatalog.bundled()).iterator();
    }
  }

  /** Every protocol id, then every check id. */
  static final class ProtocolAndCheckIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Suggestions.protocolAndCheckIds(ProtocolCatalog.bundled()).iterator();
    }
  }

  /** The incident ids of the reference dataset. */
  static final class ReferenceIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Ingest.reference().records().stream().map(IncidentRecord::id).sorted().iterator();
    }
  }

  /** The names of the mappings shipped with setsafe (data/mappings), without .json. */
  static final class MappingNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names().iterator();
    }

    static List<String> names() {
      Path folder = BundledData.path("mappings");
      try (Stream<Path> files = Files.list(folder)) {
        return files
            .map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".json"))
            .map(n -> n.substring(0, n.length() - ".json".length()))
            .sorted()
            .toList();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + folder, e);
      }
    }
  }
}
