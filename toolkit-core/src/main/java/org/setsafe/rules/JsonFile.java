package org.setsafe.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.setsafe.model.Coded;
import org.setsafe.model.EditDistance;
import org.setsafe.read.InputException;
import org.setsafe.read.StrictJson;

/**
 * One JSON file being read and checked whole: its values by path, and every problem found, each
 * placed by line and column ({@code rules.json:12:5: rules[0].within: ...}). Reading goes on past a
 * problem so that all of them are reported at once; {@link #done} then throws them together.
 */
final class JsonFile {
  final String name;
  final StrictJson json;
  private final List<String> problems = new ArrayList<>();

  private JsonFile(String name, StrictJson json) {
    this.name = name;
    this.json = json;
  }

  /**
   * Reads {@code file} as UTF-8 JSON (a byte-order mark is skipped).
   *
   * @param what what the file is, for messages ({@code a rules file})
   * @throws InputException when it cannot be read or is not JSON
   */
  static JsonFile read(Path file, String what) {
    String name = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such file (" + what + " was expected here)");
    } catch (MalformedInputException e) {
      throw new InputException(name + ": not UTF-8 text; " + what + " is a JSON file in UTF-8");
    } catch (IOException e) {
      throw InputException.cannotRead(name, e);
    }
    return parse(name, text);
  }

  static JsonFile parse(String name, String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try {
      return new JsonFile(name, StrictJson.parse(text));
    } catch (StrictJson.Failure f) {
      throw new InputException(
          name
              + (f.line > 0 ? ":" + f.line + (f.column > 0 ? ":" + f.column : "") : "")
              + ": "
              + f.getMessage());
    }
  }

  JsonNode root() {
    return json.root();
  }

  /** A problem with the value at {@code path}. */
  void problem(String path, String message) {
    at(json.place(path), path, message);
  }

  /** A problem with the key at {@code path} itself (unknown, misspelt). */
  void keyProblem(String path, String message) {
    at(json.keyPlace(path), path, message);
  }

  private void at(int[] at, String path, String message) {
    problems.add(
        name
            + (at[0] > 0 ? ":" + at[0] + ":" + at[1] : "")
            + ": "
            + (path.isEmpty() ? "" : path + ": ")
            + message);
  }

  boolean ok() {
    return problems.isEmpty();
  }

  /**
   * Throws every problem found, if any: one on its own line, several under a line that counts them.
   */
  void done(String what) {
    if (problems.isEmpty()) {
      return;
    }
    if (problems.size() == 1) {
      throw new InputException(problems.get(0));
    }
    throw new InputException(
        what
            + " "
            + name
            + " has "
            + problems.size()
            + " problems:\n  "
            + String.join("\n  ", problems));
  }

  /** Keys of {@code node} not in {@code known}: each a problem, with the closest known key. */
  void unknownKeys(JsonNode node, String path, Collection<String> known) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (known.contains(key)) {
        continue;
      }
      String best = null;
      int bestDistance = 3;
      for (String k : known) {
        int d = EditDistance.between(key, k);
        if (d < bestDistance) {
          best = k;
          bestDistance = d;
        }
      }
      keyProblem(
          StrictJson.child(path, key),
          "unknown key \""
              + key
              + "\""
              + (best != null ? "; did you mean \"" + best + "\"?" : "")
              + " (known: "
              + String.join(", ", known)
              + ")");
    }
  }

  /** The object at {@code path}, or null (a problem) when it is not an object. */
  JsonNode object(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      problem(path, "expected an object ({...}), found " + kind(node));
      return null;
    }
    return node;
  }

  /** Text, or null: null (and a problem when {@code required}) when missing or not text. */
  String text(JsonNode parent, String parentPath, String key, boolean required) {
    JsonNode v = parent.get(key);
    String path = StrictJson.child(parentPath, key);
    if (v == null || v.isNull()) {
      if (required) {
        problem(parentPath, "\"" + key + "\" is required");
      }
      return null;
    }
    if (!v.isTextual()) {
      problem(path, "expected text in double quotes, found " + kind(v));
      return null;
    }
    if (required && v.asText().isBlank()) {
      problem(path, "must not be empty");
      return null;
    }
    return v.asText();
  }

  /**
   * A whole number, or null: null (and a problem when {@code required}) when missing or not one.
   */
  Long number(JsonNode parent, String parentPath, String key, boolean required) {
    JsonNode v = parent.get(key);
    String path = StrictJson.child(parentPath, key);
    if (v == null || v.isNull()) {
      if (required) {
        problem(parentPath, "\"" + key + "\" is required");
      }
      return null;
    }
    BigDecimal d = decimal(v, path);
    if (d == null) {
      return null;
    }
    try {
      return d.stripTrailingZeros().longValueExact();
    } catch (ArithmeticException e) {
      problem(path, "expected a whole number, found " + d.toPlainString());
      return null;
    }
  }

  /** A number (a JSON number or digits in quotes), or null with a problem. */
  BigDecimal decimal(JsonNode v, String path) {
    if (v.isNumber()) {
      return v.decimalValue();
    }
    if (v.isTextual()) {
      try {
        return new BigDecimal(v.asText().strip().replace(",", ""));
      } catch (NumberFormatException e) {
        problem(path, "'" + v.asText() + "' is not a number");
        return null;
      }
    }
    problem(path, "expected a number, found " + kind(v));
    return null;
  }

  /** A list of texts (a single text counts as a list of one), or an empty list with a problem. */
  List<String> texts(JsonNode parent, String parentPath, String key, boolean required) {
    JsonNode v = parent.get(key);
    String path = StrictJson.child(parentPath, key);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      if (required) {
        problem(parentPath, "\"" + key + "\" is required");
      }
      return out;
    }
    if (v.isTextual()) {
      out.add(v.asText());
      return out;
    }
    if (!v.isArray()) {
      problem(path, "expected a list of texts ([\"...\", ...]), found " + kind(v));
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isTextual() || e.asText().isBlank()) {
        problem(StrictJson.item(path, i), "expected text, found " + kind(e));
      } else {
        out.add(e.asText().strip());
      }
    }
    if (required && out.isEmpty() && v.size() == 0) {
      problem(path, "must not be empty");
    }
    return out;
  }

  /**
   * A code of a closed vocabulary, or null: null (and a problem when {@code required}) when
   * missing, and a problem naming the valid codes when it is not one.
   */
  <E extends Enum<E> & Coded> E code(
      JsonNode parent,
      String parentPath,
      String key,
      Class<E> type,
      String what,
      boolean required) {
    String t = text(parent, parentPath, key, required);
    if (t == null) {
      return null;
    }
    E e = Coded.find(type, t);
    if (e == null) {
      problem(
          StrictJson.child(parentPath, key),
          "unknown " + what + " \"" + t + "\"; expected one of: " + Coded.codes(type));
    }
    return e;
  }

  /** true or false, or {@code absent} when missing (a problem when not a boolean). */
  boolean flag(JsonNode parent, String parentPath, String key, boolean absent) {
    JsonNode v = parent.get(key);
    if (v == null || v.isNull()) {
      return absent;
    }
    if (!v.isBoolean()) {
      problem(StrictJson.child(parentPath, key), "expected true or false, found " + kind(v));
      return absent;
    }
    return v.asBoolean();
  }

  /** A {@code yyyy-MM-dd} date, or null (with a problem when present but not a date). */
  LocalDate date(JsonNode parent, String parentPath, String key) {
    String t = text(parent, parentPath, key, false);
    if (t == null) {
      return null;
    }
    try {
      return LocalDate.parse(t.strip());
    } catch (DateTimeParseException e) {
      problem(StrictJson.child(parentPath, key), "'" + t + "' is not a yyyy-MM-dd date");
      return null;
    }
  }

  /** Every member of an object as its path and value, in the file's order. */
  static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    node.fields().forEachRemaining(out::add);
    return out;
  }

  static String kind(JsonNode n) {
    if (n == null || n.isNull()) {
      return "nothing";
    }
    return n.isTextual()
        ? "the text \"" + n.asText() + "\""
        : n.isNumber()
            ? "the number " + n.asText()
            : n.isBoolean() ? n.asText() : n.isArray() ? "a list" : "an object";
  }
}
