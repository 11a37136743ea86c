package org.setsafe.mapping;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;
import java.util.Map;

/**
 * Writes a mapping as a person edits it: one top-level key a line, one column and one review item a
 * line, and each rule on the line of its column.
 */
final class MappingJson {
  private MappingJson() {}

  static String write(Map<String, Object> mapping) {
    StringBuilder b = new StringBuilder("{\n");
    int k = 0;
    for (Map.Entry<String, Object> e : mapping.entrySet()) {
      b.append("  ").append(quote(e.getKey())).append(": ");
      Object v = e.getValue();
      boolean lines = e.getKey().equals("columns") || e.getKey().equals("review");
      if (lines && v instanceof Map<?, ?> m && !m.isEmpty()) {
        b.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> c : m.entrySet()) {
          b.append("    ").append(quote(c.getKey().toString())).append(": ");
          inline(b, c.getValue());
          b.append(++i < m.size() ? ",\n" : "\n");
        }
        b.append("  }");
      } else if (lines && v instanceof List<?> l && !l.isEmpty()) {
        b.append("[\n");
        int i = 0;
        for (Object item : l) {
          b.append("    ");
          inline(b, item);
          b.append(++i < l.size() ? ",\n" : "\n");
        }
        b.append("  ]");
      } else {
        inline(b, v);
      }
      b.append(++k < mapping.size() ? ",\n" : "\n");
    }
    return b.append("}\n").toString();
  }

  private static void inline(StringBuilder b, Object v) {
    if (v instanceof Map<?, ?> m) {
      b.append('{');
      int i = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (i++ > 0) {
          b.append(", ");
        }
        b.append(quote(e.getKey().toString())).append(": ");
        inline(b, e.getValue());
      }
      b.append('}');
    } else if (v instanceof List<?> l) {
      b.append('[');
      int i = 0;
      for (Object item : l) {
        if (i++ > 0) {
          b.append(", ");
        }
        inline(b, item);
      }
      b.append(']');
    } else if (v instanceof Boolean || v instanceof Number) {
      b.append(v);
    } else {
      b.append(quote(String.valueOf(v)));
    }
  }

  private static String quote(String s) {
    return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + '"';
  }
}
