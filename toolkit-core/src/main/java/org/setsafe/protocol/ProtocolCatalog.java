package org.setsafe.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.setsafe.data.BundledData;
import org.setsafe.model.Category;
import org.setsafe.model.Coded;
import org.setsafe.model.Energy;
import org.setsafe.model.Quantities;
import org.setsafe.model.Role;

/** All protocols and their checks, loaded from {@code *.json} files, with lookup by check id. */
public final class ProtocolCatalog {
  /**
   * The value of a check's {@code energy} for a check that targets no one energy (a risk
   * assessment, a safety meeting, limits on working hours).
   */
  public static final String ANY_ENERGY = "any";

  private static volatile ProtocolCatalog bundled;

  private final Map<String, Protocol> protocols;
  private final Map<String, ProtocolCheck> checks;

  private ProtocolCatalog(List<Protocol> list) {
    Map<String, Protocol> byId = new LinkedHashMap<>();
    Map<String, ProtocolCheck> byCheck = new LinkedHashMap<>();
    for (Protocol p : list) {
      if (byId.put(p.id(), p) != null) {
        throw new ProtocolException("protocol id '" + p.id() + "' is defined twice");
      }
      for (ProtocolCheck c : p.checks()) {
        ProtocolCheck old = byCheck.put(c.id(), c);
        if (old != null) {
          throw new ProtocolException(
              "check id '"
                  + c.id()
                  + "' is defined in both "
                  + old.protocolId()
                  + " and "
                  + p.id());
        }
      }
    }
    this.protocols = Collections.unmodifiableMap(byId);
    this.checks = Collections.unmodifiableMap(byCheck);
  }

  /** The protocols shipped with setsafe (loaded once). */
  public static ProtocolCatalog bundled() {
    ProtocolCatalog c = bundled;
    if (c == null) {
      synchronized (ProtocolCatalog.class) {
        c = bundled;
        if (c == null) {
          c = load(BundledData.path("protocols"));
          bundled = c;
        }
      }
    }
    return c;
  }

