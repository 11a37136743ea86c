/**
 * Scene risk assessments before the shoot. An assessment is a flat file, one row per hazard of a
 * scene ({@link org.setsafe.model.AssessedHazard}), read through the same reader and mapping
 * language as incident logs ({@link org.setsafe.risk.Assessment}; a mapping says {@code "record":
 * "assessment"}), its ratings read against a matrix ({@link org.setsafe.model.RiskMatrix}, {@code
 * data/rules/risk-matrix.json}). {@link org.setsafe.risk.RiskCheck} says, scene by scene, what is
 * not ready and why ({@link org.setsafe.risk.Gap}), and for each missing control where it failed
 * before ({@link org.setsafe.risk.ControlLessons}): in the historical record and, apart, in the
 * production's own log.
 *
 * <p>Decisions: a row whose values cannot be read (a rating off the scale, an unknown check id) is
 * rejected with its located error and its scene is not ready; a row whose values contradict each
 * other (a residual risk worse than the initial, a sign-off before the last revision) gets a
 * located error and is kept, so that the rest of what it lacks is still said. A planned control is
 * a check id, a check's title or id in words ("safety meeting"), or other words, which count as no
 * check. A hazard is high energy when the high-energy rules presume its category so, or when its
 * severity is rated 4 or more (a serious injury or worse).
 */
package org.setsafe.risk;
