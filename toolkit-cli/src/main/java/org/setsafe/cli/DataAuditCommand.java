package org.setsafe.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.setsafe.analysis.RecordAudit;
import org.setsafe.cli.text.AuditText;
import org.setsafe.cli.text.JsonEnvelope;
import org.setsafe.data.BundledData;
import org.setsafe.data.DatasetDescription;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.PartialDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code setsafe data audit}: what to recheck in the reference record before moving its date. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "List what to recheck in the reference record before moving its as-of date.",
      "First the record's size (incidents, citations, distinct source addresses); then every"
          + " outcome still open (charged, pending, unknown, or appealed with no result recorded)"
          + " with the date of its last source, the oldest first; then every outcome, check or"
          + " action that rests on a weak source (a site on the list of weak sources in"
          + " data/reference/dataset.json)."
    })
final class DataAuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    DatasetDescription d = BundledData.referenceDescription();
    RecordAudit audit =
        RecordAudit.of(
            Ingest.reference(),
            d::weakness,
            o ->
                d.laterEvents().stream()
                    .filter(e -> e.concerns(o.incidentId(), o.party(), o.action()))
                    .map(
                        e ->
                            new RecordAudit.Later(
                                PartialDate.parse(e.on()), e.appeal(), e.sourceUrl()))
                    .toList());
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (common.format) {
          case json -> JsonEnvelope.write("data.audit", AuditText.json(audit, d.asOf()));
          case csv -> AuditText.csv(audit);
          case table -> AuditText.render(audit, d.asOf(), Terminal.width());
        });
    out.flush();
    return ExitCode.OK;
  }
}
