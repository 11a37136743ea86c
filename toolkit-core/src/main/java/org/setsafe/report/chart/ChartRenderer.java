package org.setsafe.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Draws a {@link ChartSpec} with JFreeChart, as PNG bytes or an SVG document. */
public final class ChartRenderer {
  private static final String FONT = Font.SANS_SERIF;
  private static final Color INK = new Color(0x22, 0x22, 0x22);

  /** Opacity of a Pareto chart's bars (of 255): the cumulative line behind them shows through. */
  private static final int PARETO_ALPHA = 165;

  private static final Color GRID = new Color(0xD0, 0xD0, 0xD0);

  /** Colours that mean something, by series name; other series take the palette in order. */
  private static final Map<String, Color> SERIES_COLOURS =
      Map.ofEntries(
          Map.entry("Failures", new Color(0x2F6690)),
          Map.entry("Near miss", new Color(0x7FB77E)),
          Map.entry("Injury", new Color(0xF2C14E)),
          Map.entry("Serious injury", new Color(0xF78154)),
          Map.entry("Fatal", new Color(0x9B2226)),
          Map.entry("Deaths", new Color(0x9B2226)),
          Map.entry("Injuries", new Color(0xF78154)),
          Map.entry("Criminal charges", new Color(0x3A6EA5)),
          Map.entry("Convictions (incl. pleas)", new Color(0x1B2F4B)),
          Map.entry(
              ReportCharts.GROUPS.get(org.setsafe.model.Disposition.Group.CONVICTION),
              new Color(0x9B2226)),
          Map.entry(
              ReportCharts.GROUPS.get(org.setsafe.model.Disposition.Group.CLEARED),
              new Color(0x7FB77E)),
          Map.entry(
              ReportCharts.GROUPS.get(org.setsafe.model.Disposition.Group.NOT_PURSUED),
              new Color(0x8C8C8C)),
          Map.entry(
              ReportCharts.GROUPS.get(org.setsafe.model.Disposition.Group.PENALTY),
              new Color(0xF2C14E)),
          Map.entry(
              ReportCharts.GROUPS.get(org.setsafe.model.Disposition.Group.SETTLEMENT),
              new Color(0x3A6EA5)),
          Map.entry(
              ReportCharts.GROUPS.get(org.setsafe.model.Disposition.Group.VERDICT),
              new Color(0x1B2F4B)),
          Map.entry(
              ReportCharts.GROUPS.get(org.setsafe.model.Disposition.Group.FINDING),
              new Color(0x8E7DBE)),
          Map.entry(
              ReportCharts.GROUPS.get(org.setsafe.model.Disposition.Group.OPEN),
              new Color(0xD9D9D9)),
          Map.entry("Check failures", new Color(0x2F6690)),
          Map.entry(ReportCharts.OTHER_SERIES, new Color(0xB0B0B0)),
          Map.entry("Incidents with a failure in the layer", new Color(0x9BC1E6)));

  private static final List<Color> PALETTE =
      List.of(
          new Color(0x2F6690),
          new Color(0xF78154),
          new Color(0x7FB77E),
          new Color(0x9B2226),
          new Color(0xF2C14E),
          new Color(0x8E7DBE));

  static {
    // JFreeChart draws rotated labels through a TextLayout by default (a workaround for old JDKs),
    // which an SVG generator can only write as glyph outlines: a megabyte of paths instead of a
    // few <text> elements
    org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    // ImageIO buffers each PNG it encodes in a file of the shared temporary folder, which a killed
    // run leaves behind (imageio*.tmp); a chart is a few hundred KB, so buffer it in memory
    javax.imageio.ImageIO.setUseCache(false);
  }

  /** The most categories labelled one by one on a vertical chart. */
  static final int LABELLED = 24;

  private ChartRenderer() {}

