package org.setsafe.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.setsafe.data.BundledData;
import org.setsafe.model.Category;
import org.setsafe.model.Coded;
import org.setsafe.model.InjuryWords;
import org.setsafe.model.ReportTrigger;
import org.setsafe.model.ReportingRule;
import org.setsafe.read.InputException;
import org.setsafe.read.StrictJson;

/**
 * Reporting rules and the words that recognise the injuries they name, read from JSON: the bundled
 * {@code data/rules/reporting.json} (with the significant injuries of {@code osha-first-aid.json}),
 * and a production's own rules in the same form.
 *
 * @param rules the rules, in file order
 * @param words the words that recognise kinds of injury
 */
public record ReportingRules(List<ReportingRule> rules, InjuryWords words) {
  static final List<String> TOP_KEYS =
      List.of("description", "checked_on", "words_note", "words", "rules");
  static final List<String> RULE_KEYS =
      List.of(
          "id",
          "title",
          "report_to",
          "recipients",
          "jurisdictions",
          "except",
          "in_force_from",
          "when",
          "categories",
          "within",
          "citation",
          "wording",
          "wording_status",
          "source",
          "note");
  static final List<String> WITHIN_KEYS = List.of("hours", "days", "without_delay");
  static final List<String> WORDING_STATUS = List.of("verbatim", "paraphrase", "unconfirmed");

  private static volatile ReportingRules bundled;

  public ReportingRules {
    rules = List.copyOf(rules);
  }

  /** The rules shipped with setsafe (read once). */
  public static ReportingRules bundled() {
    ReportingRules r = bundled;
    if (r == null) {
      synchronized (ReportingRules.class) {
        r = bundled;
        if (r == null) {
          Path file = BundledData.path("rules/reporting.json");
          ReportingRules rules =
              read(JsonFile.read(file, "a reporting rules file"), "reporting.json");
          r =
              new ReportingRules(
                  rules.rules(), rules.words().with(FirstAidList.bundled().significantWords()));
          bundled = r;
        }
      }
    }
    return r;
  }

  /**
   * A production's own rules file, checked whole.
   *
   * @throws InputException naming the file, line and JSON path of every problem
   */
  public static ReportingRules load(Path file) {
    JsonFile f = JsonFile.read(file, "a reporting rules file");
    return read(f, file.getFileName() == null ? file.toString() : file.getFileName().toString());
  }

  /** Parses rules text, for tests; {@code name} is how errors name it. */
  static ReportingRules parse(String name, String text) {
    return read(JsonFile.parse(name, text), name);
  }

  /**
   * These rules followed by {@code more}'s, with both sets of words.
   *
   * @throws InputException when a rule id of {@code more} is already taken
   */
  public ReportingRules plus(ReportingRules more) {
    Map<String, ReportingRule> byId = new LinkedHashMap<>();
    for (ReportingRule r : rules) {
      byId.put(r.id(), r);
    }
    List<ReportingRule> all = new ArrayList<>(rules);
    for (ReportingRule r : more.rules) {
      ReportingRule old = byId.put(r.id(), r);
      if (old != null) {
        throw new InputException(
            r.origin()
                + ": rule id '"
                + r.id()
                + "' is already a rule of "
                + old.origin()
                + "; give yours another id");
      }
      all.add(r);
    }
    return new ReportingRules(all, words.with(more.words));
  }

