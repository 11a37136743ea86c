package org.setsafe.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a JSON document against the JSON Schemas of setsafe's outputs (src/main/resources/
 * org/setsafe/cli/schemas). No JSON Schema validator is among the project's libraries, so this
 * walks the schema itself; it knows the keywords those schemas use (type, required, properties,
 * additionalProperties, items, enum, const, pattern, allOf, minProperties, maxProperties, minimum,
 * maximum and {@code $ref} to {@code #/$defs/...}) and refuses any other, so a schema cannot say
 * more than is checked.
 */
final class JsonSchemaCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> KNOWN =
      Set.of(
          "$schema",
          "$id",
          "title",
          "description",
          "$defs",
          "$ref",
          "type",
          "required",
          "properties",
          "additionalProperties",
          "items",
          "enum",
          "const",
          "pattern",
          "allOf",
          "minProperties",
          "maxProperties",
          "minimum",
          "maximum");

  private final JsonNode root;

  private JsonSchemaCheck(JsonNode root) {
    this.root = root;
  }

  /** The schema of {@code setsafe.<command>}, from the classpath. */
  static JsonSchemaCheck of(String schemaName) {
    String resource = "org/setsafe/cli/schemas/" + schemaName + ".schema.json";
    try (InputStream in = JsonSchemaCheck.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no schema " + resource);
      }
      return new JsonSchemaCheck(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every place {@code doc} breaks the schema, as {@code path: what}; empty when it is valid. */
  List<String> problems(JsonNode doc) {
    List<String> out = new ArrayList<>();
    check(root, doc, "$", out);
    return out;
  }

  private void check(JsonNode schema, JsonNode v, String path, List<String> out) {
    for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KNOWN.contains(k)) {
        throw new IllegalStateException(
            "schema keyword '" + k + "' at " + path + " is not checked");
      }
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      if (!ref.startsWith("#/$defs/")) {
        throw new IllegalStateException("only #/$defs/ references are checked: " + ref);
      }
      JsonNode target = root.path("$defs").path(ref.substring("#/$defs/".length()));
      if (target.isMissingNode()) {
        throw new IllegalStateException("no definition " + ref);
      }
      check(target, v, path, out);
    }
    if (schema.has("allOf")) {
      schema.get("allOf").forEach(s -> check(s, v, path, out));
    }
    if (schema.has("type") && !typeMatches(schema.get("type"), v)) {
      out.add(path + ": " + kind(v) + " where " + schema.get("type") + " is expected");
      return;
    }
    if (schema.has("const") && !schema.get("const").equals(v)) {
      out.add(path + ": " + v + " is not " + schema.get("const"));
    }
    if (schema.has("enum")) {
      boolean any = false;
      for (JsonNode e : schema.get("enum")) {
        any |= e.equals(v);
      }
      if (!any) {
        out.add(path + ": " + v + " is not one of " + schema.get("enum"));
      }
    }
    if (schema.has("pattern")
        && v.isTextual()
        && !Pattern.compile(schema.get("pattern").asText()).matcher(v.asText()).find()) {
      out.add(path + ": '" + v.asText() + "' does not match " + schema.get("pattern").asText());
    }
    if (v.isNumber() && schema.has("minimum") && v.asDouble() < schema.get("minimum").asDouble()) {
      out.add(path + ": " + v + " is below the minimum " + schema.get("minimum"));
    }
    if (v.isNumber() && schema.has("maximum") && v.asDouble() > schema.get("maximum").asDouble()) {
      out.add(path + ": " + v + " is above the maximum " + schema.get("maximum"));
    }
    if (v.isObject()) {
      for (JsonNode r : schema.path("required")) {
        if (!v.has(r.asText())) {
          out.add(path + ": no '" + r.asText() + "'");
        }
      }
      if (schema.has("minProperties") && v.size() < schema.get("minProperties").asInt()) {
        out.add(path + ": fewer than " + schema.get("minProperties") + " fields");
      }
      if (schema.has("maxProperties") && v.size() > schema.get("maxProperties").asInt()) {
        out.add(path + ": more than " + schema.get("maxProperties") + " fields");
      }
      JsonNode props = schema.path("properties");
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = path + "." + e.getKey();
        if (props.has(e.getKey())) {
          check(props.get(e.getKey()), e.getValue(), p, out);
        } else if (schema.has("additionalProperties")) {
          JsonNode extra = schema.get("additionalProperties");
          if (extra.isBoolean()) {
            if (!extra.asBoolean()) {
              out.add(p + ": a field the schema does not name");
            }
          } else {
            check(extra, e.getValue(), p, out);
          }
        }
      }
    }
    if (v.isArray() && schema.has("items")) {
      for (int i = 0; i < v.size(); i++) {
        check(schema.get("items"), v.get(i), path + "[" + i + "]", out);
      }
    }
  }

  private static boolean typeMatches(JsonNode type, JsonNode v) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeMatches(t, v)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "object" -> v.isObject();
      case "array" -> v.isArray();
      case "string" -> v.isTextual();
      case "integer" -> v.isIntegralNumber();
      case "number" -> v.isNumber();
      case "boolean" -> v.isBoolean();
      case "null" -> v.isNull();
      default -> throw new IllegalStateException("unknown type " + type);
    };
  }

  private static String kind(JsonNode v) {
    return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + abbreviated(v);
  }

  private static String abbreviated(JsonNode v) {
    String s = v.toString();
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
