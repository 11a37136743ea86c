package org.setsafe.protocol;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.setsafe.model.Category;

/**
 * A safety checklist, e.g. firearms, with its references.
 *
 * @param categories the hazard categories the protocol applies to (its checks count as assessed
 *     only in incidents of these categories); empty for a general protocol
 * @param general whether the protocol applies to every hazard (then a check counts as assessed
 *     where a log records it)
 * @param signalContext words one of which a description must hold for the signals of this
 *     protocol's checks to count (for firearms: gun, revolver, blank, ...), so that "finger on the
 *     trigger" of a nail gun suggests nothing; empty when the signals count in any description
 * @param hazardWords words and phrases that speak of the protocol's hazard ("ladder", "fell from",
 *     "catwalk"): with {@link #categories} they name the hazard of a description that has none (see
 *     {@code org.setsafe.text.HazardReader}); empty for none
 * @param hazardNotWhen phrases that, in the same sentence, cancel the protocol's hazard words
 *     ("paperwork" beside "electric department"): the words name no hazard there; empty for none
 * @param hazardWordNotWhen for a hazard word (as written in {@link #hazardWords}), phrases that
 *     cancel that word alone in the same sentence ("car park" for "car"): the protocol's other
 *     hazard words still count there ("a van reversed in the car park"); no entry for most words
 */
public record Protocol(
    String id,
    String title,
    String description,
    List<Reference> references,
    List<ProtocolCheck> checks,
    List<String> signalContext,
    Set<Category> categories,
    boolean general,
    List<String> hazardWords,
    List<String> hazardNotWhen,
    Map<String, List<String>> hazardWordNotWhen) {

  /** A document the protocol relates to. */
  public record Reference(String title, String publisher, String url) {}

  public Protocol {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    description = description == null ? "" : description;
    references = List.copyOf(references);
    checks = List.copyOf(checks);
    signalContext = List.copyOf(signalContext);
    hazardWords = List.copyOf(hazardWords);
    hazardNotWhen = List.copyOf(hazardNotWhen);
    Map<String, List<String>> byWord = new LinkedHashMap<>();
    hazardWordNotWhen.forEach((w, phrases) -> byWord.put(w, List.copyOf(phrases)));
    hazardWordNotWhen = Collections.unmodifiableMap(byWord);
    categories =
        categories.isEmpty()
            ? Collections.unmodifiableSet(EnumSet.noneOf(Category.class))
            : Collections.unmodifiableSet(EnumSet.copyOf(categories));
  }

  /** Whether the protocol applies to incidents of this hazard category. */
  public boolean appliesTo(Category category) {
    return general || categories.contains(category);
  }
}
