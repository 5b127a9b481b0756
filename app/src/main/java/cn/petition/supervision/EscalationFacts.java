package cn.petition.supervision;

import cn.petition.routing.Line;
import cn.petition.routing.Procedure;
import cn.petition.rules.DecisionFacts;
import cn.petition.rules.EnumCode;
import cn.petition.warning.WarningLevel;

/** Facts of the escalation decision (rules/supervision/escalation.drl.xlsx). */
public final class EscalationFacts extends DecisionFacts<Escalation> {

  private final String stage;
  private final int daysLate;
  private final String warningLevel;
  private final int lettersIssued;
  private final String procedure;
  private final String line;

  /**
   * @param stage APPROACHING, DUE, OVERDUE or UNANSWERED
   * @param daysLate whole days past the due instant, 0 if not late
   * @param warningLevel NONE, YELLOW, ORANGE or RED
   * @param lettersIssued letters (not notices) already issued on this case's step
   * @param procedure GENERAL or SIMPLE
   * @param line ORDINARY or LAW_LITIGATION
   */
  public EscalationFacts(SupervisionStage stage, int daysLate, String warningLevel, int lettersIssued,
      String procedure, String line) {
    this.stage = stage.name();
    this.daysLate = daysLate;
    this.warningLevel = warningLevel == null ? "NONE" : warningLevel;
    this.lettersIssued = lettersIssued;
    this.procedure = procedure;
    this.line = line;
  }

  @EnumCode(SupervisionStage.class)
  public String getStage() {
    return stage;
  }

  public int getDaysLate() {
    return daysLate;
  }

  @EnumCode(WarningLevel.class)
  public String getWarningLevel() {
    return warningLevel;
  }

  public int getLettersIssued() {
    return lettersIssued;
  }

  @EnumCode(Procedure.class)
  public String getProcedure() {
    return procedure;
  }

  @EnumCode(Line.class)
  public String getLine() {
    return line;
  }

  @Override
  public String toString() {
    return "节点=" + stage + ", 逾期天数=" + daysLate + ", 预警=" + warningLevel + ", 已发函=" + lettersIssued
        + ", 程序=" + procedure + ", 办理线=" + line;
  }
}
