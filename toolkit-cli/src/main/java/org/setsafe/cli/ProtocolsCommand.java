package org.setsafe.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.setsafe.cli.text.CsvTable;
import org.setsafe.cli.text.Json;
import org.setsafe.cli.text.JsonEnvelope;
import org.setsafe.cli.text.Text;
import org.setsafe.model.Coded;
import org.setsafe.protocol.Basis;
import org.setsafe.protocol.Protocol;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.protocol.ProtocolCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code setsafe protocols [ID]}: the safety checklists. */
@Command(
    name = "protocols",
    mixinStandardHelpOptions = true,
    description = {
      "Show the safety protocols (checklists) and their checks.",
      "With no ID, every protocol and its checks; with a protocol id (e.g. firearms) that checklist in"
          + " full; with a check id (e.g. NO_LIVE_AMMO) that check and its basis."
    })
final class ProtocolsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ID",
      completionCandidates = Candidates.ProtocolAndCheckIds.class,
      description = "A protocol id or a check id.")
  String id;

  @Override
  public Integer call() {
    ProtocolCatalog catalog = ProtocolCatalog.bundled();
    PrintWriter out = spec.commandLine().getOut();
    int width = Terminal.width();
    if (id == null) {
      if (common.json()) {
        ObjectNode data = Json.object();
        ArrayNode a = data.putArray("protocols");
        catalog.protocols().forEach(p -> a.add(json(p)));
        out.print(JsonEnvelope.write("protocols", data));
      } else if (common.csv()) {
        out.print(checksCsv(catalog.protocols()));
      } else {
        for (Protocol p : catalog.protocols()) {
          int n = p.checks().size();
          out.printf(
              "%s — %s (%d %s; hazards: %s)%n",
              p.id(), p.title(), n, n == 1 ? "check" : "checks", hazards(p));
          for (ProtocolCheck c : p.checks()) {
            out.printf("  %-36s %s  [%s]%n", c.id(), c.title(), tags(c));
          }
          out.println();
        }
        out.print(
            Text.block(
                "Each check names the energy it controls; a direct control is one that targets"
                    + " that energy and still works when someone makes a mistake (high-energy"
                    + " control assessment): removing the hazard, a barrier, a lock, fall"
                    + " protection; training, meetings and procedures are not. 'required' marks"
                    + " the checks a production is expected to make whenever it does the"
                    + " protocol's activity. 'setsafe protocols ID' shows a protocol or a check in"
                    + " full.",
                width,
                0));
      }
    } else {
      var protocol = catalog.protocol(id);
      var check = catalog.check(id);
      if (protocol.isPresent()) {
        Protocol p = protocol.get();
        if (common.json()) {
          ObjectNode data = Json.object();
          data.set("protocol", json(p));
          out.print(JsonEnvelope.write("protocols", data));
        } else if (common.csv()) {
          out.print(checksCsv(List.of(p)));
        } else {
          out.println(p.id() + " — " + p.title());
          out.println("Hazards: " + hazards(p));
          out.print(Text.block(p.description(), width, 0));
          for (Protocol.Reference r : p.references()) {
            out.print(
                Text.block(
                    "Reference: " + r.title() + (r.url() == null ? "" : " <" + r.url() + ">"),
                    width,
                    0));
          }
          for (ProtocolCheck c : p.checks()) {
            out.println();
            printCheck(out, c, width);
          }
        }
      } else if (check.isPresent()) {
        if (common.json()) {
          ObjectNode data = Json.object();
          data.set("check", json(check.get()));
          out.print(JsonEnvelope.write("protocols", data));
        } else if (common.csv()) {
          Protocol owner =
              catalog.protocols().stream()
                  .filter(p -> p.checks().contains(check.get()))
                  .findFirst()
                  .orElseThrow();
          out.print(checksCsv(List.of(owner), check.get()));
        } else {
          printCheck(out, check.get(), width);
        }
      } else {
        throw new UsageException(
            "no protocol or check '"
                + id
                + "'"
                + Suggestions.didYouMean(id, Suggestions.protocolAndCheckIds(catalog))
                + " ('setsafe protocols' lists them)");
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  private static void printCheck(PrintWriter out, ProtocolCheck c, int width) {
    out.println(c.id() + " — " + c.title());
    out.print(Text.block(c.rule(), width, 4));
    out.println(
        "    Responsible: "
            + String.join(
                ", ",
                c.responsible().stream().map(r -> r.label().toLowerCase(Locale.ROOT)).toList()));
    out.println("    Layer: " + c.layer().label());
    out.println("    Energy: " + energyLabel(c));
    out.println(
        "    Control: "
            + c.control().label()
            + (c.directControl() ? "; a direct control" : "; not a direct control"));
    out.println(
        "    Required: "
            + (c.required()
                ? "yes (expected whenever the protocol's activity is done)"
                : "no (where it applies)"));
    for (Basis b : c.basis()) {
      out.print(
          Text.block(
              "Basis ("
                  + b.kind().label()
                  + "): "
                  + b.text()
                  + (b.url() == null ? "" : " <" + b.url() + ">"),
              width,
              4));
    }
  }

  /** The hazards a protocol applies to: "every hazard", or their codes ("firearm"). */
  private static String hazards(Protocol p) {
    return p.general() ? "every hazard" : String.join(", ", codes(List.copyOf(p.categories())));
  }

  /** A check's tags in the list: its energy, whether a direct control, confirmed wording. */
  private static String tags(ProtocolCheck c) {
    List<String> t = new ArrayList<>();
    t.add(energyCode(c));
    if (c.directControl()) {
      t.add("direct control");
    }
    if (c.required()) {
      t.add("required");
    }
    if (c.confirmedBulletinText()) {
      t.add("bulletin text");
    }
    return String.join(" · ", t);
  }

  private static String energyCode(ProtocolCheck c) {
    return c.energy() == null ? ProtocolCatalog.ANY_ENERGY : c.energy().code();
  }

  private static String energyLabel(ProtocolCheck c) {
    return c.energy() == null
        ? "any (the check targets no one energy)"
        : c.energy().label().toLowerCase(Locale.ROOT);
  }

  /** One row per check of {@code protocols} (or only {@code only}): its single-valued fields. */
  private static String checksCsv(java.util.Collection<Protocol> protocols, ProtocolCheck... only) {
    List<JsonNode> rows = new ArrayList<>();
    for (Protocol p : protocols) {
      for (ProtocolCheck c : p.checks()) {
        if (only.length == 0 || only[0].equals(c)) {
          ObjectNode n = Json.object();
          n.put("protocol_id", p.id());
          n.setAll(json(c));
          rows.add(n);
        }
      }
    }
    return CsvTable.of(rows, List.of("protocol_id", "id")).render();
  }

  private static ObjectNode json(Protocol p) {
    ObjectNode n = Json.object();
    n.put("id", p.id());
    n.put("title", p.title());
    n.put("description", p.description());
    n.put("general", p.general());
    ArrayNode categories = n.putArray("categories");
    p.categories().forEach(c -> categories.add(c.code()));
    ArrayNode checks = n.putArray("checks");
    p.checks().forEach(c -> checks.add(json(c)));
    return n;
  }

  private static ObjectNode json(ProtocolCheck c) {
    ObjectNode n = Json.object();
    n.put("id", c.id());
    n.put("protocol", c.protocolId());
    Protocol p = ProtocolCatalog.bundled().protocol(c.protocolId()).orElseThrow();
    n.put("general", p.general());
    ArrayNode categories = n.putArray("categories");
    p.categories().forEach(k -> categories.add(k.code()));
    n.put("title", c.title());
    n.put("rule", c.rule());
    ArrayNode roles = n.putArray("responsible");
    c.responsible().forEach(r -> roles.add(r.code()));
    n.put("layer", c.layer().code());
    n.put("energy", energyCode(c));
    n.put("control", c.control().code());
    n.put("direct_control", c.directControl());
    n.put("required", c.required());
    ArrayNode basis = n.putArray("basis");
    for (Basis b : c.basis()) {
      ObjectNode o =
          basis.addObject().put("kind", b.kind().code()).put("text", b.text()).put("url", b.url());
      if (b.quote() != null) {
        o.put("quote", b.quote()).put("excerpt", b.excerpt());
      }
    }
    return n;
  }

  static List<String> codes(List<? extends Coded> list) {
    return list.stream().map(Coded::code).toList();
  }
}
