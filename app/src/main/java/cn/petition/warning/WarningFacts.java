package cn.petition.warning;

import cn.petition.rules.DecisionFacts;
import cn.petition.rules.ReferenceCode;
import cn.petition.rules.ReferenceList;

/** Facts of the three-colour warning (rules/warning/warning.drl.xlsx); the decision names its row. */
public final class WarningFacts extends DecisionFacts<WarningResult> {

  private final int personCount;
  private final boolean skipLevel;
  private final int repeatCount;
  private final boolean extremeBehaviour;
  private final String domain;
  private final WarningLevel textSignal;

  /**
   * @param personCount people involved; 5 or more is a collective visit (集体访)
   * @param skipLevel a skip-level petition (越级访)
   * @param repeatCount earlier petitions of the same people on the same matter (0: first-time)
   * @param extremeBehaviour self-harm, blocking gates or roads (极端行为)
   * @param domain LIVELIHOOD, URBAN_RENEWAL, LAW_LITIGATION, ENTERPRISE_RESTRUCTURING or OTHER
   * @param textSignal the strongest level of the alarming phrases found in the text
   */
  public WarningFacts(int personCount, boolean skipLevel, int repeatCount, boolean extremeBehaviour,
      String domain, WarningLevel textSignal) {
    this.personCount = personCount;
    this.skipLevel = skipLevel;
    this.repeatCount = repeatCount;
    this.extremeBehaviour = extremeBehaviour;
    this.domain = domain == null ? "OTHER" : domain;
    this.textSignal = textSignal == null ? WarningLevel.NONE : textSignal;
  }

  public int getPersonCount() {
    return personCount;
  }

  public boolean isSkipLevel() {
    return skipLevel;
  }

  public int getRepeatCount() {
    return repeatCount;
  }

  public boolean isExtremeBehaviour() {
    return extremeBehaviour;
  }

  @ReferenceCode(ReferenceList.DOMAIN)
  public String getDomain() {
    return domain;
  }

  public WarningLevel getTextSignal() {
    return textSignal;
  }

  /** Called by a table row: the colour, naming the row. */
  public void warn(WarningLevel level, String ruleName) {
    decide(new WarningResult(level, ruleName));
  }

  @Override
  public String toString() {
    return "涉及人数=" + personCount + ", 越级访=" + skipLevel + ", 重复次数=" + repeatCount + ", 极端行为="
        + extremeBehaviour + ", 领域=" + domain + ", 文本信号=" + textSignal;
  }
}
