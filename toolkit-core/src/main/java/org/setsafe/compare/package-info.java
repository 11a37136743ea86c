/**
 * Side-by-side comparison of incidents ({@link org.setsafe.compare.Comparison}) and precedent
 * ranking ({@link org.setsafe.compare.Precedents}): which checks several incidents all failed,
 * which only some failed, how their consequences differed, and which past incidents a new one most
 * resembles, with the shared failed checks that explain it. Summary sentences are derived from the
 * data only.
 *
 * <p>Like {@code model} and {@code analysis}, this package imports no file-format, chart or CLI
 * library; text, JSON and XLSX renderings live in {@code format} and {@code report}.
 */
package org.setsafe.compare;
