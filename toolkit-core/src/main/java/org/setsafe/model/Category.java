package org.setsafe.model;

/** What kind of hazard an incident involved. */
public enum Category implements Coded {
  FIREARM("Firearm"),
  PYROTECHNICS("Pyrotechnics / special effects"),
  STUNT("Stunt"),
  FALL_FROM_HEIGHT("Fall from height"),
  VEHICLE("Vehicle"),
  AVIATION("Aviation"),
  RAILROAD("Railroad"),
  WATER_DIVING("Water / diving"),
  RIGGING_EQUIPMENT("Rigging and equipment"),
  ELECTRICAL("Electrical"),
  HEAT("Heat"),
  ANIMAL("Animal"),
  OTHER("Other");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
