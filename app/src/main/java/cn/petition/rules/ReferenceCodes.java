package cn.petition.rules;

import java.util.Set;

/** The reference codes that exist now, for checking decision-table cells before they compile. */
@FunctionalInterface
public interface ReferenceCodes {

  /** Nothing known: reference cells are not checked (unit tests of the tables without a database). */
  ReferenceCodes UNKNOWN = list -> Set.of();

  /** The codes of a list; empty when none are loaded, and then cells of that list are not checked. */
  Set<String> of(ReferenceList list);
}
