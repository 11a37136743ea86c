package org.setsafe.protocol;

import org.setsafe.model.Coded;

/**
 * What kind of control a check is, on the hierarchy of controls (NIOSH,
 * https://www.cdc.gov/niosh/hierarchy-of-controls/): from removing the hazard to protecting the
 * person exposed to it. Only a physical control can be a direct control in the sense of high-energy
 * control assessment; rules, procedures, training, meetings, warnings and supervision ({@link
 * #ADMINISTRATIVE}) never are, as they fail with the human error a direct control must survive.
 */
public enum ControlType implements Coded {
  ELIMINATION("Elimination (the hazard is not there)"),
  SUBSTITUTION("Substitution (something that cannot release the energy)"),
  ENGINEERING("Engineering (a barrier, guard, interlock, lock or isolation)"),
  ADMINISTRATIVE("Administrative (a rule, procedure, inspection, training or supervision)"),
  PPE("Personal protective equipment");

  private final String label;

  ControlType(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Whether a control of this kind can be a direct control (any but administrative). */
  public boolean physical() {
    return this != ADMINISTRATIVE;
  }
}
