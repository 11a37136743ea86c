package org.setsafe.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.setsafe.analysis.SclClassifier;
import org.setsafe.cli.text.JsonEnvelope;
import org.setsafe.cli.text.SclText;
import org.setsafe.model.Period;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.rules.HighEnergyFile;
import org.setsafe.text.DescriptionWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code setsafe classify [PATH...]}: each incident's SCL class with its four answers. */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    description = {
      "Classify each incident by its potential for serious injury or death (the Safety"
          + " Classification and Learning model).",
      "Four answers decide the class: was high energy present; was it released with someone in"
          + " reach (a high-energy incident); was a serious injury sustained (life-threatening or"
          + " life-altering, not the same as going to hospital); was a direct control present"
          + " (one that survives a human error). Each answer rests on a recorded column, the"
          + " result of a check that is a direct control, the severity, the words of the"
          + " description, or the hazard; inferred answers are marked. Where an answer cannot be"
          + " decided, the class is the most serious it could be ('PSIF at worst').",
      "Classes: hsif, psif (the potential serious injuries and fatalities, listed first), lsif,"
          + " exposure, capacity, success, low_severity. With no PATH, reads the reference dataset."
    })
final class ClassifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin InputOptions input;
  @Mixin WidthOption width;

  @Mixin ReferenceOption reference;
  @Mixin PeriodOptions period;
  @Mixin RedactOption redact;

  /** The classifier every command uses: bundled protocols and rules, words read by text. */
  static SclClassifier classifier() {
    return new SclClassifier(
        ProtocolCatalog.bundled(), HighEnergyFile.bundled(), DescriptionWords.bundled());
  }

  /** The most serious class first; then the date and the id. */
  static final Comparator<SclText.Row> ORDER =
      Comparator.comparing(SclText.Row::result, SclClassifier.MOST_SERIOUS_FIRST)
          .thenComparing(r -> r.record().incident().date())
          .thenComparing(r -> r.record().id());

  @Override
  public Integer call() {
    SclClassifier c = classifier();
    List<SclText.Row> rows = new ArrayList<>();
    Period p = period.period();
    redact.window(p);
    Inputs.load(input, reference, redact).data().records().stream()
        .filter(r -> p.contains(r.incident().date()))
        .forEach(r -> rows.add(new SclText.Row(r, c.classify(r))));
    rows.sort(ORDER);
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (common.format) {
          case table -> SclText.table(rows, width.columns());
          case json -> JsonEnvelope.write("classify", SclText.json(rows));
          case csv -> SclText.csv(rows);
        });
    out.flush();
    redact.finish(spec.commandLine().getErr());
    return ExitCode.OK;
  }
}
