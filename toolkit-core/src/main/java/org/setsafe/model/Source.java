package org.setsafe.model;

import static org.setsafe.model.InvalidValueException.check;
import static org.setsafe.model.InvalidValueException.optional;
import static org.setsafe.model.InvalidValueException.required;

/**
 * A citation for an incident.
 *
 * @param kind what kind of body published it (a court, a regulator, the press, ...), or null when
 *     not recorded
 */
public record Source(
    String incidentId,
    String title,
    String publisher,
    SourceKind kind,
    PartialDate publishedOn,
    String url) {
  public Source {
    incidentId = required(incidentId, "incident_id");
    title = required(title, "title");
    publisher = optional(publisher);
    url = optional(url);
    check(
        url == null || url.startsWith("http://") || url.startsWith("https://"),
        "url",
        "url '" + url + "' must start with http:// or https://");
  }
}
