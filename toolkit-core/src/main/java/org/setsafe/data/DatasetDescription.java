package org.setsafe.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a dataset's {@code dataset.json} says of it besides its tables: the date it is complete to
 * ({@code as_of}), the sites whose reports count as weak sources ({@code weak_sources}), and the
 * events known to have followed outcomes the record holds ({@code later_events}).
 *
 * @param asOf the record was checked against public reporting up to this day
 * @param weakSources sites a fact should not rest on alone, each with why
 * @param laterEvents events reported after an outcome was decided (a reinstatement, an appeal, a
 *     reduction), kept so that an outcome recorded from an older report is caught
 */
public record DatasetDescription(
    LocalDate asOf, List<WeakSite> weakSources, List<LaterEvent> laterEvents) {

  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  public DatasetDescription {
    weakSources = List.copyOf(weakSources);
    laterEvents = List.copyOf(laterEvents);
  }

  /**
   * A site whose reports are weak sources: a forum, a content farm that rewrites others' stories
   * without naming them, a torrent site, a timeline that cites nothing.
   *
   * @param site a host name ({@code dailydig.com}); its subdomains are the same site
   * @param why what kind of site it is, in a few words
   */
  public record WeakSite(String site, String why) {}

  /**
   * An event reported after an outcome was decided.
   *
   * @param incidentId the incident the outcome belongs to
   * @param outcome words that name the outcome: each is found in its party or its action (case
   *     aside), e.g. {@code Gutierrez-Reed manslaughter}
   * @param on when it happened: {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}
   * @param event what happened, in a few words
   * @param appeal whether the event is an appeal whose result the record does not give
   * @param sourceUrl the report of it, listed in the dataset's sources for the incident
   */
  public record LaterEvent(
      String incidentId,
      String outcome,
      String on,
      String event,
      boolean appeal,
      String sourceUrl) {

    /** Whether this event concerns the outcome of {@code incidentId} with this party and action. */
    public boolean concerns(String incidentId, String party, String action) {
      if (!this.incidentId.equals(incidentId)) {
        return false;
      }
      String text = ((party == null ? "" : party) + " " + (action == null ? "" : action));
      text = text.toLowerCase(Locale.ROOT);
      for (String word : outcome.toLowerCase(Locale.ROOT).split("\\s+")) {
        if (!text.contains(word)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Why the source at {@code url} is weak, or empty when its site is not on the list. */
  public Optional<String> weakness(String url) {
    String host = host(url);
    if (host == null) {
      return Optional.empty();
    }
    for (WeakSite w : weakSources) {
      if (host.equals(w.site()) || host.endsWith("." + w.site())) {
        return Optional.of(w.site() + ": " + w.why());
      }
    }
    return Optional.empty();
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = new URI(url.strip()).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /**
   * Reads a {@code dataset.json}.
   *
   * @throws IllegalStateException when the file is missing, is not JSON, has no valid {@code as_of}
   *     date, or a weak source or later event lacks a field
   */
  public static DatasetDescription read(Path datasetJson) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(datasetJson));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + datasetJson + ": " + e.getMessage(), e);
    }
    JsonNode v = root == null ? null : root.get("as_of");
    if (v == null || !v.isTextual()) {
      throw new IllegalStateException(datasetJson + ": no \"as_of\" date");
    }
    LocalDate asOf;
    try {
      asOf = LocalDate.parse(v.asText());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          datasetJson + ": \"as_of\" is not a yyyy-MM-dd date: " + e.getParsedString(), e);
    }
    List<WeakSite> weak = new ArrayList<>();
    int i = 0;
    for (JsonNode w : root.path("weak_sources")) {
      String where = datasetJson + ": weak_sources[" + i++ + "]";
      weak.add(
          new WeakSite(text(w, "site", where).toLowerCase(Locale.ROOT), text(w, "why", where)));
    }
    List<LaterEvent> events = new ArrayList<>();
    i = 0;
    for (JsonNode e : root.path("later_events")) {
      String where = datasetJson + ": later_events[" + i++ + "]";
      String on = text(e, "on", where);
      if (!DATE.matcher(on).matches()) {
        throw new IllegalStateException(where + ": \"on\" is not a date: " + on);
      }
      events.add(
          new LaterEvent(
              text(e, "incident_id", where),
              text(e, "outcome", where),
              on,
              text(e, "event", where),
              e.path("appeal").asBoolean(false),
              text(e, "source_url", where)));
    }
    return new DatasetDescription(asOf, weak, events);
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalStateException(where + ": no \"" + field + "\"");
    }
    return v.asText().strip();
  }
}
