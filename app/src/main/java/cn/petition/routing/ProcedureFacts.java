package cn.petition.routing;

import cn.petition.rules.DecisionFacts;
import cn.petition.rules.ReferenceCode;
import cn.petition.rules.ReferenceList;

/** Facts of the procedure decision (rules/routing/procedure.drl.xlsx). */
public final class ProcedureFacts extends DecisionFacts<Procedure> {

  private final String categoryDomain;
  private final int personCount;
  private final int petitionerCount;
  private final boolean repeat;
  private final boolean skipLevel;
  private final boolean extremeBehaviour;

  /**
   * @param categoryDomain the category's domain: LIVELIHOOD, URBAN_RENEWAL, LAW_LITIGATION,
   *     ENTERPRISE_RESTRUCTURING or OTHER
   */
  public ProcedureFacts(String categoryDomain, int personCount, int petitionerCount,
      boolean repeat, boolean skipLevel, boolean extremeBehaviour) {
    this.categoryDomain = categoryDomain;
    this.personCount = personCount;
    this.petitionerCount = petitionerCount;
    this.repeat = repeat;
    this.skipLevel = skipLevel;
    this.extremeBehaviour = extremeBehaviour;
  }

  @ReferenceCode(ReferenceList.DOMAIN)
  public String getCategoryDomain() {
    return categoryDomain;
  }

  /** Number of people involved (涉及人数). */
  public int getPersonCount() {
    return personCount;
  }

  /** Number of petitioners (信访人数). */
  public int getPetitionerCount() {
    return petitionerCount;
  }

  /** A repeat petition (重复信访), as opposed to a first-time one (初信初访). */
  public boolean isRepeat() {
    return repeat;
  }

  /** A skip-level petition (越级访). */
  public boolean isSkipLevel() {
    return skipLevel;
  }

  /** Extreme behaviour (极端行为): self-harm, blocking gates or roads. */
  public boolean isExtremeBehaviour() {
    return extremeBehaviour;
  }

  @Override
  public String toString() {
    return "领域=" + categoryDomain + ", 涉及人数=" + personCount + ", 信访人数=" + petitionerCount
        + ", 重复信访=" + repeat + ", 越级访=" + skipLevel + ", 极端行为=" + extremeBehaviour;
  }
}
