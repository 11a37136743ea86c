package org.setsafe.ingest;

import java.util.function.Consumer;
import java.util.function.Function;
import org.setsafe.model.IncidentRecord;
import org.setsafe.read.IngestListener;

/**
 * Incident records to be read once, on demand, as a stream: a consumer of records receives them
 * without knowing where they come from (files, a folder, the bundled reference, memory).
 */
@FunctionalInterface
public interface RecordSource {
  /**
   * Reads every record, in order, handing each to the consumer {@code sink} gives for the name of
   * its input; every problem goes to {@code listener}.
   *
   * @return the account of what was read: rows per file, errors and warnings
   */
  IngestResult read(IngestListener listener, Function<String, Consumer<IncidentRecord>> sink);
}
