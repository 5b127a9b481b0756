package cn.petition.routing;

import cn.petition.rules.DecisionFacts;
import cn.petition.rules.ReferenceCode;
import cn.petition.rules.ReferenceList;

/** Facts of the line decision (rules/routing/line.drl.xlsx): the category's domain. */
public final class LineFacts extends DecisionFacts<Line> {

  private final String categoryDomain;

  public LineFacts(String categoryDomain) {
    this.categoryDomain = categoryDomain;
  }

  @ReferenceCode(ReferenceList.DOMAIN)
  public String getCategoryDomain() {
    return categoryDomain;
  }

  @Override
  public String toString() {
    return "领域=" + categoryDomain;
  }
}
