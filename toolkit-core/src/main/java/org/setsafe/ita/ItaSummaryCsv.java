package org.setsafe.ita;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.setsafe.analysis.OshaLog;
import org.setsafe.model.CaseType;
import org.setsafe.model.Establishment;
import org.setsafe.read.InputException;
import org.setsafe.read.Shown;
import org.setsafe.rules.ItaLayout;

/**
 * The establishment and Form 300A summary file for the ITA's CSV upload: a header of the layout's
 * column names and one row for the establishment's year, in RFC 4180 CSV (CRLF line ends, values
 * with a comma or a quote quoted). Text is written without the characters the ITA refuses ({@code
 * &} as "and", {@code /} and {@code \} as "-", the others and control characters left out); each
 * change is listed in {@link Result#changes}.
 */
public final class ItaSummaryCsv {
  static final CSVFormat FORMAT = CSVFormat.RFC4180;

  /** The file's text and what was changed in its text fields to pass the ITA. */
  public record Result(String text, List<String> changes) {
    public Result {
      changes = List.copyOf(changes);
    }
  }

  private ItaSummaryCsv() {}

  /** The summary file of {@code log} for {@code e}. */
  public static Result write(Establishment e, OshaLog log, ItaLayout layout) {
    OshaLog.Totals t = log.totals();
    Map<String, String> v = new LinkedHashMap<>();
    v.put("establishment_name", e.name());
    v.put("ein", e.ein());
    v.put("company_name", e.companyName());
    v.put("street_address", e.street());
    v.put("city", e.city());
    v.put("state", e.state());
    v.put("zip", e.zip());
    v.put("naics_code", e.naics());
    v.put("industry_description", e.industryDescription());
    v.put("size", size(e.peakEmployees()));
    v.put("establishment_type", e.establishmentType() == null ? null : "" + e.establishmentType());
    v.put("year_filing_for", "" + log.year());
    v.put("annual_average_employees", "" + e.annualAverageEmployees());
    v.put(
        "total_hours_worked",
        e.totalHoursWorked().setScale(0, RoundingMode.HALF_UP).toPlainString());
    v.put("no_injuries_illnesses", t.cases() > 0 ? "1" : "2");
    v.put("total_deaths", "" + t.g());
    v.put("total_dafw_cases", "" + t.h());
    v.put("total_djtr_cases", "" + t.i());
    v.put("total_other_cases", "" + t.j());
    v.put("total_dafw_days", "" + t.k());
    v.put("total_djtr_days", "" + t.l());
    v.put("total_injuries", "" + t.of(CaseType.INJURY));
    v.put("total_skin_disorders", "" + t.of(CaseType.SKIN_DISORDER));
    v.put("total_respiratory_conditions", "" + t.of(CaseType.RESPIRATORY_CONDITION));
    v.put("total_poisonings", "" + t.of(CaseType.POISONING));
    v.put("total_hearing_loss", "" + t.of(CaseType.HEARING_LOSS));
    v.put("total_other_illnesses", "" + t.of(CaseType.OTHER_ILLNESS));
    v.put("change_reason", null);
    List<String> changes = new ArrayList<>();
    List<String> row = new ArrayList<>();
    for (ItaLayout.Field f : layout.summary()) {
      if (!v.containsKey(f.name())) {
        throw new IllegalStateException(
            "the ITA layout names a column setsafe does not fill: " + f.name());
      }
      String value = v.get(f.name());
      if (value != null && f.type() == ItaLayout.Type.TEXT) {
        String clean = clean(value, layout.refusedCharacters());
        if (!clean.equals(value)) {
          changes.add(f.name() + ": '" + value + "' written as '" + clean + "'");
        }
        if (clean.isEmpty() && f.required()) {
          throw new InputException(
              f.name()
                  + ": '"
                  + value
                  + "' holds nothing the ITA can take; give it letters or"
                  + " digits");
        }
        if (f.maxLength() > 0 && clean.length() > f.maxLength()) {
          changes.add(
              f.name() + ": cut to " + f.maxLength() + " characters (was " + clean.length() + ")");
          clean = clean.substring(0, f.maxLength()).strip();
        }
        value = clean;
      }
      row.add(value == null ? "" : value);
    }
    StringBuilder out = new StringBuilder();
    try (CSVPrinter p = new CSVPrinter(out, FORMAT)) {
      p.printRecord(layout.header());
      p.printRecord(row);
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    return new Result(out.toString(), changes);
  }

  /**
   * The ITA's size code of an establishment whose most employees at any point were {@code peak}: 1
   * under 20, 21 for 20 to 99, 22 for 100 to 249, 3 for 250 or more.
   */
  static String size(int peak) {
    return peak < 20 ? "1" : peak < 100 ? "21" : peak < 250 ? "22" : "3";
  }

  /**
   * Text without the refused characters ({@code &} as "and", slashes as "-", others dropped),
   * control characters and invisible formatting characters.
   */
  static String clean(String s, String refused) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)) {
        b.append(' ');
      } else if (Shown.bidiControl(c)) {
        continue; // reading removes them too: they would turn the text around
      } else if (refused.indexOf(c) < 0) {
        b.append(c);
      } else if (c == '&') {
        b.append(" and ");
      } else if (c == '/' || c == '\\') {
        b.append('-');
      } else {
        b.append(' ');
      }
    }
    return b.toString().replaceAll("\\s+", " ").strip();
  }
}
