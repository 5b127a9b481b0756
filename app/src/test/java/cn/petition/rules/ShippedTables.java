package cn.petition.rules;

import java.util.List;

/** The decision tables shipped under rules/, loaded without Spring as the application does. */
public final class ShippedTables {

  public static final String LOCATION = "classpath*:rules/**/*.drl.xlsx";
  public static final List<String> RULE_SETS =
      List.of("petition.routing.procedure", "petition.routing.line", "petition.routing.routing",
          "petition.warning.warning", "petition.supervision.escalation",
          "petition.supervision.backlog");

  private ShippedTables() {}

  public static DecisionTables load() {
    return new DecisionTables(LOCATION, RULE_SETS);
  }
}
