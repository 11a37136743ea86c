package org.setsafe.model;

/**
 * A form of energy that can hurt someone, as energy-based safety names them (the energy wheel of
 * the Construction Safety Research Alliance, used by the Safety Classification and Learning model),
 * with ballistic and explosive energy kept apart from mechanical and chemical for firearms and
 * pyrotechnics. A protocol check declares the energy it controls.
 */
public enum Energy implements Coded {
  GRAVITY("Gravity"),
  MOTION("Motion"),
  MECHANICAL("Mechanical"),
  ELECTRICAL("Electrical"),
  PRESSURE("Pressure"),
  TEMPERATURE("Temperature"),
  CHEMICAL("Chemical"),
  BIOLOGICAL("Biological"),
  RADIATION("Radiation"),
  SOUND("Sound"),
  BALLISTIC("Ballistic (firearms)"),
  EXPLOSIVE("Explosive (pyrotechnics)");

  private final String label;

  Energy(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
