package org.setsafe.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.setsafe.analysis.Analysis;
import org.setsafe.analysis.CheckStats;
import org.setsafe.analysis.RoleOutcomes;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.Role;
import org.setsafe.model.Severity;
import org.setsafe.protocol.ProtocolCatalog;

/** The charts' numbers, asserted on their datasets rather than on pixels. */
class ReportCharts_DatasetTest {
  private static final Analysis ANALYSIS = analyse();

  private static Analysis analyse() {
    Analysis a = new Analysis(ProtocolCatalog.bundled());
    Ingest.reference().records().forEach(a);
    return a;
  }

  @Test
  void pareto_firstBar_isTheTopFailedCheck_byTitle_andBarsFallOff() {
    ChartSpec p = ReportCharts.pareto(ANALYSIS);
    CheckStats top = ANALYSIS.failedChecks().get(0);
    DefaultCategoryDataset bars = p.bars();

    assertThat((Object) bars.getColumnKey(0)).isEqualTo(top.title());
    assertThat(bars.getValue("Failures", top.title()).longValue()).isEqualTo(top.failed());
    int shown = Math.min(ReportCharts.PARETO_BARS, ANALYSIS.failedChecks().size());
    for (int i = 1; i < shown; i++) {
      assertThat(bars.getValue("Failures", bars.getColumnKey(i)).longValue())
          .isLessThanOrEqualTo(bars.getValue("Failures", bars.getColumnKey(i - 1)).longValue());
    }
    if (ANALYSIS.failedChecks().size() > shown) {
      // "Other" last, in a series of its own, outside the descending order
      Comparable<?> other = bars.getColumnKey(bars.getColumnCount() - 1);
      assertThat(other.toString()).startsWith("Other ");
      assertThat(bars.getValue("Failures", other)).isNull();
      assertThat(bars.getValue(ReportCharts.OTHER_SERIES, other).longValue())
          .isEqualTo(
              ANALYSIS.failedChecks().subList(shown, ANALYSIS.failedChecks().size()).stream()
                  .mapToLong(CheckStats::failed)
                  .sum());
    }
    assertThat(keys(bars.getColumnKeys()))
        .contains("No live ammunition")
        .doesNotContain("NO_LIVE_AMMO");
  }

  /** A log whose failures spread over more checks than the Pareto shows one by one. */
  private static Analysis manyChecks() {
    Analysis a = new Analysis(ProtocolCatalog.bundled());
    int n = 0;
    for (int c = 1; c <= ReportCharts.PARETO_BARS + 5; c++) {
      for (int k = 0; k < ReportCharts.PARETO_BARS + 6 - c; k++) {
        String id = "M-" + (++n);
        org.setsafe.model.Incident i =
            new org.setsafe.model.Incident(
                id,
                "Incident " + id,
                "Test",
                org.setsafe.model.PartialDate.parse("2026-03-01"),
                null,
                null,
                null,
                null,
                org.setsafe.model.Category.OTHER,
                org.setsafe.model.Activity.UNKNOWN,
                Severity.NEAR_MISS,
                0,
                0,
                null,
                null,
                null);
        a.accept(
            new org.setsafe.model.IncidentRecord(
                i,
                List.of(),
                List.of(
                    org.setsafe.model.CheckResult.of(
                        id, String.format("CHECK_%02d", c), org.setsafe.model.CheckStatus.FAILED)),
                List.of(),
                List.of(),
                List.of()));
      }
    }
    return a;
  }

  @Test
  void pareto_cumulativeLine_endsAt100Percent_onTheLastBarShown_otherOutsideIt() {
    for (Analysis a : List.of(ANALYSIS, manyChecks())) {
      ChartSpec p = ReportCharts.pareto(a);
      DefaultCategoryDataset line = p.line();
      int shown = Math.min(ReportCharts.PARETO_BARS, a.failedChecks().size());
      long running =
          a.failedChecks().subList(0, shown).stream().mapToLong(CheckStats::failed).sum();

      assertThat(line.getValue(0, 0).doubleValue())
          .isEqualTo((double) a.failedChecks().get(0).failed() / running);
      assertThat(line.getValue(0, shown - 1).doubleValue()).isEqualTo(1.0);
      // the line has every column of the bars; the "Other" column has no point
      assertThat(keys(line.getColumnKeys())).isEqualTo(keys(p.bars().getColumnKeys()));
      if (a.failedChecks().size() > shown) {
        assertThat(line.getValue(0, shown)).isNull();
      }
    }
  }

