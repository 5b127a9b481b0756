package cn.petition.routing;

import cn.petition.rules.DecisionFacts;
import cn.petition.rules.ReferenceCode;
import cn.petition.rules.ReferenceList;

/** Facts of the routing decision (rules/routing/routing.drl.xlsx). */
public final class RoutingFacts extends DecisionFacts<RoutingResult> {

  private final String categoryCode;
  private final Line line;
  private final String occurrenceRegion;

  /**
   * @param categoryCode the petition category, e.g. EDUCATION
   * @param line the line decided by {@link LineDecision}
   * @param occurrenceRegion the region code of the place of occurrence (事发地), e.g. 330100-01
   */
  public RoutingFacts(String categoryCode, Line line, String occurrenceRegion) {
    this.categoryCode = categoryCode;
    this.line = line;
    this.occurrenceRegion = occurrenceRegion;
  }

  @ReferenceCode(ReferenceList.CATEGORY)
  public String getCategoryCode() {
    return categoryCode;
  }

  public Line getLine() {
    return line;
  }

  @ReferenceCode(ReferenceList.REGION)
  public String getOccurrenceRegion() {
    return occurrenceRegion;
  }

  /** Called by a table row: routes to the department, naming the row. */
  public void route(@ReferenceCode(ReferenceList.DEPARTMENT) String departmentCode, String ruleName) {
    decide(new RoutingResult(departmentCode, ruleName));
  }

  @Override
  public String toString() {
    return "类别=" + categoryCode + ", 办理线=" + line + ", 事发地=" + occurrenceRegion;
  }
}
