package org.setsafe.cli.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.setsafe.compare.Component;
import org.setsafe.compare.Factor;
import org.setsafe.compare.Precedent;
import org.setsafe.compare.PrecedentRanking;
import org.setsafe.compare.SharedCheck;
import org.setsafe.model.Coded;
import org.setsafe.model.Confidence;
import org.setsafe.model.Incident;
import org.setsafe.protocol.ProtocolCatalog;

/**
 * Precedent rankings as text: the target, then its precedents in history and in the user's log,
 * each with its score and why.
 */
public final class PrecedentText {
  private static final int INDENT = 4;

  private PrecedentText() {}

  public static String render(
      List<PrecedentRanking> rankings, ProtocolCatalog catalog, int width, Style style) {
    int w = Math.max(60, width);
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < rankings.size(); k++) {
      if (k > 0) {
        b.append('\n');
      }
      render(b, rankings.get(k), catalog, w, style);
    }
    return b.toString();
  }

  private static void render(
      StringBuilder b, PrecedentRanking r, ProtocolCatalog catalog, int w, Style style) {
    Incident t = r.target().incident();
    for (String line : Text.wrap("Precedents for " + t.id() + ": " + t.title(), w)) {
      b.append(style.bold(line)).append('\n');
    }
    para(b, facts(t), w, 2);
    if (!r.targetFailedChecks().isEmpty()) {
      para(
          b,
          "Failed checks ("
              + r.targetFailedChecks().size()
              + "): "
              + titles(r.targetFailedChecks(), catalog),
          w,
          2);
    } else if (r.checksAssessed()) {
      para(b, "No check failed.", w, 2);
    } else {
      para(b, "Its protocol checks were not assessed: its words lead.", w, 2);
    }
    if (!r.targetInferredChecks().isEmpty()) {
      para(
          b,
          "Inferred, e.g. suggested by its words, and weighed less ("
              + r.targetInferredChecks().size()
              + "): "
              + titles(r.targetInferredChecks(), catalog),
          w,
          2);
    }
    b.append('\n');
    list(b, "In history", r.history(), r.historyCandidates(), r, catalog, w, style);
    if (r.logCandidates() > 0) {
      b.append('\n');
      list(b, "In your log", r.log(), r.logCandidates(), r, catalog, w, style);
    }
  }

  private static void list(
      StringBuilder b,
      String heading,
      List<Precedent> list,
      int candidates,
      PrecedentRanking r,
      ProtocolCatalog catalog,
      int w,
      Style style) {
    if (list.isEmpty()) {
      para(
          b,
          heading
              + ": no precedent; none of the "
              + candidates
              + " incidents considered has anything in common with it.",
          w,
          0);
      return;
    }
    para(
        b,
        heading
            + ": the "
            + (list.size() == 1 ? "most similar" : list.size() + " most similar")
            + " of "
            + candidates
            + " incidents (score 0 to 1; see 'setsafe precedents --help'):",
        w,
        0);
    for (Precedent p : list) {
      precedent(b, p, r, catalog, w, style);
    }
  }

  private static void precedent(
      StringBuilder b,
      Precedent p,
      PrecedentRanking r,
      ProtocolCatalog catalog,
      int w,
      Style style) {
    Incident i = p.record().incident();
    b.append('\n');
    String prefix = String.format(Locale.ROOT, "%2d. %s  ", p.rank(), i.id());
    if (prefix.length() > w / 2) {
      b.append(style.bold(prefix.stripTrailing())).append('\n');
      para(b, i.title(), w, INDENT);
    } else {
      List<String> title = Text.wrap(i.title(), w - prefix.length());
      b.append(style.bold(prefix + title.get(0))).append('\n');
      for (String l : title.subList(1, title.size())) {
        b.append(" ".repeat(prefix.length())).append(style.bold(l)).append('\n');
      }
    }
    para(b, String.format(Locale.ROOT, "Score %.2f. ", p.score()) + facts(i), w, INDENT);
    if (!p.sharedWords().isEmpty()) {
      para(b, "Shared words: " + String.join(", ", p.sharedWords()) + ".", w, INDENT);
    }
    int targetFailures = r.targetFailedChecks().size() + r.targetInferredChecks().size();
    if (!p.sharedChecks().isEmpty()) {
      para(
          b,
          "Failed in both: "
              + p.sharedChecks().stream()
                  .map(s -> catalog.title(s.checkId()) + " (" + confidence(s) + ")")
                  .collect(Collectors.joining("; "))
              + "; "
              + (targetFailures == 1
                  ? "the only failure of " + r.target().id()
                  : p.sharedChecks().size()
                      + " of the "
                      + targetFailures
                      + " failures of "
                      + r.target().id()
                      + (r.targetInferredChecks().isEmpty()
                          ? ""
                          : " ("
                              + r.targetFailedChecks().size()
                              + " recorded, "
                              + r.targetInferredChecks().size()
                              + " inferred)"))
              + ".",
          w,
          INDENT);
    } else if (targetFailures > 0) {
      para(b, "No failed check in common.", w, INDENT);
    }
    List<String> alike = new ArrayList<>();
    alike.add(
        p.sameCategory()
            ? "same category (" + lower(i.category()) + ")"
            : "other category (" + lower(i.category()) + ")");
    alike.add(
        p.sameActivity()
            ? "same activity (" + lower(i.activity()) + ")"
            : "other activity (" + lower(i.activity()) + ")");
    if (!p.sharedRoles().isEmpty()) {
      alike.add(
          "roles in both: "
              + p.sharedRoles().stream()
                  .map(PrecedentText::lower)
                  .collect(Collectors.joining(", ")));
    }
    if (!p.sharedLayers().isEmpty()) {
      alike.add(
          "failures at the same HFACS "
              + (p.sharedLayers().size() == 1 ? "layer: " : "layers: ")
              + p.sharedLayers().stream()
                  .map(PrecedentText::lower)
                  .collect(Collectors.joining(", ")));
    }
    String alikeText = String.join("; ", alike) + ".";
    para(b, Character.toUpperCase(alikeText.charAt(0)) + alikeText.substring(1), w, INDENT);
    for (String l :
        Text.wrap(
            "Score parts: "
                + p.components().stream()
                    .map(PrecedentText::part)
                    .collect(Collectors.joining(", ")),
            w - INDENT)) {
      b.append(" ".repeat(INDENT)).append(style.dim(l)).append('\n');
    }
  }

  /** {@code confirmed}, or {@code inferred here, confirmed there}. */
  private static String confidence(SharedCheck s) {
    String there = s.precedent().code();
    return s.target() == Confidence.INFERRED ? "inferred here, " + there + " there" : there;
  }

  private static String part(Component c) {
    return String.format(Locale.ROOT, "%s %.3f", shortName(c.factor()), c.points());
  }

  private static String shortName(Factor f) {
    return switch (f) {
      case WORDS -> "words";
      case FAILED_CHECKS -> "failed checks";
      case CATEGORY -> "category";
      case ACTIVITY -> "activity";
      case ROLES -> "roles";
      case LAYERS -> "layers";
    };
  }

  private static String facts(Incident i) {
    String casualties =
        i.fatalities() == 0 && Integer.valueOf(0).equals(i.injuries())
            ? "nobody hurt"
            : i.casualties();
    return i.production()
        + ", "
        + i.date()
        + "; "
        + lower(i.category())
        + ", "
        + lower(i.activity())
        + "; "
        + lower(i.severity())
        + " ("
        + casualties
        + ")";
  }

  private static String titles(List<String> ids, ProtocolCatalog catalog) {
    return ids.stream().map(catalog::title).collect(Collectors.joining("; "));
  }

  private static String lower(Coded c) {
    return c.label().toLowerCase(Locale.ROOT);
  }

  private static void para(StringBuilder b, String text, int w, int indent) {
    for (String l : Text.wrap(text, w - indent)) {
      b.append(" ".repeat(indent)).append(l).append('\n');
    }
  }
}
