/**
 * Figures from incident records, in one pass and mergeable: failed checks and their consequences,
 * outcomes by role, trends and breakdowns, follow-up actions, data quality; and each incident's
 * class in the Safety Classification and Learning (SCL) model ({@link
 * org.setsafe.analysis.SclClassifier}).
 *
 * <h2>The SCL classification</h2>
 *
 * <p>The SCL model was created in 2019 by an Edison Electric Institute working group advised by
 * Matthew Hallowell, and presented in Hallowell and Spencer, "Safety Classification & Learning",
 * Professional Safety (2023). It classifies any event by four yes/no questions into seven classes
 * ({@link org.setsafe.model.SclClass}). The definitions setsafe applies, and where they were read:
 *
 * <ul>
 *   <li>High energy: 500 ft-lbf or more, the point at which contact most likely ends in a serious
 *       injury or a death
 *       (https://incident-prevention.com/blog/control-high-energy-hazards-to-help-reduce-serious-injuries-and-fatalities/,
 *       https://www.safetyfunction.com/heca); a fall of 4 ft or more
 *       (https://www.ecmag.com/magazine/articles/article-detail/high-energy-control-assessments--tips-for-reducing-the-number-of-sifs-on-the-job).
 *       The energies are those of the Construction Safety Research Alliance's energy wheel
 *       (https://scsaonline.ca/news/high-viz-the-energy-wheel-boost-your-recognition-of-hazards).
 *       Every limit setsafe compares numbers with is in {@code data/rules/high-energy.json}, with
 *       its sources; those read only in secondary restatements of the model's list are marked
 *       unconfirmed there.
 *   <li>High-energy incident: the energy released, with a person in contact with it or within 6 ft;
 *       serious injury: life-ending, life-threatening or life-altering (permanent loss of use of an
 *       organ, a body function or a body part); direct control: one that targets the energy, works
 *       when installed, verified and used properly, and works even with an unintentional human
 *       error (https://blog.intelex.com/2026/02/03/safety-classification-and-learning-model/,
 *       https://www.csra.colorado.edu/highenergycontrols).
 *   <li>The classes: https://www.eei.org/issues-and-policy/power-to-prevent-sif and
 *       https://safetyfunction.com/scl-model (the model defines seven incident and observation
 *       types from high-energy assessment and direct controls).
 * </ul>
 *
 * <p>setsafe's own readings, not the model's: live ammunition found on set is energy out of its
 * control with the people handling it in contact (a high-energy incident, so PSIF when no one is
 * hurt); a vehicle, an aircraft, a train or a large animal in motion is high energy (a 1,000 kg car
 * at 3 mph carries more than 500 ft-lbf); a ladder's n-th step is at most n x 14 in up (29 CFR
 * 1926.1053); and each hazard category's presumption when the words settle nothing ({@code
 * categories} in the rules file). Words are read behind {@link
 * org.setsafe.analysis.DescriptionReader}, by {@code org.setsafe.text}.
 */
package org.setsafe.analysis;