  /**
   * The chart for {@code spec}, styled for print: white ground, large type, no 3-D or gradients.
   */
  public static JFreeChart chart(ChartSpec spec) {
    CategoryAxis categories = new CategoryAxis(spec.categoryAxis());
    NumberAxis values = new NumberAxis(spec.valueAxis());
    values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    BarRenderer bars =
        switch (spec.shape()) {
          case STACKED_BARS, HORIZONTAL_STACKED_BARS, PARETO -> new StackedBarRenderer();
          default -> new BarRenderer();
        };
    CategoryPlot plot = new CategoryPlot(spec.bars(), categories, values, bars);
    boolean horizontal =
        spec.shape() == ChartSpec.Shape.HORIZONTAL_BARS
            || spec.shape() == ChartSpec.Shape.HORIZONTAL_STACKED_BARS;
    plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    style(plot, categories, values, bars, spec);
    if (spec.shape() == ChartSpec.Shape.PARETO) {
      NumberAxis share = new NumberAxis("Cumulative share of failures");
      share.setRange(0, 1.05);
      // ticks every 10% up to 100%: the range's last 5% is headroom for the line, not a share
      share.setTickUnit(
          new org.jfree.chart.axis.NumberTickUnit(
              0.1, NumberFormat.getPercentInstance(Locale.ROOT)));
      axisFonts(share);
      plot.setRangeAxis(1, share);
      plot.setDataset(1, spec.line());
      plot.mapDatasetToRangeAxis(1, 1);
      LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
      line.setSeriesPaint(0, new Color(0xC0392B));
      line.setSeriesStroke(0, new BasicStroke(3f));
      line.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
      plot.setRenderer(1, line);
      // the line first, the bars and their labels over it: the line never covers a label; the
      // bars are see-through, so the line shows where it passes behind them
      plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
      for (int i = 0; i < spec.bars().getRowCount(); i++) {
        if (bars.getSeriesPaint(i) instanceof Color c) {
          bars.setSeriesPaint(i, new Color(c.getRed(), c.getGreen(), c.getBlue(), PARETO_ALPHA));
        }
      }
      bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
      bars.setDefaultItemLabelsVisible(true);
      bars.setDefaultItemLabelFont(new Font(FONT, Font.BOLD, 14));
      bars.setDefaultItemLabelPaint(INK);
      // each count above its bar, in ink on white, never inside the bar nor under the line
      bars.setDefaultPositiveItemLabelPosition(
          new org.jfree.chart.labels.ItemLabelPosition(
              org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE12,
              org.jfree.chart.ui.TextAnchor.BOTTOM_CENTER));
      values.setUpperMargin(0.12);
    }
    JFreeChart chart = new JFreeChart(spec.title(), new Font(FONT, Font.BOLD, 28), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(16, 16, 16, 24));
    chart.getTitle().setPaint(INK);
    if (spec.subtitle() != null) {
      TextTitle sub = new TextTitle(spec.subtitle(), new Font(FONT, Font.PLAIN, 17));
      sub.setPaint(new Color(0x55, 0x55, 0x55));
      sub.setMargin(new RectangleInsets(4, 0, 12, 0));
      chart.addSubtitle(sub);
    }
    LegendTitle legend = chart.getLegend();
    legend.setItemFont(new Font(FONT, Font.PLAIN, 16));
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    return chart;
  }

