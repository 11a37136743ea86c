package org.setsafe.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a small JSON document (a mapping) strictly: a key given twice in one object and nesting
 * deeper than {@link #MAX_DEPTH} are errors, not silently resolved, and every value's place in the
 * file is kept by its path (as {@link #child} and {@link #item} spell it) so that later checks can
 * say where a bad value stands.
 */
public final class StrictJson {
  /** Deeper than any mapping needs; anything deeper is a mistake, not a mapping. */
  static final int MAX_DEPTH = 32;

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A problem that stops the reading, with where it is (line and column 1-based, 0 if unknown). */
  public static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    public final int line;
    public final int column;

    Failure(String message, JsonLocation at) {
      super(message, null, false, false);
      this.line = at == null ? 0 : Math.max(0, at.getLineNr());
      this.column = at == null ? 0 : Math.max(0, at.getColumnNr());
    }
  }

  private final Map<String, int[]> places = new HashMap<>();
  private final Map<String, int[]> keyPlaces = new HashMap<>();
  private final JsonNode root;

  private StrictJson(String text) throws Failure {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new Failure("the file is empty (expected a JSON object)", p.currentLocation());
      }
      root = value(p, "", 1);
      if (p.nextToken() != null) {
        throw new Failure("more text after the end of the JSON object", p.currentTokenLocation());
      }
    } catch (JsonProcessingException e) {
      throw new Failure("not valid JSON: " + whatIsWrong(text, e.getLocation()), e.getLocation());
    } catch (IOException e) {
      throw new Failure("cannot read: " + e.getMessage(), null);
    }
  }

  /**
   * What stands at {@code at} where the JSON parser gave up, said from the text itself (not from
   * the parser's message): a comma after the last item, a missing comma, a word or text without
   * double quotes, a comment, a line break inside quoted text, or the end of the text.
   */
  static String whatIsWrong(String text, JsonLocation at) {
    int offset = at == null ? -1 : offsetOf(text, at.getLineNr(), at.getColumnNr());
    if (offset < 0 || offset >= text.length()) {
      return "the text ends before the JSON is complete (a '}', ']' or '\"' missing?)";
    }
    // a word the parser read to its end before finding it is no JSON value: true, false or null
    int word = offset;
    while (word > 0 && Character.isLetterOrDigit(text.charAt(word - 1))) {
      word--;
    }
    if (word < offset
        && (word == 0 || text.charAt(word - 1) != '"')
        && Character.isLetter(text.charAt(word))) {
      return "'"
          + Shown.excerpt(text.substring(word, offset))
          + "' is not in double quotes; JSON puts keys and text in double quotes (\"...\")";
    }
    char c = text.charAt(offset);
    int before = offset - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    char prev = before < 0 ? 0 : text.charAt(before);
    if ((c == '}' || c == ']') && prev == ',') {
      return "a comma before this '" + c + "': JSON allows no comma after the last item";
    }
    if (c < 0x20) {
      return "a control character "
          + Shown.excerpt(String.valueOf(c))
          + " inside quoted text; write a line break as \\n and a tab as \\t";
    }
    if (c == '/' || c == '#') {
      return "a comment; JSON allows none";
    }
    if (c == '\'') {
      return "text in single quotes; JSON puts keys and text in double quotes (\"...\")";
    }
    boolean valueEnded =
        prev == '"' || prev == '}' || prev == ']' || Character.isLetterOrDigit(prev);
    if (valueEnded && (c == '"' || c == '{' || c == '[' || Character.isLetterOrDigit(c))) {
      return "a comma missing before " + shown(text, offset);
    }
    if (Character.isLetter(c)) {
      return shown(text, offset)
          + " is not in double quotes; JSON puts keys and text in double quotes (\"...\")";
    }
    return "unexpected " + shown(text, offset);
  }

  /** The character at {@code offset} in quotes, or the word that starts there. */
  private static String shown(String text, int offset) {
    int end = offset + 1;
    if (Character.isLetterOrDigit(text.charAt(offset))) {
      while (end < text.length()
          && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
        end++;
      }
    }
    return "'" + Shown.excerpt(text.substring(offset, end)) + "'";
  }

  /** The offset of a 1-based line and column in {@code text}, or -1. */
  private static int offsetOf(String text, int line, int column) {
    if (line < 1 || column < 1) {
      return -1;
    }
    int offset = 0;
    for (int l = 1; l < line; l++) {
      offset = text.indexOf('\n', offset) + 1;
      if (offset == 0) {
        return -1;
      }
    }
    return offset + column - 1;
  }

  /** Parses {@code text}. */
  public static StrictJson parse(String text) throws Failure {
    return new StrictJson(text);
  }

  public JsonNode root() {
    return root;
  }

  /** Where the value at {@code path} starts, as {@code {line, column}}, or zeros if unknown. */
  public int[] place(String path) {
    return places.getOrDefault(path, new int[2]);
  }

  /** Where the key of the member at {@code path} stands, or where its value does. */
  public int[] keyPlace(String path) {
    int[] k = keyPlaces.get(path);
    return k != null ? k : place(path);
  }

  /** The path of an object member: {@code columns."Dept"}. */
  public static String child(String path, String key) {
    boolean plain = key.matches("[A-Za-z_][A-Za-z0-9_]*");
    String k = plain ? key : '"' + key.replace("\"", "\\\"") + '"';
    return path.isEmpty() ? k : path + "." + k;
  }

  /** The path of an array item: {@code columns."Dept"[1]} (0-based, as in JSON Pointer). */
  public static String item(String path, int index) {
    return path + "[" + index + "]";
  }

  private JsonNode value(JsonParser p, String path, int depth) throws IOException, Failure {
    JsonToken t = p.currentToken();
    JsonLocation at = p.currentTokenLocation();
    places.put(path, new int[] {at.getLineNr(), at.getColumnNr()});
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth > MAX_DEPTH) {
      throw new Failure(
          "nested more than " + MAX_DEPTH + " levels deep; a mapping needs only a few", at);
    }
    switch (t) {
      case START_OBJECT:
        {
          ObjectNode o = NODES.objectNode();
          for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
            String key = p.currentName();
            JsonLocation keyAt = p.currentTokenLocation();
            p.nextToken();
            String childPath = child(path, key);
            if (o.has(key)) {
              throw new Failure(
                  (path.isEmpty() ? "" : path + ": ")
                      + "the key \""
                      + key
                      + "\" is given twice (the second would silently win); keep one",
                  keyAt);
            }
            keyPlaces.put(childPath, new int[] {keyAt.getLineNr(), keyAt.getColumnNr()});
            o.set(key, value(p, childPath, depth + 1));
          }
          return o;
        }
      case START_ARRAY:
        {
          ArrayNode a = NODES.arrayNode();
          int i = 0;
          for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
            a.add(value(p, item(path, i++), depth + 1));
          }
          return a;
        }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new Failure("unexpected " + t, at);
    }
  }
}
