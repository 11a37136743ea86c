package org.setsafe.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.analysis.Analysis;
import org.setsafe.ingest.Ingest;
import org.setsafe.protocol.ProtocolCatalog;

/** The charts drawn on their own thread: in order, the same as drawn here, and no thread left. */
class ChartDrawing_ThreadTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

  private static boolean drawingThreadAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("setsafe-charts") && t.isAlive());
  }

  private static void awaitNoDrawingThread() throws InterruptedException {
    for (int i = 0; i < 500 && drawingThreadAlive(); i++) {
      Thread.sleep(10);
    }
  }

  @Test
  void theChartsHandedOver_comeBackInOrder_asPngAndSvg() throws InterruptedException {
    Analysis a = new Analysis(ProtocolCatalog.bundled());
    Ingest.reference().records().forEach(a);
    List<ChartSpec> specs = ReportCharts.all(a);

    List<ChartDrawing.Rendered> drawn;
    try (ChartDrawing d = ChartDrawing.begin(400, 300)) {
      d.draw(specs);
      drawn = d.get();
    }

    assertThat(drawn).extracting(ChartDrawing.Rendered::spec).containsExactlyElementsOf(specs);
    for (ChartDrawing.Rendered r : drawn) {
      assertThat(Arrays.copyOf(r.png(), 4)).as(r.spec().name()).isEqualTo(PNG);
      assertThat(r.svg()).as(r.spec().name()).contains("<svg").endsWith("</svg>\n");
    }
    awaitNoDrawingThread();
    assertThat(drawingThreadAlive()).as("the drawing thread has ended").isFalse();
  }

  @Test
  void aRunThatStopsBeforeItsCharts_leavesNoThreadWaiting() throws InterruptedException {
    try (ChartDrawing d = ChartDrawing.begin(400, 300)) {
      assertThat(d).isNotNull(); // the run fails here, before its charts are handed over
    }

    awaitNoDrawingThread();
    assertThat(drawingThreadAlive()).as("the drawing thread has ended").isFalse();
  }
}
