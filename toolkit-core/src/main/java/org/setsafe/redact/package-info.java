/**
 * Redacted outputs: a production's records turned into redacted records before any analysis or
 * output, as a redaction profile says ({@code data/rules/redact-default.json} by default), so that
 * every figure, sheet, chart, JSON document, CSV file and line of terminal output made from them is
 * redacted by construction. Names become roles (or {@code ZZZ}), free text is searched for every
 * name the dataset knows and for identifier patterns, dates keep their month, times their quarter
 * of the day, locations become regions and the production a stable code. A {@link
 * org.setsafe.redact.Ledger} counts what was changed; a {@link org.setsafe.redact.RedactionKey},
 * kept apart from every output, maps the codes back. The historical record is public and is never
 * redacted.
 */
package org.setsafe.redact;
