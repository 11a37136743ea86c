package org.setsafe.compare;

import java.util.List;
import java.util.Objects;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Involvement;
import org.setsafe.model.Role;

/**
 * One incident as the comparison sees it.
 *
 * @param rolesInvolved see {@link Involved#roles}, in the order of {@link Role}
 * @param casualties the people killed or injured, as listed
 * @param consequences what followed, in a phrase (see {@link Aftermath#describe})
 */
public record Side(
    IncidentRecord record,
    List<Role> rolesInvolved,
    List<Involvement> casualties,
    String consequences) {
  public Side {
    Objects.requireNonNull(record, "record");
    rolesInvolved = List.copyOf(rolesInvolved);
    casualties = List.copyOf(casualties);
    Objects.requireNonNull(consequences, "consequences");
  }

  public String id() {
    return record.id();
  }
}
