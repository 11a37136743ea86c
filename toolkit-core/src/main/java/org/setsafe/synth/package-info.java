/**
 * Synthetic incident logs for demos, tests and benchmarks: {@link org.setsafe.synth.LogGenerator}
 * writes a flat log (the layout {@code setsafe import} reads) of any size, streaming and
 * deterministic for a seed, optionally with a share of rows carrying the faults real logs have
 * ({@link org.setsafe.synth.Fault}).
 *
 * <p>Everything in a generated log is made up: productions have working-title names ("Amber
 * Falcon"), ids start with {@code SYN-}, and the proportions (categories, severities, check failure
 * rates) are chosen to look plausible, not taken from any published statistic. Never mix a
 * generated log into the reference dataset.
 */
package org.setsafe.synth;
