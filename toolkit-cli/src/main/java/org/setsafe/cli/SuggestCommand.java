package org.setsafe.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.setsafe.cli.text.JsonEnvelope;
import org.setsafe.cli.text.SuggestOutput;
import org.setsafe.model.Period;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.text.CheckSuggester;
import org.setsafe.text.SuggestedChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code setsafe suggest [PATH...]}: the checks each description's words suggest failed. */
@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    description = {
      "Suggest the checks each description says failed, with the words that matched.",
      "For each incident, the protocol checks its title and summary suggest failed, with the"
          + " words that matched each check's signals in the protocols (e.g. 'live rounds found'"
          + " for No live ammunition).",
      "Suggestions are a reading of the words, not findings: 'import --suggest' records them as"
          + " checks with confidence inferred, which are never counted with recorded failures. A"
          + " check the record already has a result for is marked so. With no PATH, reads the"
          + " reference dataset."
    })
final class SuggestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin InputOptions input;
  @Mixin WidthOption width;

  @Mixin ReferenceOption reference;
  @Mixin PeriodOptions period;
  @Mixin RedactOption redact;

  @Override
  public Integer call() {
    int columns = width.columns();
    ProtocolCatalog catalog = ProtocolCatalog.bundled();
    CheckSuggester suggester = CheckSuggester.bundled();
    List<SuggestedChecks> all = new ArrayList<>();
    Period p = period.period();
    redact.window(p);
    Inputs.load(input, reference, redact).data().records().stream()
        .filter(r -> p.contains(r.incident().date()))
        .forEach(r -> all.add(suggester.suggestions(r)));
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (common.format) {
          case table -> SuggestOutput.text(all, catalog, columns);
          case json -> JsonEnvelope.write("suggest", SuggestOutput.json(all, catalog));
          case csv -> SuggestOutput.csv(all, catalog);
        });
    out.flush();
    redact.finish(spec.commandLine().getErr());
    return ExitCode.OK;
  }
}
