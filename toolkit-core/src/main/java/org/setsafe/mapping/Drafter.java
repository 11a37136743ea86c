package org.setsafe.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;
import org.setsafe.schema.CanonicalTable;

/** Works out the rule of every column, then writes the mapping. */
final class Drafter {
  final List<ColumnProfile> profiles;
  final ProtocolCatalog catalog;
  final String stem;
  final List<MappingDraft.Review> review = new ArrayList<>();
  final Map<String, Object> columns = new LinkedHashMap<>();
  final Map<String, Object> constants = new LinkedHashMap<>();
  final Map<String, Object> templates = new LinkedHashMap<>();
  final Map<String, Object> combine = new LinkedHashMap<>();
  final Map<Integer, String> fieldOf = new LinkedHashMap<>();
  final Set<String> fieldsTaken = new HashSet<>();
  String dateFormat;
  String actionColumn;

  /** The date pattern given on the command line, or null to sniff it. */
  final String givenDateFormat;

  Drafter(
      List<ColumnProfile> profiles, ProtocolCatalog catalog, String stem, String givenDateFormat) {
    this.profiles = profiles;
    this.catalog = catalog;
    this.stem = stem;
    this.givenDateFormat = givenDateFormat;
    this.dateFormat = givenDateFormat;
  }

  void review(String column, String reason) {
    review.add(new MappingDraft.Review(column, reason));
  }

  void draft() {
    assignActions();
    assignFields();
    Map<Integer, Object> rules = new LinkedHashMap<>();
    for (int i = 0; i < profiles.size(); i++) {
      rules.put(i, rule(i));
    }
    for (int i = 0; i < profiles.size(); i++) {
      if (!profiles.get(i).header.isEmpty()) {
        columns.put(profiles.get(i).header, rules.get(i));
      }
    }
    fillRequired();
  }

  /** The follow-up columns: the action itself, then its owner, due date, status. */
  void assignActions() {
    for (int pass = 0; pass < 2 && actionColumn == null; pass++) {
      for (int i = 0; i < profiles.size(); i++) {
        ColumnProfile p = profiles.get(i);
        List<String> names = HeaderWords.ACTION_NAMES.get("action");
        boolean name = pass == 0 ? names.contains(p.norm) : HeaderWords.containsName(p.norm, names);
        if (name
            && p.kind() != ColumnProfile.Kind.FLAG
            && p.kind() != ColumnProfile.Kind.DATE
            && p.kind() != ColumnProfile.Kind.EMPTY
            && !HeaderWords.named(p, HeaderWords.ACTION_NAMES.get("owner"))
            && !HeaderWords.named(p, HeaderWords.ACTION_NAMES.get("status"))) {
          actionColumn = p.header;
          fieldOf.put(i, "action:action");
          break;
        }
      }
    }
    if (actionColumn == null) {
      return;
    }
    for (String part : List.of("owner", "due_on", "status", "closed_on", "verified_by")) {
      for (int i = 0; i < profiles.size(); i++) {
        ColumnProfile p = profiles.get(i);
        if (fieldOf.containsKey(i) || !HeaderWords.named(p, HeaderWords.ACTION_NAMES.get(part))) {
          continue;
        }
        boolean dates =
            p.kind() == ColumnProfile.Kind.DATE || p.kind() == ColumnProfile.Kind.DATE_TIME;
        if ((part.equals("due_on") || part.equals("closed_on")) != dates
            && p.kind() != ColumnProfile.Kind.EMPTY) {
          continue;
        }
        fieldOf.put(i, "action:" + part);
        break;
      }
    }
  }

