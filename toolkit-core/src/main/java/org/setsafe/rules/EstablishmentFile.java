package org.setsafe.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.setsafe.model.Establishment;
import org.setsafe.read.InputException;
import org.setsafe.read.StrictJson;

/**
 * The establishment file: the establishment whose OSHA records are kept and its employment figures
 * for a year, as JSON ({@code {"name": ..., "naics": "512110", "year": 2026,
 * "annual_average_employees": 85, "total_hours_worked": 98000, ...}}). Checked whole, each problem
 * with its line and key: a NAICS code of six digits, a two-letter state, a ZIP of five or nine
 * digits, an EIN of nine, employees and hours above 0 and hours per employee under a year's 8,760.
 * {@code peak_employees}, the most employees at any point in the year, gives the ITA's size.
 */
public final class EstablishmentFile {
  static final List<String> KEYS =
      List.of(
          "description",
          "name",
          "company_name",
          "ein",
          "street",
          "city",
          "state",
          "zip",
          "naics",
          "industry_description",
          "establishment_type",
          "year",
          "annual_average_employees",
          "total_hours_worked",
          "peak_employees",
          "note");

  /** The hours in a year, more than any one employee can work in it. */
  static final int HOURS_IN_YEAR = 8760;

  private EstablishmentFile() {}

  /**
   * Reads and checks an establishment file.
   *
   * @throws InputException naming the file, line and key of every problem
   */
  public static Establishment load(Path file) {
    return read(JsonFile.read(file, "an establishment file"));
  }

  static Establishment parse(String name, String text) {
    return read(JsonFile.parse(name, text));
  }

  private static Establishment read(JsonFile f) {
    JsonNode root = f.object(f.root(), "");
    if (root == null) {
      f.done("establishment file");
    }
    f.unknownKeys(root, "", KEYS);
    String name = f.text(root, "", "name", true);
    String company = f.text(root, "", "company_name", false);
    String ein = digits(f, root, "ein", false, List.of(9), "an EIN of 9 digits (12-3456789)");
    String street = f.text(root, "", "street", true);
    String city = f.text(root, "", "city", true);
    String state = f.text(root, "", "state", true);
    if (state != null && !state.strip().matches("[A-Za-z]{2}")) {
      f.problem("state", "'" + state + "' is not a two-letter postal code (NM, CA, GA)");
      state = null;
    }
    String zip = digits(f, root, "zip", true, List.of(5, 9), "a ZIP code of 5 or 9 digits");
    String naics = digits(f, root, "naics", true, List.of(6), "a NAICS code of 6 digits (512110)");
    String industry = f.text(root, "", "industry_description", false);
    Long type = f.number(root, "", "establishment_type", false);
    if (type != null && (type < 1 || type > 3)) {
      f.problem(
          "establishment_type",
          type
              + " is not a type: 1 not a government entity, 2 a state government entity, 3 a"
              + " local government entity");
      type = null;
    }
    Long year = f.number(root, "", "year", true);
    if (year != null && (year < 1971 || year > 2200)) {
      f.problem("year", year + " is not a year OSHA records can be for");
      year = null;
    }
    Long employees = f.number(root, "", "annual_average_employees", true);
    if (employees != null && employees <= 0) {
      f.problem("annual_average_employees", "must be more than 0");
      employees = null;
    }
    BigDecimal hours = null;
    JsonNode h = root.get("total_hours_worked");
    if (h == null) {
      f.problem(
          "", "\"total_hours_worked\" is required (the hours all employees worked that year)");
    } else {
      hours = f.decimal(h, "total_hours_worked");
      if (hours != null && hours.signum() <= 0) {
        f.problem("total_hours_worked", "must be more than 0");
        hours = null;
      }
    }
    if (hours != null
        && employees != null
        && hours.compareTo(BigDecimal.valueOf((long) HOURS_IN_YEAR * employees)) >= 0) {
      f.problem(
          "total_hours_worked",
          hours.toPlainString()
              + " hours for "
              + employees
              + " employees is "
              + HOURS_IN_YEAR
              + " or more hours each, more than a year holds");
    }
    Long peak = f.number(root, "", "peak_employees", true);
    if (peak != null && peak <= 0) {
      f.problem("peak_employees", "must be more than 0");
      peak = null;
    }
    if (peak != null && employees != null && employees > peak) {
      f.problem(
          "annual_average_employees",
          employees
              + " is more than peak_employees ("
              + peak
              + "): an average cannot be more than the most employees at any point");
    }
    f.done("establishment file");
    return new Establishment(
        name,
        company,
        ein,
        street,
        city,
        state.strip().toUpperCase(java.util.Locale.ROOT),
        zip,
        naics,
        industry,
        type == null ? null : type.intValue(),
        year.intValue(),
        employees,
        hours,
        peak.intValue());
  }

  /**
   * A code of digits ({@code 12-3456789}, {@code 87501-1234} are read without the dash), or null
   * with a problem.
   */
  private static String digits(
      JsonFile f, JsonNode root, String key, boolean required, List<Integer> lengths, String what) {
    JsonNode v = root.get(key);
    if (v != null && v.isNumber()) {
      f.problem(
          StrictJson.child("", key),
          "write the " + key + " in double quotes (\"" + v.asText() + "\"): a code, not a number");
      return null;
    }
    String t = f.text(root, "", key, required);
    if (t == null) {
      return null;
    }
    String d = t.strip().replace("-", "");
    if (!d.matches("[0-9]+") || !lengths.contains(d.length())) {
      f.problem(key, "'" + t + "' is not " + what);
      return null;
    }
    return d;
  }
}
