/**
 * The safety protocols (checklists) and their checks, read from {@code data/protocols/*.json}.
 *
 * <p>Each protocol names the hazard categories it applies to ({@link
 * org.setsafe.protocol.Protocol#categories()}), or is general. Each check names the energy it
 * controls ({@link org.setsafe.model.Energy}, the energy wheel of the Construction Safety Research
 * Alliance with firearms and pyrotechnics as their own; {@code any} for a check that targets no one
 * energy), its kind of control on the hierarchy of controls ({@link
 * org.setsafe.protocol.ControlType}) and whether it is a <em>direct control</em> in the sense of
 * high-energy control assessment (HECA): a control that targets the high energy, is effective when
 * installed, verified and used, and survives an unintentional human error. Elimination (no live
 * ammunition on set), substitution (a non-firing replica), barriers, locks and lockout and fall
 * arrest are direct controls; training, procedures, meetings, warnings and supervision are not.
 *
 * <p>Sources: Construction Safety Research Alliance, "High Energy: Controlling the Uncontrollable"
 * (https://www.csra.colorado.edu/highenergycontrols); E. Erkal and M. Hallowell, high-energy
 * control assessments, Professional Safety (ASSP), May 2023, as summarised at
 * https://www.exponent.com/article/high-energy-control-assessments-future-safety-performance-metrics;
 * Edison Electric Institute, Safety Classification and Learning model, 2019
 * (https://www.eei.org/issues-and-policy/power-to-prevent-sif), whose fourth question asks whether
 * a direct control was present (definitions as set out at
 * https://blog.intelex.com/2026/02/03/safety-classification-and-learning-model/); M. Hallowell and
 * C. Spencer, "Safety Classification & Learning", Professional Safety, 2023.
 */
package org.setsafe.protocol;
