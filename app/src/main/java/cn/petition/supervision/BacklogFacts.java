package cn.petition.supervision;

import cn.petition.rules.DecisionFacts;
import cn.petition.rules.EnumCode;
import cn.petition.warning.WarningLevel;

/** Facts of the backlog decision (rules/supervision/backlog.drl.xlsx). */
public final class BacklogFacts extends DecisionFacts<Backlog> {

  private final int repeatPetitions;
  private final int daysOpen;
  private final int lettersIssued;
  private final int accountabilityLetters;
  private final String warningLevel;

  /**
   * @param repeatPetitions repeat petitions merged into the case (cases with repeat_of = the case)
   * @param daysOpen whole calendar days since the petition was received
   * @param lettersIssued letters (督办函, 风险提醒函, 问责建议函; not notices) issued on the case, all steps
   * @param accountabilityLetters 问责建议函 issued on the case
   * @param warningLevel NONE, YELLOW, ORANGE or RED
   */
  public BacklogFacts(int repeatPetitions, int daysOpen, int lettersIssued, int accountabilityLetters,
      String warningLevel) {
    this.repeatPetitions = repeatPetitions;
    this.daysOpen = daysOpen;
    this.lettersIssued = lettersIssued;
    this.accountabilityLetters = accountabilityLetters;
    this.warningLevel = warningLevel == null ? "NONE" : warningLevel;
  }

  public int getRepeatPetitions() {
    return repeatPetitions;
  }

  public int getDaysOpen() {
    return daysOpen;
  }

  public int getLettersIssued() {
    return lettersIssued;
  }

  public int getAccountabilityLetters() {
    return accountabilityLetters;
  }

  @EnumCode(WarningLevel.class)
  public String getWarningLevel() {
    return warningLevel;
  }

  @Override
  public String toString() {
    return "重复信访=" + repeatPetitions + ", 已办理天数=" + daysOpen + ", 已发函=" + lettersIssued
        + ", 问责建议函=" + accountabilityLetters + ", 预警=" + warningLevel;
  }
}
