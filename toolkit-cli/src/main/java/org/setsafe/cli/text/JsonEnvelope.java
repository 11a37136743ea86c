package org.setsafe.cli.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.setsafe.read.Diagnostic;

/**
 * The one shape of every {@code --format json}: {@code {"schema": "setsafe.<command>", "version":
 * 1, "data": ..., "problems": [...]}}. {@code data} is the command's result; {@code problems} are
 * the problems found in the inputs on the way (each a {@link Json#diagnostic diagnostic}), empty
 * when there were none. Each command's shape is written down as a JSON Schema in {@code
 * toolkit-cli/src/main/resources/org/setsafe/cli/schemas/setsafe.<command>.schema.json} (see
 * docs/formats.md), and the tests validate the output against it. A new command calls {@link
 * #write(String, JsonNode)} and adds its schema file.
 */
public final class JsonEnvelope {
  /** The envelope's version; a change to a command's data shape that breaks readers raises it. */
  public static final int VERSION = 1;

  private JsonEnvelope() {}

  /** {@code setsafe.<command>}: a subcommand's name joins its parent's by a dot (data.audit). */
  public static String schema(String command) {
    return "setsafe." + command;
  }

  /** The envelope around {@code data}, with {@code problems} (diagnostics as JSON objects). */
  public static ObjectNode of(String command, JsonNode data, ArrayNode problems) {
    ObjectNode root = Json.object();
    root.put("schema", schema(command));
    root.put("version", VERSION);
    root.set("data", data == null ? Json.MAPPER.nullNode() : data);
    root.set("problems", problems == null ? Json.array() : problems);
    return root;
  }

  /** The envelope around {@code data} with no problems, as indented text with a final newline. */
  public static String write(String command, JsonNode data) {
    return Json.write(of(command, data, null));
  }

  /** The envelope around {@code data} with {@code problems}, as text. */
  public static String write(String command, JsonNode data, List<Diagnostic> problems) {
    ArrayNode a = Json.array();
    problems.forEach(d -> a.add(Json.diagnostic(d)));
    return Json.write(of(command, data, a));
  }
}