  /** Incident fields by name, then value; flags left over by check titles. */
  void assignFields() {
    for (int pass = 0; pass < 2; pass++) {
      for (Map.Entry<String, List<String>> f : HeaderWords.NAMES.entrySet()) {
        String field = f.getKey();
        if (fieldsTaken.contains(field)) {
          continue;
        }
        for (int i = 0; i < profiles.size(); i++) {
          ColumnProfile p = profiles.get(i);
          if (fieldOf.containsKey(i)) {
            continue;
          }
          boolean exact = f.getValue().contains(p.norm);
          boolean loose = pass == 1 && HeaderWords.containsName(p.norm, f.getValue());
          if ((exact || loose) && fits(field, p)) {
            fieldOf.put(i, field);
            fieldsTaken.add(field);
            break;
          }
        }
      }
    }
    for (int i = 0; i < profiles.size(); i++) {
      ColumnProfile p = profiles.get(i);
      boolean flags =
          p.kind() == ColumnProfile.Kind.FLAG
              || (p.kind() == ColumnProfile.Kind.NUMBER && p.isFlag());
      if (!fieldOf.containsKey(i) && (flags || p.header.endsWith("?"))) {
        HeaderWords.CheckMatch m = HeaderWords.matchCheck(p.header, catalog, fieldsTaken);
        if (m != null) {
          fieldOf.put(i, "check:" + m.check().id());
          fieldsTaken.add(m.check().id());
        }
      }
    }
  }

  /** Whether a column's values can be what {@code field} holds. */
  boolean fits(String field, ColumnProfile p) {
    ColumnProfile.Kind k = p.kind();
    return switch (field) {
      case "id" ->
          k != ColumnProfile.Kind.EMPTY
              && k != ColumnProfile.Kind.FLAG
              && k != ColumnProfile.Kind.DATE
              && p.mostlyUnique();
      case "date" -> k == ColumnProfile.Kind.DATE || k == ColumnProfile.Kind.DATE_TIME;
      case "time" -> k == ColumnProfile.Kind.TIME;
      case "fatalities", "injuries" ->
          k == ColumnProfile.Kind.NUMBER || k == ColumnProfile.Kind.FLAG;
      case "category" ->
          k == ColumnProfile.Kind.CATEGORICAL
              && valueFit(p, HeaderWords.CATEGORY_WORDS) >= valueFit(p, HeaderWords.SEVERITY_WORDS);
      case "severity" ->
          (k == ColumnProfile.Kind.CATEGORICAL || k == ColumnProfile.Kind.FLAG)
              && valueFit(p, HeaderWords.SEVERITY_WORDS) > 0;
      case "activity" -> k == ColumnProfile.Kind.CATEGORICAL;
      case "summary", "title", "note" ->
          k == ColumnProfile.Kind.TEXT || k == ColumnProfile.Kind.CATEGORICAL;
      default -> k != ColumnProfile.Kind.EMPTY && k != ColumnProfile.Kind.FLAG;
    };
  }

  /** How many of a column's distinct values the words of a vocabulary recognise. */
  private static int valueFit(ColumnProfile p, Map<String, List<String>> words) {
    int n = 0;
    for (String v : p.display.values()) {
      String c = HeaderWords.classify(v, words);
      if (c != null && !c.equals("other")) {
        n++;
      }
    }
    return n;
  }

  /** The rule for column {@code i}. */
  Object rule(int i) {
    ColumnProfile p = profiles.get(i);
    String f = fieldOf.get(i);
    if (f == null) {
      if (p.kind() == ColumnProfile.Kind.EMPTY) {
        review(p.header, "empty in this log; kept in the note in case it is filled later");
      } else {
        review(
            p.header,
            "not recognised as a field or a check; kept in the note as \""
                + p.header
                + ": value\" (map it if it is one)");
      }
      return obj("note", p.header);
    }
    if (f.startsWith("check:")) {
      return checkRule(p, f.substring(6));
    }
    if (f.startsWith("action:")) {
      return actionRule(p, f.substring(7));
    }
    return fieldRule(p, f);
  }