  private static void style(
      CategoryPlot plot,
      CategoryAxis categories,
      NumberAxis values,
      BarRenderer bars,
      ChartSpec spec) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setDomainGridlinesVisible(false);
    plot.setNoDataMessage(spec.emptyMessage());
    plot.setNoDataMessageFont(new Font(FONT, Font.PLAIN, 22));
    plot.setInsets(new RectangleInsets(8, 8, 8, 8));
    axisFonts(categories);
    axisFonts(values);
    categories.setMaximumCategoryLabelLines(2);
    categories.setCategoryMargin(0.15);
    int n = spec.bars().getColumnCount();
    boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
    if (!horizontal) {
      if (n > LABELLED) {
        // too many categories to label each: every k-th is labelled, the others' labels are not
        // drawn, so no two labels overlap
        int every = (n + LABELLED - 1) / LABELLED;
        for (int i = 0; i < n; i++) {
          if (i % every != 0) {
            categories.setTickLabelPaint(spec.bars().getColumnKey(i), new Color(0, 0, 0, 0));
          }
        }
        categories.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        categories.setTickLabelFont(new Font(FONT, Font.PLAIN, 13));
      } else if (n > 6) {
        categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
      } else {
        categories.setMaximumCategoryLabelWidthRatio(1.0f);
      }
    } else {
      categories.setMaximumCategoryLabelWidthRatio(0.4f);
      categories.setTickLabelFont(new Font(FONT, Font.PLAIN, n > 12 ? 13 : 15));
    }
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(false);
    bars.setItemMargin(0.04);
    bars.setMaximumBarWidth(0.12);
    DefaultCategoryDataset data = spec.bars();
    for (int i = 0; i < data.getRowCount(); i++) {
      String key = String.valueOf(data.getRowKey(i));
      Paint p = SERIES_COLOURS.getOrDefault(key, PALETTE.get(i % PALETTE.size()));
      bars.setSeriesPaint(i, p);
    }
  }

  private static void axisFonts(org.jfree.chart.axis.Axis axis) {
    axis.setLabelFont(new Font(FONT, Font.BOLD, 17));
    axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 15));
    axis.setLabelPaint(INK);
    axis.setTickLabelPaint(INK);
  }

  /** The chart as a PNG image. */
  public static byte[] png(JFreeChart chart, int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try {
      ChartUtils.writeChartAsPNG(out, chart, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not draw chart '" + chart.getTitle().getText() + "'", e);
    }
    return out.toByteArray();
  }

  /**
   * The chart as an SVG document, drawn by Batik's SVG generator (text as {@code <text>}, shapes as
   * SVG shapes), without a DOCTYPE (SVG does not need one, and an XML parser would try to fetch its
   * DTD from the network).
   */
  public static String svg(JFreeChart chart, int width, int height) {
    try {
      Document doc =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .getDOMImplementation()
              .createDocument(SVG_NS, "svg", null);
      SVGGeneratorContext context = SVGGeneratorContext.createDefault(doc);
      context.setComment(null);
      SVGGraphics2D g = new FractionalSvg(context);
      g.setSVGCanvasSize(new Dimension(width, height));
      chart.draw(g, new Rectangle(0, 0, width, height));
      Element root = g.getRoot();
      root.setAttribute("viewBox", "0 0 " + width + " " + height);
      Transformer t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      StringWriter out = new StringWriter(64 * 1024);
      t.transform(new DOMSource(root), new StreamResult(out));
      g.dispose();
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + out + "\n";
    } catch (ParserConfigurationException | TransformerException e) {
      throw new IllegalStateException(
          "could not write chart '" + chart.getTitle().getText() + "' as SVG", e);
    }
  }

  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  /**
   * Batik's SVG generator measuring text with fractional widths and no hinting, as an SVG viewer
   * lays it out: JFreeChart places centred titles, legend items and labels by these widths.
   */
  private static final class FractionalSvg extends SVGGraphics2D {
    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);

    /** Where fonts are measured: a small image with fractional metrics. */
    private static final Graphics2D METRICS = metrics();

    private static Graphics2D metrics() {
      Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      return g;
    }

    FractionalSvg(SVGGeneratorContext context) {
      super(context, false);
    }

    private FractionalSvg(FractionalSvg g) {
      super(g);
    }

    @Override
    public FontRenderContext getFontRenderContext() {
      return FRC;
    }

    @Override
    public Graphics create() {
      return new FractionalSvg(this);
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
      synchronized (METRICS) {
        return METRICS.getFontMetrics(f);
      }
    }
  }
}
