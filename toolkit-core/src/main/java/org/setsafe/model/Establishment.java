package org.setsafe.model;

import static org.setsafe.model.InvalidValueException.check;
import static org.setsafe.model.InvalidValueException.optional;
import static org.setsafe.model.InvalidValueException.required;

import java.math.BigDecimal;

/**
 * The establishment whose OSHA records are kept (a production's office or set, as the employer
 * defines it) and its employment figures for one calendar year: what the OSHA 300A summary and the
 * Injury Tracking Application ask for.
 *
 * @param name the establishment's name
 * @param companyName the company that owns it, or null
 * @param ein the employer identification number (9 digits), or null
 * @param street the street address
 * @param city the city
 * @param state the two-letter postal code of the U.S. state or territory
 * @param zip the ZIP code (5 or 9 digits)
 * @param naics the six-digit NAICS code of the establishment's industry
 * @param industryDescription the industry in words, or null
 * @param establishmentType 1 not a government entity, 2 a state government entity, 3 a local one;
 *     null when not given
 * @param year the calendar year the figures are for
 * @param annualAverageEmployees the annual average number of employees that year
 * @param totalHoursWorked the total hours worked by all employees that year
 * @param peakEmployees the most employees at any point that year (the ITA's size)
 */
public record Establishment(
    String name,
    String companyName,
    String ein,
    String street,
    String city,
    String state,
    String zip,
    String naics,
    String industryDescription,
    Integer establishmentType,
    int year,
    long annualAverageEmployees,
    BigDecimal totalHoursWorked,
    int peakEmployees) {

  public Establishment {
    name = required(name, "name");
    companyName = optional(companyName);
    ein = optional(ein);
    street = required(street, "street");
    city = required(city, "city");
    state = required(state, "state");
    zip = required(zip, "zip");
    naics = required(naics, "naics");
    industryDescription = optional(industryDescription);
    check(year >= 1900 && year <= 2200, "year", "year " + year + " is out of range");
    check(
        annualAverageEmployees > 0,
        "annual_average_employees",
        "annual_average_employees must be more than 0");
    check(
        totalHoursWorked != null && totalHoursWorked.signum() > 0,
        "total_hours_worked",
        "total_hours_worked must be more than 0");
    check(peakEmployees > 0, "peak_employees", "peak_employees must be more than 0");
  }
}
