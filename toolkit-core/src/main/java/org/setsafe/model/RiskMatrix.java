package org.setsafe.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A risk matrix: a likelihood scale and a severity scale of the same size, each rating with its
 * word and meaning, and the bands a cell's score (likelihood times severity) falls in, some of them
 * acceptable as the risk that remains once the controls are in place.
 *
 * @param source where the matrix comes from, for the output
 */
public record RiskMatrix(
    String source, List<Level> likelihood, List<Level> severity, List<Band> bands) {

  /** One rating of a scale: its number (1 upwards), word and meaning. */
  public record Level(int rating, String word, String meaning) {
    public Level {
      Objects.requireNonNull(word, "word");
      meaning = meaning == null ? "" : meaning;
    }
  }

  /**
   * A band of scores, {@code from} to {@code to} inclusive.
   *
   * @param acceptable whether a residual risk in this band is acceptable
   * @param meaning what the band asks of the production
   */
  public record Band(String id, String word, int from, int to, boolean acceptable, String meaning) {
    public Band {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(word, "word");
      meaning = meaning == null ? "" : meaning;
    }
  }

  /** One cell: its two ratings, its score and its band. */
  public record Cell(Level likelihood, Level severity, int score, Band band) {
    /** The cell in words: "likelihood 4 (Likely) x severity 5 (Catastrophic) = 20, Very high". */
    public String words() {
      return "likelihood "
          + likelihood.rating()
          + " ("
          + likelihood.word()
          + ") x severity "
          + severity.rating()
          + " ("
          + severity.word()
          + ") = "
          + score
          + ", "
          + band.word();
    }
  }

  public RiskMatrix {
    likelihood = List.copyOf(likelihood);
    severity = List.copyOf(severity);
    bands = List.copyOf(bands);
    if (likelihood.isEmpty() || likelihood.size() != severity.size()) {
      throw new IllegalArgumentException("the two scales must have the same, non-zero size");
    }
  }

  /** The number of ratings on each scale (5 for a 5 by 5 matrix). */
  public int size() {
    return likelihood.size();
  }

  /** The cell of two ratings, each 1 to {@link #size}. */
  public Cell cell(int likelihoodRating, int severityRating) {
    int score = likelihoodRating * severityRating;
    return new Cell(
        likelihood.get(likelihoodRating - 1), severity.get(severityRating - 1), score, band(score));
  }

  /** The band a score falls in (the last band when none names it). */
  public Band band(int score) {
    for (Band b : bands) {
      if (score >= b.from() && score <= b.to()) {
        return b;
      }
    }
    return bands.get(bands.size() - 1);
  }

  /** Every cell, likelihood by likelihood, severity by severity. */
  public List<Cell> cells() {
    List<Cell> out = new java.util.ArrayList<>(size() * size());
    for (int l = 1; l <= size(); l++) {
      for (int s = 1; s <= size(); s++) {
        out.add(cell(l, s));
      }
    }
    return out;
  }

  /** The acceptable bands' words, for messages ("Low or Medium"). */
  public String acceptableWords() {
    List<String> w = bands.stream().filter(Band::acceptable).map(Band::word).toList();
    return w.isEmpty() ? "none" : String.join(" or ", w);
  }

  /**
   * The rating a cell's text gives on {@code scale}: a number ({@code 4}, {@code 4.0}), a scale
   * word ({@code Likely}, any case), or both ({@code 4 - Likely}, {@code 4 Likely}); -1 when it is
   * not a rating at all, and a number outside the scale is returned as it is for the caller to
   * refuse.
   */
  public static int rating(List<Level> scale, String text) {
    String t = text.strip();
    int digits = 0;
    while (digits < t.length() && Character.isDigit(t.charAt(digits)) && digits < 6) {
      digits++;
    }
    if (digits > 0) {
      int n = Integer.parseInt(t.substring(0, digits));
      String rest = t.substring(digits).strip();
      if (rest.matches("\\.0*")) {
        rest = "";
      }
      rest = rest.replaceFirst("^[-:=(\u2013\u2014]\\s*", "").replaceFirst("\\)$", "").strip();
      if (rest.isEmpty()) {
        return n;
      }
      Level named = word(scale, rest);
      return named != null && named.rating() == n ? n : -1;
    }
    Level named = word(scale, t);
    return named == null ? -1 : named.rating();
  }

  private static Level word(List<Level> scale, String text) {
    String w = text.toLowerCase(Locale.ROOT);
    for (Level l : scale) {
      if (l.word().toLowerCase(Locale.ROOT).equals(w)) {
        return l;
      }
    }
    return null;
  }
}
