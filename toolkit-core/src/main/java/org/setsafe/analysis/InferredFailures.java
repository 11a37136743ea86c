package org.setsafe.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.setsafe.model.CheckResult;
import org.setsafe.model.IncidentRecord;
import org.setsafe.protocol.ProtocolCheck;

/**
 * The failures that are only inferred (confidence {@code inferred}), kept apart from the recorded
 * ones and never added to them: checks suggested from the words of a description ({@code import
 * --suggest}), and failures that are our reading of the facts rather than a finding. For each
 * check: the incidents, and the words that suggested it with how often each did. Memory is bounded
 * by the checks and {@link #WORDS} words per check; analyses of parts merge into the whole.
 */
public final class InferredFailures {
  /** Distinct matched words kept per check; others are counted together. */
  public static final int WORDS = 12;

  /** One check's inferred failures. */
  public static final class Check {
    private final String checkId;
    private final String title;
    private final IdSample incidents = new IdSample();
    private long suggested;
    private final Map<String, Long> words = new LinkedHashMap<>();
    private long otherWords;

    Check(String checkId, ProtocolCheck check) {
      this.checkId = checkId;
      this.title = check == null ? checkId : check.title();
    }

    void add(IncidentRecord r, CheckResult c) {
      incidents.add(r.id());
      if (c.suggested()) {
        suggested++;
        for (String w : c.suggestedWords()) {
          word(w, 1);
        }
      }
    }

    private void word(String w, long n) {
      if (words.containsKey(w) || words.size() < WORDS) {
        words.merge(w, n, Long::sum);
      } else {
        otherWords += n;
      }
    }

    void merge(Check o) {
      incidents.merge(o.incidents);
      suggested += o.suggested;
      o.words.forEach(this::word);
      otherWords += o.otherWords;
    }

    public String checkId() {
      return checkId;
    }

    /** The check's title from the protocols (its id when it is not in them). */
    public String title() {
      return title;
    }

    /** The incidents where the failure is inferred (each incident once per check). */
    public IdSample incidents() {
      return incidents;
    }

    /** How many of them were suggested from a description's words. */
    public long suggested() {
      return suggested;
    }

    /** How many are our reading of the facts, not suggested from words. */
    public long reading() {
      return incidents.count() - suggested;
    }

    /** The matched words, most often first, with how often each matched. */
    public Map<String, Long> words() {
      Map<String, Long> out = new LinkedHashMap<>();
      words.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(e -> out.put(e.getKey(), e.getValue()));
      return out;
    }

    /** Matches of words beyond the {@link #WORDS} kept. */
    public long otherWords() {
      return otherWords;
    }
  }

  private final Map<String, Check> checks = new HashMap<>();
  private long failures;
  private long suggested;

  /** Counts {@code c}, an inferred failure of {@code r}, under its check. */
  void add(IncidentRecord r, CheckResult c, ProtocolCheck check) {
    failures++;
    if (c.suggested()) {
      suggested++;
    }
    checks.computeIfAbsent(c.checkId(), id -> new Check(id, check)).add(r, c);
  }

  void merge(InferredFailures o) {
    failures += o.failures;
    suggested += o.suggested;
    o.checks.forEach(
        (k, v) ->
            checks.merge(
                k,
                v,
                (a, b) -> {
                  a.merge(b);
                  return a;
                }));
  }

  /** Inferred failures in all (a check in an incident counts once). */
  public long failures() {
    return failures;
  }

  /** Of them, those suggested from a description's words. */
  public long suggested() {
    return suggested;
  }

  public boolean isEmpty() {
    return failures == 0;
  }

  /** The checks with an inferred failure, most incidents first, then by id. */
  public List<Check> checks() {
    List<Check> out = new ArrayList<>(checks.values());
    out.sort(
        Comparator.comparingLong((Check c) -> c.incidents().count())
            .reversed()
            .thenComparing(Check::checkId));
    return out;
  }
}