  /** Loads every {@code *.json} protocol in a folder, in file-name order (firearms first). */
  public static ProtocolCatalog load(Path folder) {
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files =
          s.filter(p -> p.getFileName().toString().endsWith(".json"))
              .sorted(
                  Comparator.comparing(
                          (Path p) -> !p.getFileName().toString().startsWith("firearms"))
                      .thenComparing(p -> p.getFileName().toString()))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list protocols in " + folder, e);
    }
    List<Protocol> list = new ArrayList<>();
    for (Path f : files) {
      list.add(read(f));
    }
    return new ProtocolCatalog(list);
  }

  static Protocol read(Path file) {
    String name = file.getFileName().toString();
    Object root;
    try {
      root = JsonValues.parse(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new ProtocolException(
          name + ":" + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    String id = text(root, "id", name);
    List<Protocol.Reference> refs = new ArrayList<>();
    for (Object r : JsonValues.list(JsonValues.get(root, "references"))) {
      refs.add(
          new Protocol.Reference(
              JsonValues.text(JsonValues.get(r, "title"), ""),
              JsonValues.text(JsonValues.get(r, "publisher"), null),
              JsonValues.text(JsonValues.get(r, "url"), null)));
    }
    List<ProtocolCheck> checks = new ArrayList<>();
    int i = 0;
    for (Object c : JsonValues.list(JsonValues.get(root, "checks"))) {
      String checkId = text(c, "id", name + ": checks[" + i++ + "]");
      String where = name + ": check " + checkId;
      List<Role> roles = new ArrayList<>();
      for (Object r : JsonValues.list(JsonValues.get(c, "responsible"))) {
        roles.add(parse(Role.class, "role", JsonValues.text(r, ""), where));
      }
      List<Basis> basis = new ArrayList<>();
      for (Object b : JsonValues.list(JsonValues.get(c, "basis"))) {
        basis.add(
            new Basis(
                parse(
                    BasisKind.class,
                    "basis kind",
                    JsonValues.text(JsonValues.get(b, "kind"), ""),
                    where),
                JsonValues.text(JsonValues.get(b, "text"), ""),
                JsonValues.text(JsonValues.get(b, "url"), null),
                JsonValues.text(JsonValues.get(b, "quote"), null),
                JsonValues.text(JsonValues.get(b, "excerpt"), null)));
      }
      List<String> signals = phrases(c, "signals", where);
      HfacsLayer layer = parse(HfacsLayer.class, "layer", text(c, "layer", where), where);
      Energy energy = energy(c, where);
      ControlType control = parse(ControlType.class, "control", text(c, "control", where), where);
      boolean direct = flag(c, "direct_control", where);
      boolean required = optionalFlag(c, "required", where);
      List<String> notWhen = phrases(c, "not_when", where);
      List<Limit> limits = limits(c, where);
      List<String> controls = phrases(c, "controls", where);
      try {
        checks.add(
            new ProtocolCheck(
                checkId,
                id,
                text(c, "title", where),
                text(c, "rule", where),
                roles,
                layer,
                basis,
                signals,
                energy,
                control,
                direct,
                required,
                notWhen,
                limits,
                controls));
      } catch (IllegalArgumentException e) {
        throw new ProtocolException(where + ": " + e.getMessage());
      }
    }
    if (checks.isEmpty()) {
      throw new ProtocolException(name + ": no checks");
    }
    List<String> hazardWords = new ArrayList<>();
    Map<String, List<String>> hazardWordNotWhen = new LinkedHashMap<>();
    hazardWords(root, name, hazardWords, hazardWordNotWhen);
    return new Protocol(
        id,
        text(root, "title", name),
        JsonValues.text(JsonValues.get(root, "description"), ""),
        refs,
        checks,
        phrases(root, "signal_context", name),
        categories(root, name),
        optionalFlag(root, "general", name),
        hazardWords,
        phrases(root, "hazard_not_when", name),
        hazardWordNotWhen);
  }

  /** The words of a check's {@code limits}: see {@link Limit}. */
  private static List<Limit> limits(Object check, String where) {
    Object v = JsonValues.get(check, "limits");
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> list)) {
      throw new ProtocolException(where + ": 'limits' must be a list of limits");
    }
    List<Limit> out = new ArrayList<>();
    int k = 0;
    for (Object l : list) {
      String at = where + ": limits[" + k++ + "]";
      if (!(l instanceof Map<?, ?>)) {
        throw new ProtocolException(at + ": a limit is an object with near, quantity and a bound");
      }
      List<String> near = phrases(l, "near", at);
      if (near.isEmpty()) {
        throw new ProtocolException(at + ": 'near' must name the words the number stands beside");
      }
      String q = text(l, "quantity", at).strip().toLowerCase(Locale.ROOT);
      Quantities.Dimension dimension = null;
      for (Quantities.Dimension d : Quantities.Dimension.values()) {
        if (Limit.name(d).equals(q)) {
          dimension = d;
        }
      }
      if (dimension == null) {
        throw new ProtocolException(
            at
                + ": unknown quantity '"
                + q
                + "' (expected one of "
                + String.join(
                    ", ", Stream.of(Quantities.Dimension.values()).map(Limit::name).toList())
                + ")");
      }
      Limit.Fails fails = null;
      for (Limit.Fails f : Limit.Fails.values()) {
        if (JsonValues.get(l, f.field()) != null) {
          if (fails != null) {
            fails = null;
            break;
          }
          fails = f;
        }
      }
      if (fails == null) {
        throw new ProtocolException(
            at
                + ": a limit has exactly one of 'fails_below', 'fails_at_or_above' and 'fails_above'");
      }
      String field = fails.field();
      String value = text(l, field, at).strip();
      Quantities.Quantity limit = Limit.read(value, dimension);
      if (limit == null) {
        throw new ProtocolException(
            at
                + ": '"
                + field
                + "' must be one "
                + q
                + " with its unit (e.g. \"20 ft\"), not '"
                + value
                + "'");
      }
      out.add(new Limit(near, dimension, limit, fails));
      for (Object key : ((Map<?, ?>) l).keySet()) {
        if (!LIMIT_KEYS.contains(key)) {
          throw new ProtocolException(at + ": unknown key '" + key + "' in a limit");
        }
      }
    }
    return out;
  }

  private static final Set<Object> LIMIT_KEYS =
      Set.of("near", "quantity", "fails_below", "fails_at_or_above", "fails_above");

  /** A list of phrases (text, not blank), stripped; none when absent. */
  /**
   * The protocol's {@code hazard_words}: each a phrase, or {@code {"word": "car", "not_when": ["car
   * park", "car bomb"]}} for a word that the phrases cancel in their sentence (that word alone).
   */
  private static void hazardWords(
      Object root, String where, List<String> words, Map<String, List<String>> notWhen) {
    Object v = JsonValues.get(root, "hazard_words");
    if (v == null) {
      return;
    }
    if (!(v instanceof List<?> list)) {
      throw new ProtocolException(where + ": 'hazard_words' must be a list of words (text)");
    }
    for (Object w : list) {
      if (w instanceof String s) {
        if (s.isBlank()) {
          throw new ProtocolException(where + ": 'hazard_words' holds a blank phrase");
        }
        words.add(s.strip());
      } else if (w instanceof Map<?, ?> m) {
        Object word = m.get("word");
        if (!(word instanceof String s) || s.isBlank()) {
          throw new ProtocolException(
              where + ": a hazard word written as an object needs its 'word' (text), not " + w);
        }
        for (Object key : m.keySet()) {
          if (!"word".equals(key) && !"not_when".equals(key)) {
            throw new ProtocolException(
                where + ": hazard word '" + s.strip() + "': unknown field '" + key + "'");
          }
        }
        List<String> phrases = phrases(m, "not_when", where + ": hazard word '" + s.strip() + "'");
        if (phrases.isEmpty()) {
          throw new ProtocolException(
              where + ": hazard word '" + s.strip() + "': 'not_when' must list phrases");
        }
        words.add(s.strip());
        notWhen.merge(
            s.strip(),
            phrases,
            (a, b) -> {
              List<String> all = new ArrayList<>(a);
              all.addAll(b);
              return all;
            });
      } else {
        throw new ProtocolException(
            where
                + ": 'hazard_words' must hold words (text) or {\"word\", \"not_when\"}, not "
                + w);
      }
    }
  }

  private static List<String> phrases(Object node, String field, String where) {
    Object v = JsonValues.get(node, field);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> list)) {
      throw new ProtocolException(where + ": '" + field + "' must be a list of words (text)");
    }
    List<String> out = new ArrayList<>();
    for (Object w : list) {
      if (!(w instanceof String s)) {
        throw new ProtocolException(where + ": '" + field + "' must hold words (text), not " + w);
      }
      if (s.isBlank()) {
        throw new ProtocolException(where + ": '" + field + "' holds a blank phrase");
      }
      out.add(s.strip());
    }
    return out;
  }

  private static boolean optionalFlag(Object node, String field, String where) {
    Object v = JsonValues.get(node, field);
    if (v == null) {
      return false;
    }
    if (!(v instanceof Boolean b)) {
      throw new ProtocolException(where + ": '" + field + "' must be true or false, not " + v);
    }
    return b;
  }

  /** The energy a check controls: required, an energy code or {@code any} (null). */
  private static Energy energy(Object check, String where) {
    String v = text(check, "energy", where);
    return ANY_ENERGY.equalsIgnoreCase(v.strip()) ? null : parse(Energy.class, "energy", v, where);
  }

  private static boolean flag(Object node, String field, String where) {
    if (!(JsonValues.get(node, field) instanceof Boolean b)) {
      throw new ProtocolException(where + ": '" + field + "' is missing or not true/false");
    }
    return b;
  }

  private static Set<Category> categories(Object root, String where) {
    Set<Category> out = EnumSet.noneOf(Category.class);
    for (Object c : JsonValues.list(JsonValues.get(root, "categories"))) {
      out.add(parse(Category.class, "category", JsonValues.text(c, ""), where));
    }
    return out;
  }

  private static String text(Object node, String field, String where) {
    Object v = JsonValues.get(node, field);
    if (!(v instanceof String s) || s.isBlank()) {
      throw new ProtocolException(where + ": '" + field + "' is missing or not text");
    }
    return s;
  }

  private static <E extends Enum<E> & Coded> E parse(
      Class<E> type, String what, String text, String where) {
    try {
      return Coded.parse(type, what, text);
    } catch (IllegalArgumentException e) {
      throw new ProtocolException(where + ": " + e.getMessage());
    }
  }

  /** Every protocol, in load order (an unmodifiable view: the catalog is shared). */
  public Collection<Protocol> protocols() {
    return protocols.values();
  }

  public Optional<Protocol> protocol(String id) {
    return Optional.ofNullable(protocols.get(id.toLowerCase(Locale.ROOT)));
  }

  /** Every check of every protocol (an unmodifiable view). */
  public Collection<ProtocolCheck> checks() {
    return checks.values();
  }

  /** The check with this id (ids are upper case; lookup ignores case). */
  public Optional<ProtocolCheck> check(String id) {
    ProtocolCheck c = checks.get(id);
    return c != null
        ? Optional.of(c)
        : Optional.ofNullable(checks.get(id.strip().toUpperCase(Locale.ROOT)));
  }

  /** The check's title, or the id itself when the check is not in the catalogue. */
  public String title(String checkId) {
    return check(checkId).map(ProtocolCheck::title).orElse(checkId);
  }
}
