package org.setsafe.cli;

import java.util.List;

/** A line diff for test failure messages: {@code -} the expected lines, {@code +} the actual. */
final class Diff {
  private Diff() {}

  static String lines(List<String> expected, List<String> actual) {
    int n = expected.size();
    int m = actual.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            expected.get(i).equals(actual.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    StringBuilder b = new StringBuilder();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && expected.get(i).equals(actual.get(j))) {
        b.append("  ").append(expected.get(i++)).append('\n');
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        b.append("+ ").append(actual.get(j++)).append('\n');
      } else {
        b.append("- ").append(expected.get(i++)).append('\n');
      }
    }
    return b.toString();
  }
}