  @Test
  void pareto_linePoints_sitOnTheirBarsCentres_withAnOtherBar() {
    Analysis a = manyChecks();
    assertThat(a.failedChecks().size()).isGreaterThan(ReportCharts.PARETO_BARS);
    JFreeChart chart = ChartRenderer.chart(ReportCharts.pareto(a));
    org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(1600, 900, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = img.createGraphics();
    chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 1600, 900), info);
    g.dispose();
    java.util.Map<Object, Double> barCentre = new java.util.HashMap<>();
    java.util.Map<Object, java.awt.geom.Rectangle2D> point = new java.util.HashMap<>();
    CategoryPlot plot = chart.getCategoryPlot();
    for (Object o : info.getEntityCollection().getEntities()) {
      if (o instanceof org.jfree.chart.entity.CategoryItemEntity e) {
        java.awt.geom.Rectangle2D r = e.getArea().getBounds2D();
        if (e.getDataset() == plot.getDataset(0)) {
          barCentre.put(e.getColumnKey(), r.getCenterX());
        } else {
          point.put(e.getColumnKey(), r);
        }
      }
    }
    int shown = ReportCharts.PARETO_BARS;
    assertThat(point).hasSize(shown);
    assertThat(barCentre).hasSize(shown + 1);
    for (Object key : point.keySet()) {
      assertThat(point.get(key).getCenterX())
          .as("the point of %s on its bar's centre", key)
          .isCloseTo(barCentre.get(key), org.assertj.core.data.Offset.offset(1.0));
    }
    Object lastKey = plot.getDataset(1).getColumnKey(shown - 1);
    java.awt.geom.Rectangle2D last = point.get(lastKey);
    // the last point at 100% on the share axis
    org.jfree.chart.axis.ValueAxis share = plot.getRangeAxis(1);
    double y100 =
        share.valueToJava2D(1.0, info.getPlotInfo().getDataArea(), plot.getRangeAxisEdge(1));
    assertThat(last.getCenterY()).isCloseTo(y100, org.assertj.core.data.Offset.offset(1.0));
  }

  @Test
  void pareto_drawsTwoRangeAxes_cumulativeShareOnTheSecond() {
    JFreeChart chart = ChartRenderer.chart(ReportCharts.pareto(ANALYSIS));
    CategoryPlot plot = chart.getCategoryPlot();

    assertThat(plot.getRangeAxis(0).getLabel()).isEqualTo("Failures");
    assertThat(plot.getRangeAxis(1).getLabel()).isEqualTo("Cumulative share of failures");
    assertThat(plot.getDataset(1))
        .isSameAs(ReportCharts.pareto(ANALYSIS).line().getClass().cast(plot.getDataset(1)));
    assertThat(chart.getTitle().getText()).isEqualTo("Which safety checks failed most");
  }

  @Test
  void consequences_showDeathsPerCheck_forTheMostFailed() {
    ChartSpec c = ReportCharts.consequences(ANALYSIS);
    CheckStats top = ANALYSIS.failedChecks().get(0);

    // incidents by severity, not sums of consequences: each bar is the incidents where the check
    // failed
    assertThat(keys(c.bars().getRowKeys())).contains(Severity.FATAL.label());
    assertThat(c.bars().getValue(Severity.FATAL.label(), top.title()).longValue())
        .isEqualTo(top.consequences().incidents(Severity.FATAL));
    long stacked = 0;
    for (Object series : c.bars().getRowKeys()) {
      stacked += c.bars().getValue((Comparable<?>) series, top.title()).longValue();
    }
    assertThat(stacked).isEqualTo(top.consequences().incidents());
    assertThat(c.bars().getColumnCount()).isEqualTo(ReportCharts.CONSEQUENCE_CHECKS);
    assertThat(ChartRenderer.chart(c).getCategoryPlot().getOrientation())
        .isEqualTo(PlotOrientation.HORIZONTAL);
  }

  @Test
  void outcomesByRole_armorerHasOneConviction_stackedByDisposition() {
    ChartSpec r = ReportCharts.outcomesByRole(ANALYSIS);
    RoleOutcomes armorer = ANALYSIS.roles().get("armorer");

    assertThat(r.bars().getValue("Convicted (incl. pleas)", Role.ARMORER.label()).longValue())
        .isEqualTo(armorer.count(RoleOutcomes.Tally.CONVICTED))
        .isEqualTo(1);
    long stacked = 0;
    for (Object series : r.bars().getRowKeys()) {
      stacked += r.bars().getValue((Comparable<?>) series, Role.ARMORER.label()).longValue();
    }
    assertThat(stacked).isEqualTo(armorer.outcomes());
  }

  @Test
  void perYear_stacksSeverities_andSumsToTheIncidents() {
    ChartSpec y = ReportCharts.perYear(ANALYSIS);
    long sum = 0;
    for (int r = 0; r < y.bars().getRowCount(); r++) {
      for (int c = 0; c < y.bars().getColumnCount(); c++) {
        sum += y.bars().getValue(r, c).longValue();
      }
    }

    assertThat(sum).isEqualTo(ANALYSIS.incidents());
    assertThat((Object) y.bars().getColumnKey(0))
        .isEqualTo(Integer.toString(ANALYSIS.firstDate().year()));
    assertThat(keys(y.bars().getRowKeys())).contains(Severity.FATAL.label());
  }

  @Test
  void layers_countEveryFailureOfAChecklistCheck() {
    ChartSpec l = ReportCharts.layers(ANALYSIS);
    long failures =
        ANALYSIS.failedChecks().stream()
            .filter(c -> c.layer() != null)
            .mapToLong(CheckStats::failed)
            .sum();
    long sum = 0;
    for (int c = 0; c < l.bars().getColumnCount(); c++) {
      sum += l.bars().getValue("Check failures", l.bars().getColumnKey(c)).longValue();
    }

    assertThat(sum).isEqualTo(failures);
  }

  @Test
  void emptyAnalysis_givesEmptyChartsThatStillDraw() {
    Analysis empty = new Analysis(ProtocolCatalog.bundled());
    List<ChartSpec> charts = ReportCharts.all(empty);

    assertThat(charts).allSatisfy(c -> assertThat(c.isEmpty()).as(c.name()).isTrue());
    assertThat(charts)
        .allSatisfy(
            c -> assertThat(ChartRenderer.png(ChartRenderer.chart(c), 600, 400)).isNotEmpty());
  }

  /** The keys of a dataset, typed (JFreeChart returns a raw list). */
  private static List<Object> keys(List<?> raw) {
    return List.copyOf(raw);
  }
}
