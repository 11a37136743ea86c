package org.setsafe.model;

/** A person's or organisation's role on a production. */
public enum Role implements Coded {
  ARMORER("Armorer"),
  PROP_MASTER("Prop master"),
  FIRST_AD("First assistant director"),
  SECOND_AD("Second assistant director"),
  PRODUCER("Producer"),
  EXECUTIVE_PRODUCER("Executive producer"),
  UPM("Unit production manager"),
  DIRECTOR("Director"),
  ACTOR("Actor"),
  STUNT_COORDINATOR("Stunt coordinator"),
  STUNT_PERFORMER("Stunt performer"),
  SFX_PYRO("Special effects / pyrotechnics"),
  CINEMATOGRAPHER("Cinematographer"),
  CAMERA_CREW("Camera crew"),
  ELECTRICIAN("Electrician"),
  GRIP("Grip"),
  RIGGER("Rigger"),
  DRIVER("Driver"),
  ANIMAL_TRAINER("Animal trainer"),
  PILOT("Pilot"),
  SAFETY_REP("Safety representative"),
  PRODUCTION_COMPANY("Production company"),
  SUPPLIER("Supplier"),
  CREW("Crew"),
  OTHER("Other");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
