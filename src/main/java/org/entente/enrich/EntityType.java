package org.entente.enrich;

import java.util.Locale;

/** What an entity is; each type is a facet dimension and a query field. */
public enum EntityType {
  PERSON, STATE, ORGANISATION, PLACE, EVENT;

  public String field() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static EntityType fromField(String field) {
    return valueOf(field.toUpperCase(Locale.ROOT));
  }
}
