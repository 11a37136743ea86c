package org.setsafe.schema;

import java.util.List;
import org.setsafe.model.Harm;
import org.setsafe.model.Involvement;
import org.setsafe.model.Role;

/** The fields of a person involved ({@code people.csv}), in column order: see {@link Field}. */
public final class PersonFields {
  private PersonFields() {}

  public static final Field<Involvement, String> INCIDENT_ID =
      Field.text("incident_id", Involvement::incidentId).required();
  public static final Field<Involvement, String> NAME =
      Field.text("name", Involvement::name).required();
  public static final Field<Involvement, Role> ROLE =
      Field.code("role", Role.class, "role", Involvement::role).required();
  public static final Field<Involvement, Harm> HARM =
      Field.code("harm", Harm.class, "harm", Involvement::harm);
  public static final Field<Involvement, String> NOTE = Field.text("note", Involvement::note);

  /** Every field, in column order. */
  public static final List<Field<Involvement, ?>> ALL =
      List.of(INCIDENT_ID, NAME, ROLE, HARM, NOTE);
}
