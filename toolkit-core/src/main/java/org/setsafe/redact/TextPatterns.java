package org.setsafe.redact;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.setsafe.model.RedactionProfile.TextPattern;

/**
 * The shapes of identifiers removed from free text, one regular expression each. Where a pattern
 * has a group, only the group is replaced (a plate's number, not the word "plate" before it).
 *
 * <ul>
 *   <li>e-mail: {@code name@host.domain};
 *   <li>web address: {@code http://...}, {@code https://...}, {@code www....};
 *   <li>telephone: 7 to 15 digits in groups of 2 to 5 separated by a space, full stop or hyphen,
 *       optionally after {@code +country} or an area code in brackets ({@code 555-0142}, {@code
 *       (505) 555-0142}, {@code +44 20 7946 0958}), or 10 to 15 digits in one run ({@code
 *       5055550142}); a date ({@code 2026-03-02}, {@code 02.03.2026}) is not one;
 *   <li>plate: the letters and digits (at least one digit) after {@code plate}, {@code licence
 *       plate}, {@code license plate}, {@code registration} or {@code reg};
 *   <li>serial: the letters and digits (at least one digit) after {@code serial}, {@code serial
 *       no.}, {@code serial number}, {@code S/N}, {@code SN} or {@code VIN};
 *   <li>street address: a house number, one to four capitalised words and a street word ({@code
 *       2300 Defoors Hill Road}, {@code 12 Elm St.}), and {@code PO Box 123}.
 * </ul>
 *
 * A plate or serial number written without its word, or an address without a number, is not found:
 * the rules find what they describe, nothing more.
 */
final class TextPatterns {
  private TextPatterns() {}

  static final Map<TextPattern, Pattern> ALL = new EnumMap<>(TextPattern.class);

  static {
    ALL.put(
        TextPattern.EMAIL,
        Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+"));
    ALL.put(
        TextPattern.URL,
        Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s<>\"'()\\[\\]]+[^\\s<>\"'()\\[\\].,;:!?]"));
    ALL.put(
        TextPattern.PHONE,
        Pattern.compile(
            "(?<![\\p{L}\\p{N}/:.,-])(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{2,5}\\)[ .-]?)?\\d{2,5}(?:[ .-]\\d{2,5}){1,4}(?![\\p{L}\\p{N}/:-]|[.,]\\d)"
                + "|(?<![\\p{L}\\p{N}/:.,-])\\+?\\d{10,15}(?![\\p{L}\\p{N}/:-]|[.,]\\d)"));
    ALL.put(
        TextPattern.PLATE,
        Pattern.compile(
            "(?i:\\b(?:licen[cs]e\\s+plates?|number\\s+plates?|plates?|registration|reg\\.?)(?:\\s+(?:no\\.?|number|#))?)[\\s:#]*\\b((?=[A-Z0-9 -]{0,12}\\d)[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,4})?)\\b"));
    ALL.put(
        TextPattern.SERIAL,
        Pattern.compile(
            "(?i:\\b(?:serial(?:\\s+(?:no\\.?|number|#))?|s/n|sn|vin)(?![\\p{L}]))[\\s:#.]*((?=[A-Za-z0-9-]*\\d)[A-Za-z0-9][A-Za-z0-9-]{2,})"));
    ALL.put(
        TextPattern.ADDRESS,
        Pattern.compile(
            "\\b\\d{1,6}\\s+(?:[A-Z][\\p{L}.'-]*\\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Highway|Hwy|Parkway|Pkwy|Terrace|Circle)\\b\\.?|(?i:\\bP\\.?\\s?O\\.?\\s+Box\\s+\\d+)"));
  }

  private static final Pattern DATE =
      Pattern.compile("\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}");

  /**
   * {@code text} with every identifier of {@code kind} replaced by {@code replacement}; {@code
   * found[0]} counts the replacements.
   */
  static String replace(TextPattern kind, String text, String replacement, long[] found) {
    Matcher m = ALL.get(kind).matcher(text);
    StringBuilder out = null;
    int copied = 0;
    while (m.find()) {
      int start = m.groupCount() > 0 && m.group(1) != null ? m.start(1) : m.start();
      int end = m.groupCount() > 0 && m.group(1) != null ? m.end(1) : m.end();
      if (kind == TextPattern.PHONE && !phone(m.group())) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, start).append(replacement);
      copied = end;
      found[0]++;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** A telephone number has 7 to 15 digits and is not a date. */
  private static boolean phone(String s) {
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        digits++;
      }
    }
    return digits >= 7 && digits <= 15 && !DATE.matcher(s.strip()).matches();
  }
}
