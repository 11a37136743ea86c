package org.setsafe.schema;

import java.util.List;
import org.setsafe.model.PartialDate;
import org.setsafe.model.Source;
import org.setsafe.model.SourceKind;

/** The fields of a source ({@code sources.csv}), in column order: see {@link Field}. */
public final class SourceFields {
  private SourceFields() {}

  public static final Field<Source, String> INCIDENT_ID =
      Field.text("incident_id", Source::incidentId).required();
  public static final Field<Source, String> TITLE = Field.text("title", Source::title).required();
  public static final Field<Source, String> PUBLISHER = Field.text("publisher", Source::publisher);
  public static final Field<Source, SourceKind> KIND =
      Field.code("kind", SourceKind.class, "source kind", Source::kind);
  public static final Field<Source, PartialDate> PUBLISHED_ON =
      Field.date("published_on", Source::publishedOn);
  public static final Field<Source, String> URL = Field.text("url", Source::url);

  /** Every field, in column order. */
  public static final List<Field<Source, ?>> ALL =
      List.of(INCIDENT_ID, TITLE, PUBLISHER, KIND, PUBLISHED_ON, URL);
}
