package org.setsafe.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.setsafe.model.Coded;
import org.setsafe.model.RedactionProfile;
import org.setsafe.model.RedactionProfile.Action;
import org.setsafe.model.RedactionProfile.TextPattern;
import org.setsafe.model.Role;
import org.setsafe.read.StrictJson;

/**
 * Reads a redaction profile ({@code data/rules/redact-default.json} and files of its form) into a
 * {@link RedactionProfile}, checked whole: every problem is reported at once, placed by line and
 * column.
 */
public final class RedactionProfileFile {
  static final List<String> TOP_KEYS =
      List.of(
          "about",
          "sources",
          "replacement",
          "privacy_case",
          "small_cell",
          "fields",
          "roles",
          "role_words",
          "name_labels",
          "patterns",
          "regions");
  static final List<String> SOURCE_KEYS = List.of("id", "title", "publisher", "url", "says");

  private RedactionProfileFile() {}

  /**
   * Reads {@code file}.
   *
   * @param allowed the actions each field may take, keyed {@code table.column}, the first of each
   *     list being the one a field the file leaves out gets
   * @throws org.setsafe.read.InputException naming every problem of the file
   */
  public static RedactionProfile load(Path file, Map<String, List<Action>> allowed) {
    JsonFile f = JsonFile.read(file, "a redaction profile");
    JsonNode root = f.object(f.root(), "");
    Map<String, Action> fields = new LinkedHashMap<>();
    allowed.forEach((k, v) -> fields.put(k, v.get(0)));
    Map<Role, String> roles = new EnumMap<>(Role.class);
    Set<String> roleWords = new LinkedHashSet<>();
    Set<String> nameLabels = new LinkedHashSet<>();
    Set<TextPattern> patterns = EnumSet.noneOf(TextPattern.class);
    Map<String, String> regions = new LinkedHashMap<>();
    String replacement = null;
    String privacyCase = null;
    long smallCell = 0;
    if (root != null) {
      f.unknownKeys(root, "", TOP_KEYS);
      sources(f, root);
      replacement = f.text(root, "", "replacement", true);
      privacyCase = f.text(root, "", "privacy_case", true);
      Long n = f.number(root, "", "small_cell", true);
      if (n != null && n < 1) {
        f.problem("small_cell", "must be 1 or more (was " + n + ")");
      }
      smallCell = n == null ? 0 : n;
      fields(f, root, allowed, fields);
      roles(f, root, roles);
      for (String w : list(f, root, "role_words")) {
        roleWords.add(w.toLowerCase(Locale.ROOT));
      }
      for (String w : list(f, root, "name_labels")) {
        nameLabels.add(w.toLowerCase(Locale.ROOT));
      }
      List<String> given = list(f, root, "patterns");
      for (int i = 0; i < given.size(); i++) {
        TextPattern p = Coded.find(TextPattern.class, given.get(i));
        if (p == null) {
          f.problem(
              StrictJson.item("patterns", i),
              "unknown pattern \""
                  + given.get(i)
                  + "\"; expected one of: "
                  + Coded.codes(TextPattern.class));
        } else {
          patterns.add(p);
        }
      }
      JsonNode r = root.get("regions");
      if (r != null && f.object(r, "regions") != null) {
        for (Map.Entry<String, JsonNode> e : JsonFile.fields(r)) {
          String region = f.text(r, "regions", e.getKey(), true);
          if (region != null) {
            regions.put(e.getKey().strip().toLowerCase(Locale.ROOT), region.strip());
          }
        }
      }
    }
    f.done("the redaction profile");
    return new RedactionProfile(
        file.getFileName().toString(),
        replacement,
        fields,
        roles,
        roleWords,
        nameLabels,
        patterns,
        regions,
        privacyCase,
        (int) smallCell);
  }

  /** A list of texts that must be given, and may be empty. */
  private static List<String> list(JsonFile f, JsonNode root, String key) {
    if (root.get(key) == null) {
      f.problem("", "\"" + key + "\" is required (an empty list [] where none applies)");
    }
    return f.texts(root, "", key, false);
  }

  private static void sources(JsonFile f, JsonNode root) {
    JsonNode list = root.get("sources");
    if (list == null) {
      return;
    }
    if (!list.isArray()) {
      f.problem("sources", "expected a list of sources, found " + JsonFile.kind(list));
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      String path = StrictJson.item("sources", i);
      JsonNode s = f.object(list.get(i), path);
      if (s != null) {
        f.unknownKeys(s, path, SOURCE_KEYS);
        f.text(s, path, "id", true);
        f.text(s, path, "title", true);
        f.text(s, path, "url", true);
      }
    }
  }

  private static void fields(
      JsonFile f, JsonNode root, Map<String, List<Action>> allowed, Map<String, Action> out) {
    JsonNode node = root.get("fields");
    if (node == null || f.object(node, "fields") == null) {
      if (node == null) {
        f.problem("", "\"fields\" is required");
      }
      return;
    }
    for (Map.Entry<String, JsonNode> e : JsonFile.fields(node)) {
      String field = e.getKey();
      String path = StrictJson.child("fields", field);
      List<Action> may = allowed.get(field);
      if (may == null) {
        f.keyProblem(
            path,
            "unknown field \""
                + field
                + "\" (a field is table.column, one of: "
                + String.join(", ", allowed.keySet())
                + ")");
        continue;
      }
      String code = f.text(node, "fields", field, true);
      if (code == null) {
        continue;
      }
      Action a = Coded.find(Action.class, code);
      if (a == null || !may.contains(a)) {
        f.problem(
            path,
            (a == null ? "unknown action \"" : "action \"")
                + code
                + (a == null ? "\"" : "\" does not apply to this field")
                + "; "
                + field
                + " takes one of: "
                + String.join(", ", may.stream().map(Action::code).toList()));
        continue;
      }
      out.put(field, a);
    }
  }

  private static void roles(JsonFile f, JsonNode root, Map<Role, String> out) {
    JsonNode node = root.get("roles");
    if (node == null || f.object(node, "roles") == null) {
      if (node == null) {
        f.problem("", "\"roles\" is required");
      }
      return;
    }
    for (Map.Entry<String, JsonNode> e : JsonFile.fields(node)) {
      Role role = Coded.find(Role.class, e.getKey());
      String path = StrictJson.child("roles", e.getKey());
      if (role == null) {
        f.keyProblem(
            path,
            "unknown role \"" + e.getKey() + "\"; expected one of: " + Coded.codes(Role.class));
        continue;
      }
      String phrase = f.text(node, "roles", e.getKey(), true);
      if (phrase != null) {
        out.put(role, phrase.strip());
      }
    }
  }
}