  Object fieldRule(ColumnProfile p, String field) {
    switch (field) {
      case "date":
        sniffDate(p);
        if (p.kind() == ColumnProfile.Kind.DATE_TIME) {
          fieldsTaken.add("time");
          review(p.header, "holds a date and a time; both are read from it");
          return List.of("date", "time");
        }
        return "date";
      case "id":
        if (p.numbers == p.filled) {
          review(
              p.header,
              "the incident numbers are bare numbers ("
                  + first(p)
                  + "); a \"prefix\" such as \""
                  + initials()
                  + "-\" keeps them apart from other logs' ids");
        }
        return "id";
      case "category":
        return codeRule(p, "category", HeaderWords.CATEGORY_WORDS, "other", "other");
      case "activity":
        return codeRule(p, "activity", HeaderWords.ACTIVITY_WORDS, "other", "unknown");
      case "severity":
        if (p.kind() == ColumnProfile.Kind.FLAG) {
          return flagSeverity(p);
        }
        return codeRule(p, "severity", HeaderWords.SEVERITY_WORDS, null, null);
      case "injuries":
      case "fatalities":
        if (p.kind() == ColumnProfile.Kind.FLAG) {
          Map<String, Object> values = new LinkedHashMap<>();
          for (String v : p.values()) {
            String k = v.toLowerCase(Locale.ROOT);
            if (ColumnProfile.YES.contains(k)) {
              values.put(v, "1");
            } else if (ColumnProfile.NO.contains(k)) {
              values.put(v, "0");
            }
          }
          review(
              p.header,
              "a yes/no column read as a count: "
                  + String.join(
                      " and ",
                      values.keySet().stream().map(v -> v + " = " + values.get(v)).toList())
                  + " (one person "
                  + (field.equals("injuries") ? "injured" : "killed")
                  + " for a yes)");
          Map<String, Object> count = obj("field", field);
          count.put("values", values);
          if (field.equals("injuries") && !fieldsTaken.contains("severity")) {
            fieldsTaken.add("severity");
            review(
                p.header,
                "no column gives the severity: a yes reads as injury, a no as near_miss (a"
                    + " serious injury or a death needs a severity column)");
            Map<String, Object> sev = obj("field", "severity");
            Map<String, Object> sv = new LinkedHashMap<>();
            values.forEach((k, v) -> sv.put(k, v.equals("1") ? "injury" : "near_miss"));
            sev.put("values", sv);
            return List.of(count, sev);
          }
          return count;
        }
        if (field.equals("injuries") && !fieldsTaken.contains("severity")) {
          fieldsTaken.add("severity");
          review(
              p.header,
              "no column gives the severity: 0 injured reads as near_miss, 1 or more as injury (a"
                  + " serious injury or a death needs a severity column)");
          Map<String, Object> sev = obj("field", "severity");
          sev.put("match", "range");
          Map<String, Object> ranges = new LinkedHashMap<>();
          ranges.put("0", "near_miss");
          ranges.put("1-100000", "injury");
          sev.put("values", ranges);
          return List.of(field, sev);
        }
        return field;
      default:
        return field;
    }
  }

