package org.setsafe.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON into plain values (maps, lists, strings, numbers, booleans, null) with Jackson's
 * streaming parser. Loading the protocols at start-up this way avoids building an ObjectMapper,
 * which loads some 400 classes and takes a few hundred milliseconds of a command that should answer
 * in half a second.
 */
final class JsonValues {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonValues() {}

  /** Parses one JSON document; Jackson's exceptions (with their location) pass through. */
  static Object parse(String json) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonToken t = p.nextToken();
      Object v = t == null ? null : value(p, t);
      if (p.nextToken() != null) {
        throw new com.fasterxml.jackson.core.JsonParseException(
            p, "more than one value in the file");
      }
      return v;
    }
  }

  private static Object value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT:
        {
          Map<String, Object> m = new LinkedHashMap<>();
          for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
            String name = p.currentName();
            m.put(name, value(p, p.nextToken()));
          }
          return m;
        }
      case START_ARRAY:
        {
          List<Object> l = new ArrayList<>();
          for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            l.add(value(p, e));
          }
          return l;
        }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getNumberValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + t);
    }
  }

  /** The member {@code field} of an object, or null when absent or not an object. */
  static Object get(Object node, String field) {
    return node instanceof Map<?, ?> m ? m.get(field) : null;
  }

  /** The elements of an array, or none when absent or not an array. */
  static List<?> list(Object node) {
    return node instanceof List<?> l ? l : List.of();
  }

  /**
   * A scalar as text (numbers and booleans too), or {@code otherwise} when absent, null or a
   * container.
   */
  static String text(Object node, String otherwise) {
    return node instanceof String || node instanceof Number || node instanceof Boolean
        ? node.toString()
        : otherwise;
  }
}
