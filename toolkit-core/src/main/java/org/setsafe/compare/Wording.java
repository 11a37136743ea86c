package org.setsafe.compare;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** Small helpers for plain-English sentences. */
final class Wording {
  private Wording() {}

  /** {@code A}, {@code A and B}, {@code A, B and C}. */
  static String and(List<String> items) {
    return switch (items.size()) {
      case 0 -> "";
      case 1 -> items.get(0);
      default ->
          String.join(", ", items.subList(0, items.size() - 1))
              + " and "
              + items.get(items.size() - 1);
    };
  }

  /**
   * A list of titles that may themselves contain "and" or commas: {@code A; B; C}, or {@code A; B;
   * and N more} beyond {@code max}.
   */
  static String titles(List<String> items, int max) {
    if (items.size() <= max) {
      return String.join("; ", items);
    }
    return String.join("; ", items.subList(0, max)) + "; and " + (items.size() - max) + " more";
  }

  /** {@code 1 check}, {@code 2 checks}. */
  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** {@code USD 84,000}; cents only when there are any. */
  static String money(BigDecimal amount, String currency) {
    NumberFormat f = NumberFormat.getNumberInstance(Locale.US);
    f.setMaximumFractionDigits(2);
    f.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
    return currency + " " + f.format(amount);
  }

  static String lower(String label) {
    return label.toLowerCase(Locale.ROOT);
  }
}
