package org.setsafe.analysis;

import java.math.BigDecimal;

/**
 * Incidence rates per 200,000 hours worked, the base for 100 full-time workers (40 hours a week, 50
 * weeks a year), computed as the U.S. Bureau of Labor Statistics does: (N / EH) x 200,000, where EH
 * is the total hours worked by all employees in the period. Each rate keeps its numerator and the
 * hours; with no hours given there is no rate, only the counts.
 *
 * <ul>
 *   <li>TRIR, the total recordable case rate: N = nonfatal recordable cases, H + I + J of the 300
 *       log (BLS counts nonfatal cases; deaths, G, are given apart)
 *   <li>DART, days away, restricted or transferred: N = H + I
 *   <li>lost-time (days away from work) rate: N = H (OSHA's Days Away From Work Incidence Rate)
 *   <li>near misses per harmful incident: near misses / incidents with an injury or worse (no
 *       hours; the ratio the report's Summary gives)
 * </ul>
 *
 * @param hours the total hours worked, or null when not known
 * @param nearMissRatio near misses per harmful incident, or null when there is no harmful incident
 */
public record Rates(
    BigDecimal hours,
    long deaths,
    long recordableNonfatal,
    long dartCases,
    long daysAwayCases,
    Double trir,
    Double dart,
    Double lostTime,
    long nearMisses,
    long harmfulIncidents,
    Double nearMissRatio) {

  /** The base of every rate: 100 full-time workers for a year, in hours. */
  public static final int BASE_HOURS = 200_000;

  /** The rates of a log's totals over {@code hours} (null: counts only), with the near misses. */
  public static Rates of(
      OshaLog.Totals t, BigDecimal hours, long nearMisses, long harmfulIncidents) {
    long nonfatal = t.h() + t.i() + t.j();
    long dartCases = t.h() + t.i();
    boolean known = hours != null && hours.signum() > 0;
    return new Rates(
        known ? hours : null,
        t.g(),
        nonfatal,
        dartCases,
        t.h(),
        known ? rate(nonfatal, hours) : null,
        known ? rate(dartCases, hours) : null,
        known ? rate(t.h(), hours) : null,
        nearMisses,
        harmfulIncidents,
        harmfulIncidents == 0 ? null : (double) nearMisses / harmfulIncidents);
  }

  /** (n / hours) x 200,000. */
  public static double rate(long n, BigDecimal hours) {
    return n * (double) BASE_HOURS / hours.doubleValue();
  }
}
