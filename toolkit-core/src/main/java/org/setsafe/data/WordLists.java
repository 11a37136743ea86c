package org.setsafe.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Word lists kept as text resources beside the class that uses them, as Lucene keeps its stop words
 * and synonyms, so that a list is edited as a list. The format, UTF-8:
 *
 * <ul>
 *   <li>one entry a line, stripped; blank lines are skipped;
 *   <li>a line starting with {@code |} is a comment (as in Lucene's Snowball stop word lists: a
 *       {@code #} can be part of a word here);
 *   <li>{@code [KEY]} starts the section of KEY, for lists kept by key ({@link #sections});
 *   <li>{@code WORD => MEANING} pairs a word with what it stands for ({@link #pairs}).
 * </ul>
 *
 * Order is kept. A list that is missing or malformed is setsafe's own bug, not the user's.
 */
public final class WordLists {
  private WordLists() {}

  /** The entries of the resource {@code name} beside {@code owner}, in order. */
  public static List<String> entries(Class<?> owner, String name) {
    List<String> out = new ArrayList<>();
    for (String line : lines(owner, name)) {
      if (line.startsWith("[")) {
        throw malformed(owner, name, line, "a section in a list without sections");
      }
      out.add(line);
    }
    return List.copyOf(out);
  }

  /** The sections of the resource {@code name}: each key with its entries, in order. */
  public static Map<String, List<String>> sections(Class<?> owner, String name) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : lines(owner, name)) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new ArrayList<>();
        if (out.put(line.substring(1, line.length() - 1).strip(), current) != null) {
          throw malformed(owner, name, line, "a section given twice");
        }
      } else if (current == null) {
        throw malformed(owner, name, line, "an entry before the first [section]");
      } else {
        current.add(line);
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(out);
  }

  /** The {@code WORD => MEANING} pairs of the resource {@code name}, in order. */
  public static Map<String, String> pairs(Class<?> owner, String name) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : entries(owner, name)) {
      int arrow = line.indexOf("=>");
      if (arrow < 0
          || out.put(line.substring(0, arrow).strip(), line.substring(arrow + 2).strip()) != null) {
        throw malformed(owner, name, line, "not a new 'word => meaning' pair");
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static List<String> lines(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "word list " + name + " is missing beside " + owner.getName());
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("|")) {
          out.add(l);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + name, e);
    }
  }

  private static IllegalStateException malformed(
      Class<?> owner, String name, String line, String why) {
    return new IllegalStateException(
        "word list " + name + " beside " + owner.getName() + ": '" + line + "' is " + why);
  }
}