  private static ReportingRules read(JsonFile f, String origin) {
    JsonNode root = f.object(f.root(), "");
    List<ReportingRule> rules = new ArrayList<>();
    Map<String, List<String>> words = new LinkedHashMap<>();
    if (root != null) {
      f.unknownKeys(root, "", TOP_KEYS);
      JsonNode w = root.get("words");
      if (w != null && f.object(w, "words") != null) {
        for (Map.Entry<String, JsonNode> e : JsonFile.fields(w)) {
          words.put(e.getKey(), f.texts(w, "words", e.getKey(), true));
        }
      }
      JsonNode list = root.get("rules");
      if (list == null || !list.isArray()) {
        f.problem(
            list == null ? "" : "rules",
            "a rules file has a \"rules\" list: each rule with its id, title, report_to,"
                + " recipients, jurisdictions, when, within and citation");
      } else {
        Map<String, String> ids = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
          String path = StrictJson.item("rules", i);
          ReportingRule r = rule(f, list.get(i), path, origin);
          if (r != null) {
            String before = ids.put(r.id(), path);
            if (before != null) {
              f.problem(
                  StrictJson.child(path, "id"),
                  "rule id '" + r.id() + "' is given twice (first at " + before + ")");
            } else {
              rules.add(r);
            }
          }
        }
      }
    }
    f.done("rules file");
    return new ReportingRules(rules, new InjuryWords(words));
  }

  private static ReportingRule rule(JsonFile f, JsonNode node, String path, String origin) {
    if (f.object(node, path) == null) {
      return null;
    }
    f.unknownKeys(node, path, RULE_KEYS);
    String id = f.text(node, path, "id", true);
    String title = f.text(node, path, "title", true);
    String reportTo = f.text(node, path, "report_to", true);
    List<String> recipients = f.texts(node, path, "recipients", false);
    if (recipients.isEmpty() && reportTo != null) {
      recipients = List.of(reportTo);
    }
    List<String> jurisdictions = f.texts(node, path, "jurisdictions", true);
    List<String> except = f.texts(node, path, "except", false);
    LocalDate from = f.date(node, path, "in_force_from");
    Set<ReportTrigger> when = codes(f, node, path, "when", ReportTrigger.class, "trigger", true);
    Set<Category> categories =
        codes(f, node, path, "categories", Category.class, "category", false);
    ReportingRule.Window window = window(f, node, path);
    String citation = f.text(node, path, "citation", true);
    String wording = f.text(node, path, "wording", false);
    String status = f.text(node, path, "wording_status", false);
    if (status != null && !WORDING_STATUS.contains(status)) {
      f.problem(
          StrictJson.child(path, "wording_status"),
          "unknown wording status '"
              + status
              + "'; expected one of: "
              + String.join(", ", WORDING_STATUS));
    }
    String sourceTitle = null;
    String sourceUrl = null;
    JsonNode source = node.get("source");
    if (source != null) {
      String sp = StrictJson.child(path, "source");
      if (f.object(source, sp) != null) {
        f.unknownKeys(source, sp, List.of("title", "url"));
        sourceTitle = f.text(source, sp, "title", true);
        sourceUrl = f.text(source, sp, "url", false);
      }
    }
    String note = f.text(node, path, "note", false);
    if (!f.ok()
        || id == null
        || title == null
        || reportTo == null
        || citation == null
        || window == null
        || when.isEmpty()
        || jurisdictions.isEmpty()) {
      return null;
    }
    try {
      return new ReportingRule(
          id,
          title,
          reportTo,
          recipients,
          jurisdictions,
          except,
          from,
          when,
          categories,
          window,
          citation,
          wording,
          status,
          sourceTitle,
          sourceUrl,
          note,
          origin);
    } catch (IllegalArgumentException e) {
      f.problem(path, e.getMessage());
      return null;
    }
  }

  private static <E extends Enum<E> & Coded> Set<E> codes(
      JsonFile f,
      JsonNode node,
      String path,
      String key,
      Class<E> type,
      String what,
      boolean required) {
    Set<E> out = EnumSet.noneOf(type);
    List<String> given = f.texts(node, path, key, required);
    for (int i = 0; i < given.size(); i++) {
      E e = Coded.find(type, given.get(i));
      if (e == null) {
        String at =
            node.get(key).isArray()
                ? StrictJson.item(StrictJson.child(path, key), i)
                : StrictJson.child(path, key);
        f.problem(
            at,
            "unknown " + what + " '" + given.get(i) + "'; expected one of: " + Coded.codes(type));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private static ReportingRule.Window window(JsonFile f, JsonNode node, String path) {
    JsonNode w = node.get("within");
    String wp = StrictJson.child(path, "within");
    if (w == null) {
      f.problem(
          path,
          "\"within\" is required: {\"hours\": 8}, {\"days\": 10} or {\"without_delay\": true}");
      return null;
    }
    if (f.object(w, wp) == null) {
      return null;
    }
    f.unknownKeys(w, wp, WITHIN_KEYS);
    Long hours = f.number(w, wp, "hours", false);
    Long days = f.number(w, wp, "days", false);
    JsonNode nd = w.get("without_delay");
    boolean noDelay = nd != null && nd.isBoolean() && nd.asBoolean();
    int given = (hours != null ? 1 : 0) + (days != null ? 1 : 0) + (noDelay ? 1 : 0);
    if (given != 1) {
      f.problem(
          wp, "give exactly one of {\"hours\": N}, {\"days\": N} or {\"without_delay\": true}");
      return null;
    }
    if ((hours != null && (hours <= 0 || hours > 24 * 366))
        || (days != null && (days <= 0 || days > 3660))) {
      f.problem(wp, "the hours or days must be more than 0 (and under ten years)");
      return null;
    }
    return hours != null
        ? ReportingRule.Window.hours(hours.intValue())
        : days != null
            ? ReportingRule.Window.days(days.intValue())
            : ReportingRule.Window.WITHOUT_DELAY;
  }
}
