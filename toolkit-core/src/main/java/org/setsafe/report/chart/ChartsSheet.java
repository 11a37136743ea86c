package org.setsafe.report.chart;

import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Workbook;
import org.setsafe.report.book.Book;
import org.setsafe.report.book.Page;
import org.setsafe.report.sheet.ReportFigures;
import org.setsafe.report.sheet.ReportFigures.DrawnChart;

/** The Charts sheet: each chart as a picture, one per printed page, with the names of its files. */
public final class ChartsSheet {
  public static final String NAME = "Charts";

  /**
   * Columns and rows a chart picture spans: 14 columns of 75 px by 30 rows of 20 px (1050 x 600
   * px).
   */
  private static final int COLUMNS = 14;

  private static final int ROWS = 30;
  private static final float ROW_POINTS = 15f;

  private ChartsSheet() {}

  public static void write(Page page, ReportFigures figures) {
    List<DrawnChart> charts = figures.charts();
    String folderName = figures.chartsFolder();
    Book book = page.book;
    for (int c = 0; c < COLUMNS; c++) {
      page.sheet.setColumnWidth(c, 10 * 256);
    }
    Drawing<?> drawing = page.sheet.createDrawingPatriarch();
    int n = 0;
    for (DrawnChart d : charts) {
      n++;
      page.note(book.heading, "Chart " + n + ". " + d.title());
      page.note(
          book.note,
          "Also written as "
              + folderName
              + "/"
              + d.pngFile()
              + " and "
              + folderName
              + "/"
              + d.svgFile()
              + ".");
      int top = page.nextRow();
      for (int r = 0; r < ROWS; r++) {
        page.newRow().setHeightInPoints(ROW_POINTS);
      }
      int picture = book.wb.addPicture(d.png(), Workbook.PICTURE_TYPE_PNG);
      ClientAnchor anchor = book.wb.getCreationHelper().createClientAnchor();
      anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
      anchor.setCol1(0);
      anchor.setRow1(top);
      anchor.setCol2(COLUMNS);
      anchor.setRow2(top + ROWS);
      drawing.createPicture(anchor, picture);
      if (n < charts.size()) {
        page.sheet.setRowBreak(page.nextRow());
        page.skip(1);
      }
    }
  }
}
