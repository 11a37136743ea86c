package org.setsafe.analysis;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** Sums of money per currency (amounts in different currencies are never added together). */
public final class MoneyTotals {
  private final Map<String, BigDecimal> sums = new TreeMap<>();

  public void add(String currency, BigDecimal amount) {
    if (amount != null) {
      sums.merge(currency, amount, BigDecimal::add);
    }
  }

  public void merge(MoneyTotals other) {
    other.sums.forEach(this::add);
  }

  /** Currency → sum, currencies in alphabetical order. */
  public Map<String, BigDecimal> byCurrency() {
    return Map.copyOf(sums).isEmpty() ? Map.of() : new TreeMap<>(sums);
  }

  public BigDecimal get(String currency) {
    return sums.getOrDefault(currency, BigDecimal.ZERO);
  }

  public boolean isEmpty() {
    return sums.isEmpty();
  }

  @Override
  public String toString() {
    if (sums.isEmpty()) {
      return "none";
    }
    StringBuilder b = new StringBuilder();
    sums.forEach(
        (c, v) ->
            b.append(b.length() == 0 ? "" : "; ").append(c).append(' ').append(v.toPlainString()));
    return b.toString();
  }
}