  /** A value map for a coded field from the distinct values, by their words. */
  Object codeRule(
      ColumnProfile p, String field, Map<String, List<String>> words, String unknown, String def) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> guessed = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    for (String v : p.values()) {
      String c = HeaderWords.classify(v, words);
      if (c == null) {
        if (unknown != null) {
          values.put(v, unknown);
        }
        unmatched.add(v);
      } else {
        values.put(v, c);
        if (!HeaderWords.normalise(v).equals(c.replace('_', ' '))) {
          guessed.add(v + " = " + c);
        }
      }
    }
    Map<String, Object> rule = obj("field", field);
    rule.put("values", values);
    if (def != null) {
      rule.put("default", def);
    }
    if (!guessed.isEmpty()) {
      review(
          p.header, field + " guessed from the words of the values: " + String.join(", ", guessed));
    }
    if (!unmatched.isEmpty()) {
      review(
          p.header,
          unknown == null
              ? "no "
                  + field
                  + " recognised for "
                  + quoteAll(unmatched)
                  + "; add them to \"values\""
              : quoteAll(unmatched)
                  + " read as "
                  + unknown
                  + ": no "
                  + field
                  + " recognised in the words");
    }
    if (p.many) {
      review(
          p.header,
          "more than "
              + MappingDraft.DISTINCT
              + " different values; only the first are in the map");
    }
    return rule;
  }

  Object flagSeverity(ColumnProfile p) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String v : p.values()) {
      String k = v.toLowerCase(Locale.ROOT);
      values.put(v, ColumnProfile.YES.contains(k) ? "injury" : "near_miss");
    }
    review(p.header, "a yes/no column read as severity: yes = injury, no = near_miss");
    Map<String, Object> rule = obj("field", "severity");
    rule.put("values", values);
    return rule;
  }

  Object checkRule(ColumnProfile p, String checkId) {
    ProtocolCheck check = catalog.check(checkId).orElseThrow();
    Set<String> headerWords = HeaderWords.words(p.header);
    String bad = null;
    for (String w : headerWords) {
      if (HeaderWords.BAD.contains(w)) {
        bad = w;
        break;
      }
    }
    String done = null;
    for (String w : headerWords) {
      if (HeaderWords.DONE.contains(w)) {
        done = w;
        break;
      }
    }
    String title = check.title().toLowerCase(Locale.ROOT);
    boolean prohibition = title.startsWith("no ") || title.startsWith("never ");
    boolean inverted = bad != null || prohibition;
    if (bad != null
        && prohibition
        && (headerWords.contains("no") || headerWords.contains("never"))) {
      inverted = false; // "No live ammo?" asks whether the rule held
    }
    // "Live ammo checked", "Armorer present", "Safety meeting held": Y = the check was done
    boolean ambiguous = false;
    if (done != null && bad == null) {
      inverted = false;
    } else if (done != null || (bad == null && prohibition)) {
      ambiguous = true; // both kinds of word, or a bare "Live ammo?" for a prohibition
    }
    Map<String, Object> values = new LinkedHashMap<>();
    boolean blanks = p.filled < total();
    for (String v : p.values()) {
      String k = v.toLowerCase(Locale.ROOT);
      if (ColumnProfile.YES.contains(k)) {
        values.put(v, inverted ? "failed" : "passed");
      } else if (ColumnProfile.NO.contains(k)) {
        values.put(v, inverted ? "passed" : "failed");
      } else if (ColumnProfile.NOT_APPLICABLE.contains(k)) {
        values.put(v, "not_applicable");
      } else if (ColumnProfile.DONT_KNOW.contains(k)) {
        values.put(v, "unknown");
      }
    }
    String yes =
        values.keySet().stream()
            .filter(v -> ColumnProfile.YES.contains(v.toLowerCase(Locale.ROOT)))
            .findFirst()
            .orElse("Y");
    review(
        p.header,
        "read as check "
            + check.id()
            + " ("
            + check.title()
            + "), matched on its words; "
            + yes
            + " = "
            + (inverted ? "failed" : "passed")
            + (inverted
                ? bad != null
                    ? " because the header says the bad thing happened ('" + bad + "')"
                    : " because the check forbids what the header asks about"
                : done != null
                    ? " because the header says the check was done ('" + done + "')"
                    : "")
            + (ambiguous
                ? "; the header could be read either way (Y = the check was made and held, or Y ="
                    + " what it names happened): confirm the values before use"
                : "")
            + (blanks ? "; blank cells are read as not assessed" : ""));
    Map<String, Object> rule = obj("field", check.id());
    rule.put("values", values);
    return rule;
  }

  Object actionRule(ColumnProfile p, String part) {
    Map<String, Object> rule = obj("action", part);
    if (part.equals("action")) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<Integer, String> e : fieldOf.entrySet()) {
        if (e.getValue().startsWith("action:") && !e.getValue().equals("action:action")) {
          parts.add(e.getValue().substring(7) + " from " + profiles.get(e.getKey()).header);
        }
      }
      review(
          p.header,
          "each row's text here becomes a follow-up action"
              + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")")
              + (fieldOf.containsValue("action:status")
                  ? "; a follow-up without a status is imported as unknown, never as done"
                  : "; no status column, so every follow-up is imported as open (\"status\":"
                      + " \"open\"): one past its due date counts as overdue, never as done;"
                      + " change it if some are closed"));
      if (!fieldOf.containsValue("action:status")) {
        rule.put("status", "open");
      }
    } else if (part.equals("due_on") || part.equals("closed_on")) {
      sniffDate(p);
    } else if (part.equals("status")) {
      Map<String, Object> values = new LinkedHashMap<>();
      List<String> unknown = new ArrayList<>();
      for (String v : p.values()) {
        String s = actionStatus(v);
        if (s == null) {
          unknown.add(v);
        } else if (!HeaderWords.normalise(v).replace(' ', '_').equals(s)) {
          values.put(v, s);
        }
      }
      if (!values.isEmpty()) {
        rule.put("values", values);
      }
      if (!unknown.isEmpty()) {
        review(
            p.header,
            "no action status recognised for "
                + quoteAll(unknown)
                + "; add them to \"values\" (open, in_progress, done, verified, cancelled, unknown)");
      }
    }
    return rule;
  }

  private static String actionStatus(String v) {
    String n = HeaderWords.normalise(v);
    return switch (n) {
      case "open", "not started", "to do", "todo", "pending", "outstanding" -> "open";
      case "in progress", "ongoing", "started", "wip", "in hand" -> "in_progress";
      case "done", "closed", "complete", "completed", "finished", "fixed", "yes", "y" -> "done";
      case "verified", "checked", "signed off" -> "verified";
      case "cancelled", "canceled", "dropped", "withdrawn" -> "cancelled";
      case "unknown", "?" -> "unknown";
      default -> null;
    };
  }

  long total() {
    long max = 0;
    for (ColumnProfile p : profiles) {
      max = Math.max(max, p.filled);
    }
    return max;
  }

  /** The date pattern of a date column, said in the review when it had to be guessed. */
  void sniffDate(ColumnProfile p) {
    if (p.isoDates == p.dates || p.dates == 0 || givenDateFormat != null) {
      return;
    }
    String sep = p.separators.size() == 1 ? p.separators.iterator().next() : "/";
    String year = p.twoDigitYear && !p.fourDigitYear ? "yy" : "yyyy";
    String pattern;
    if (p.namedDates > 0) {
      pattern = "d-MMM-" + year;
      review(p.header, "dates with month names (" + p.firstDate + ") read as " + pattern);
    } else if (p.maxFirst > 12 && p.maxSecond > 12) {
      pattern = "M" + sep + "d" + sep + year;
      review(
          p.header,
          "dates are written both ways (a first part and a second part over 12 both occur);"
              + " read as "
              + pattern
              + ", so some rows will be rejected: check the column");
    } else if (p.maxFirst > 12) {
      pattern = "d" + sep + "M" + sep + year;
      review(
          p.header,
          "dates read as day first (" + pattern + "): a first part goes up to " + p.maxFirst);
    } else if (p.maxSecond > 12) {
      pattern = "M" + sep + "d" + sep + year;
      review(
          p.header,
          "dates read as month first (" + pattern + "): a second part goes up to " + p.maxSecond);
    } else {
      boolean us = sep.equals("/");
      pattern = us ? "M/d/" + year : "d" + sep + "M" + sep + year;
      String other = us ? "d/M/" + year : "M" + sep + "d" + sep + year;
      review(
          p.header,
          "ambiguous dates: no part is over 12, so "
              + p.firstDate
              + " could be day/month or month/day; read as "
              + (us ? "month first" : "day first")
              + " ("
              + pattern
              + "); if the log writes them the other way, set dateFormat to "
              + other);
    }
    if (p.dateTimes > 0) {
      pattern += p.amPm ? " h:mm[:ss] a" : " H:mm[:ss]";
    }
    if (dateFormat != null && !dateFormat.equals(pattern)) {
      review(
          p.header,
          "its dates are written unlike the others ("
              + pattern
              + " against "
              + dateFormat
              + "); one dateFormat serves the whole log");
      return;
    }
    dateFormat = pattern;
  }

  /** Constants and templates for the fields an incident needs and no column gives. */
  void fillRequired() {
    if (!fieldsTaken.contains("production")) {
      String guess = productionFromStem();
      constants.put("production", guess);
      review(
          null,
          "no column names the production; \""
              + guess
              + "\" guessed from the file name (constants.production)");
    }
    if (!fieldsTaken.contains("title")) {
      List<String> parts = new ArrayList<>();
      // what happened, where: the severity, the hazard (else the department), the place
      String hazard = headerOf("category") != null ? headerOf("category") : headerOf("department");
      for (String h : new String[] {headerOf("severity"), hazard, headerOf("location")}) {
        if (h != null) {
          parts.add(h);
        }
      }
      String t;
      if (parts.size() >= 2) {
        t =
            "{"
                + parts.get(0)
                + "}: "
                + String.join(
                    ", ", parts.subList(1, parts.size()).stream().map(h -> "{" + h + "}").toList());
      } else if (headerOf("summary") != null) {
        t = "{" + headerOf("summary") + "}";
      } else if (parts.size() == 1) {
        t = "{" + parts.get(0) + "}";
      } else {
        t = null;
      }
      if (t != null) {
        templates.put("title", t);
        review(
            null, "no column gives a title; each incident is titled " + t + " (templates.title)");
      } else {
        review(
            null,
            "no column gives a title and none could be built; add a \"templates\" entry for title");
      }
    }
    if (!fieldsTaken.contains("category")) {
      String dept = headerOf("department");
      if (dept != null) {
        departmentCategory(dept);
      } else {
        constants.put("category", "other");
        review(
            null,
            "no column gives the hazard; every incident is in category other (constants.category)");
      }
    }
    if (!fieldsTaken.contains("activity")) {
      constants.put("activity", "unknown");
    }
    if (!fieldsTaken.contains("severity")) {
      constants.put("severity", "near_miss");
      review(
          null,
          "no column gives the severity; every incident is read as a near miss (constants.severity)");
    }
    if (!fieldsTaken.contains("fatalities")) {
      constants.put("fatalities", "0");
      review(
          null,
          "no column counts deaths; every incident is read as 0 killed (constants.fatalities), and one whose severity is fatal would be rejected");
    }
    if (!fieldsTaken.contains("id")) {
      String id = "ROW-{" + Template.ROW + "}";
      templates.put("id", id);
      review(
          null,
          "no column looks like the incident number; each incident gets ROW-<n>, n its row in the"
              + " file (templates.id "
              + id
              + "): no two rows share it, and it stays while rows are only added at the end (a"
              + " second log needs another prefix); map a column to \"id\" if the log has one");
    }
    blanks();
  }

  /** Required fields whose column has empty cells: a constant fills them, or the review says. */
  void blanks() {
    long rows = total();
    for (Map.Entry<Integer, String> e : fieldOf.entrySet()) {
      ColumnProfile p = profiles.get(e.getKey());
      String field = e.getValue();
      long empty = rows - p.filled;
      if (empty <= 0 || !CanonicalTable.INCIDENTS.requiredColumns().contains(field)) {
        continue;
      }
      String rowsText = empty + (empty == 1 ? " row has" : " rows have");
      switch (field) {
        case "activity" -> {
          constants.put("activity", "unknown");
          review(p.header, rowsText + " no value; read as unknown (constants.activity)");
        }
        case "category" -> {
          constants.put("category", "other");
          review(p.header, rowsText + " no value; read as other (constants.category)");
        }
        default ->
            review(
                p.header,
                rowsText + " no value and will be rejected: every incident needs its " + field);
      }
    }
  }

  /** A department column also gives the hazard where its name says one (Props: firearm). */
  void departmentCategory(String header) {
    int i = indexOf(header);
    ColumnProfile p = profiles.get(i);
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> said = new ArrayList<>();
    for (String v : p.values()) {
      String c = HeaderWords.classify(v, HeaderWords.CATEGORY_WORDS);
      if (c == null && HeaderWords.normalise(v).matches("props?|prop master|property")) {
        c = "firearm";
      }
      if (c != null && !c.equals("other")) {
        values.put(v, c);
        said.add(v + " = " + c);
      }
    }
    Map<String, Object> cat = obj("field", "category");
    cat.put("values", values);
    cat.put("default", "other");
    columns.put(header, List.of(columns.get(header), cat));
    review(
        header,
        "no column gives the hazard; the department also gives the category"
            + (said.isEmpty()
                ? " (other for every value seen)"
                : ": " + String.join(", ", said) + ", other for the rest"));
  }

  String headerOf(String field) {
    for (Map.Entry<Integer, String> e : fieldOf.entrySet()) {
      if (e.getValue().equals(field)) {
        return profiles.get(e.getKey()).header;
      }
    }
    return null;
  }

  int indexOf(String header) {
    for (int i = 0; i < profiles.size(); i++) {
      if (profiles.get(i).header.equals(header)) {
        return i;
      }
    }
    return -1;
  }

  String productionFromStem() {
    List<String> kept = new ArrayList<>();
    for (String w : stem.split("[^A-Za-z0-9]+")) {
      String l = w.toLowerCase(Locale.ROOT);
      if (w.isEmpty()
          || l.matches(
              "\\d+|log|logs|incident|incidents|near|miss|misses|register|safety|report|reports|draft|export|copy|final|v\\d+")) {
        continue;
      }
      kept.add(
          w.length() <= 2
              ? w.toUpperCase(Locale.ROOT)
              : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return kept.isEmpty() ? "Our production" : String.join(" ", kept);
  }

  String initials() {
    StringBuilder b = new StringBuilder();
    for (String w : productionFromStem().split(" ")) {
      if (!w.isEmpty()) {
        b.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return b.length() == 0 ? "X" : b.toString();
  }

  private static String first(ColumnProfile p) {
    return p.display.isEmpty() ? "" : p.display.values().iterator().next();
  }

  String json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("description", "Drafted by setsafe mapping draft from " + stem + "; review before use");
    if (dateFormat != null) {
      m.put("dateFormat", dateFormat);
    }
    m.put("columns", columns);
    if (!constants.isEmpty()) {
      m.put("constants", constants);
    }
    if (!templates.isEmpty()) {
      m.put("templates", templates);
    }
    if (!combine.isEmpty()) {
      m.put("combine", combine);
    }
    m.put("source", sourceOf());
    List<MappingDraft.Review> sorted = new ArrayList<>(review);
    List<String> order = profiles.stream().map(p -> p.header).toList();
    sorted.sort(
        java.util.Comparator.comparingInt(
            (MappingDraft.Review x) ->
                x.column() == null ? order.size() : order.indexOf(x.column())));
    review.clear();
    review.addAll(sorted);
    List<Object> r = new ArrayList<>();
    for (MappingDraft.Review x : review) {
      Map<String, Object> o = new LinkedHashMap<>();
      if (x.column() != null) {
        o.put("column", x.column());
      }
      o.put("reason", x.reason());
      r.add(o);
    }
    m.put("review", r);
    return MappingJson.write(m);
  }

  Map<String, Object> sourceOf() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("title", productionFromStem() + " incident log (" + stem + ")");
    s.put("kind", "log");
    return s;
  }

  private static Map<String, Object> obj(String key, Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(key, value);
    return m;
  }

  private static String quoteAll(List<String> values) {
    List<String> q = new ArrayList<>();
    for (String v : values) {
      q.add("'" + v + "'");
    }
    return String.join(", ", q);
  }
}
