package org.setsafe.cli.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.setsafe.io.CsvFormulas;
import org.setsafe.model.CheckResult;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.text.SuggestedChecks;
import org.setsafe.text.Suggestion;

/** The output of {@code setsafe suggest}: text, JSON (the data of its envelope) or CSV. */
public final class SuggestOutput {

  /** The columns of the CSV output, one row per suggested check. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "incident_id",
          "title",
          "check_id",
          "check_title",
          "words",
          "recorded_status",
          "recorded_confidence",
          "inferred_category",
          "category_words");

  private static final int INDENT = 4;

  private SuggestOutput() {}

  public static String text(List<SuggestedChecks> all, ProtocolCatalog catalog, int width) {
    int w = Math.max(60, width);
    StringBuilder b = new StringBuilder();
    int with = 0;
    int count = 0;
    int recorded = 0;
    int hazards = 0;
    for (SuggestedChecks s : all) {
      var i = s.record().incident();
      for (String l : Text.wrap(i.id() + "  " + i.title(), w)) {
        b.append(l).append('\n');
      }
      if (s.hazard() != null) {
        hazards++;
        b.append(
            Text.block(
                "hazard (inferred, the log names none): "
                    + s.hazard().category().label()
                    + ", from "
                    + quoted(s.hazard().words()),
                w,
                INDENT));
      }
      if (s.suggestions().isEmpty()) {
        b.append(" ".repeat(INDENT)).append("nothing suggested\n");
        continue;
      }
      with++;
      for (Suggestion g : s.suggestions()) {
        count++;
        Optional<CheckResult> r = s.recorded(g.checkId());
        recorded += r.isPresent() ? 1 : 0;
        String line =
            catalog.title(g.checkId())
                + " ("
                + g.checkId()
                + "): "
                + quoted(g.words())
                + r.map(c -> " [recorded: " + recordedText(c) + "]").orElse("");
        b.append(Text.block(line, w, INDENT));
      }
    }
    b.append('\n');
    b.append(
        Text.block(
            all.size()
                + " incident(s): "
                + with
                + " with checks suggested by their words ("
                + count
                + " suggestion(s), "
                + recorded
                + " of them for checks already recorded), "
                + (all.size() - with)
                + " with none; "
                + hazards
                + " named no hazard and had one read from their words. A suggestion is a reading"
                + " of the words, not a finding; 'import --suggest' records the new ones as"
                + " inferred failures, and the hazards as inferred categories.",
            w,
            0));
    return b.toString();
  }

  private static String recordedText(CheckResult c) {
    return c.status().code() + ", " + c.confidence().code();
  }

  private static String quoted(List<String> words) {
    return String.join("; ", words.stream().map(x -> "\"" + x + "\"").toList());
  }

  public static ObjectNode json(List<SuggestedChecks> all, ProtocolCatalog catalog) {
    ObjectNode root = Json.object();
    ArrayNode incidents = root.putArray("incidents");
    for (SuggestedChecks s : all) {
      ObjectNode n = incidents.addObject();
      n.put("id", s.record().id());
      n.put("title", s.record().incident().title());
      if (s.hazard() != null) {
        ObjectNode h = n.putObject("inferred_category");
        h.put("category", s.hazard().category().code());
        ArrayNode words = h.putArray("words");
        s.hazard().words().forEach(words::add);
      } else {
        n.putNull("inferred_category");
      }
      ArrayNode list = n.putArray("suggested");
      for (Suggestion g : s.suggestions()) {
        ObjectNode c = list.addObject();
        c.put("check_id", g.checkId());
        c.put("title", catalog.title(g.checkId()));
        ArrayNode words = c.putArray("words");
        g.words().forEach(words::add);
        Optional<CheckResult> r = s.recorded(g.checkId());
        if (r.isPresent()) {
          ObjectNode rec = c.putObject("recorded");
          rec.put("status", r.get().status().code());
          rec.put("confidence", r.get().confidence().code());
        } else {
          c.putNull("recorded");
        }
      }
    }
    return root;
  }

  public static String csv(List<SuggestedChecks> all, ProtocolCatalog catalog) {
    StringBuilder b = new StringBuilder();
    row(b, CSV_COLUMNS);
    for (SuggestedChecks s : all) {
      for (Suggestion g : s.suggestions()) {
        Optional<CheckResult> r = s.recorded(g.checkId());
        row(
            b,
            List.of(
                s.record().id(),
                s.record().incident().title(),
                g.checkId(),
                catalog.title(g.checkId()),
                String.join("; ", g.words()),
                r.map(c -> c.status().code()).orElse(""),
                r.map(c -> c.confidence().code()).orElse(""),
                s.hazard() == null ? "" : s.hazard().category().code(),
                s.hazard() == null ? "" : String.join("; ", s.hazard().words())));
      }
    }
    return b.toString();
  }

  /**
   * One CSV record (RFC 4180: a field with a comma, quote or line break is quoted; text a
   * spreadsheet could run as a formula is escaped by {@link CsvFormulas}).
   */
  private static void row(StringBuilder b, List<String> fields) {
    for (int k = 0; k < fields.size(); k++) {
      if (k > 0) {
        b.append(',');
      }
      String f = CsvFormulas.escape(fields.get(k));
      if (f.indexOf(',') >= 0
          || f.indexOf('"') >= 0
          || f.indexOf('\n') >= 0
          || f.indexOf('\r') >= 0) {
        b.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        b.append(f);
      }
    }
    b.append('\n');
  }
}
