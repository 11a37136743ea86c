package org.setsafe.model;

/**
 * A unit of a quantity a description may give: lengths (a fall, a distance), speeds, voltages,
 * temperatures and weights, each convertible within its dimension.
 */
public enum Unit implements Coded {
  FOOT(Dimension.LENGTH, 1.0, "ft"),
  INCH(Dimension.LENGTH, 1.0 / 12, "in"),
  METRE(Dimension.LENGTH, 1 / 0.3048, "m"),
  CENTIMETRE(Dimension.LENGTH, 1 / 30.48, "cm"),
  MILLIMETRE(Dimension.LENGTH, 1 / 304.8, "mm"),
  MILE_PER_HOUR(Dimension.SPEED, 1.0, "mph"),
  KILOMETRE_PER_HOUR(Dimension.SPEED, 1 / 1.609344, "km/h"),
  VOLT(Dimension.VOLTAGE, 1.0, "V"),
  KILOVOLT(Dimension.VOLTAGE, 1000.0, "kV"),
  FAHRENHEIT(Dimension.TEMPERATURE, 1.0, "°F"),
  CELSIUS(Dimension.TEMPERATURE, 1.8, "°C"),
  POUND(Dimension.WEIGHT, 1.0, "lb"),
  KILOGRAM(Dimension.WEIGHT, 1 / 0.45359237, "kg"),
  TONNE(Dimension.WEIGHT, 1000 / 0.45359237, "t"),
  TON(Dimension.WEIGHT, 2000.0, "ton");

  /** What a unit measures. */
  public enum Dimension {
    LENGTH,
    SPEED,
    VOLTAGE,
    TEMPERATURE,
    WEIGHT
  }

  private final Dimension dimension;
  private final double factor;
  private final String symbol;

  /**
   * @param factor how many of its dimension's first unit (ft, mph, V, °F, lb) one of this unit is
   *     (for temperatures, the size of a degree; Celsius also has an offset)
   */
  Unit(Dimension dimension, double factor, String symbol) {
    this.dimension = dimension;
    this.factor = factor;
    this.symbol = symbol;
  }

  public Dimension dimension() {
    return dimension;
  }

  /** The unit's symbol: {@code ft}, {@code m}, {@code mph}, {@code V}, {@code °F}, {@code lb}. */
  public String symbol() {
    return symbol;
  }

  @Override
  public String label() {
    return symbol;
  }

  /**
   * {@code value} of this unit expressed in {@code target}, a unit of the same dimension.
   *
   * @throws IllegalArgumentException when the dimensions differ
   */
  public double convert(double value, Unit target) {
    if (target.dimension != dimension) {
      throw new IllegalArgumentException(
          "cannot convert " + symbol + " (" + dimension + ") to " + target.symbol);
    }
    if (target == this) {
      return value;
    }
    double base = this == CELSIUS ? value * 1.8 + 32 : value * factor;
    return target == CELSIUS ? (base - 32) / 1.8 : base / target.factor;
  }
}
