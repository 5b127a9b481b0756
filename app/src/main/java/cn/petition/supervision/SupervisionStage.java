package cn.petition.supervision;

/** The rungs of the supervision ladder (督办阶梯) on one time limit. */
public enum SupervisionStage {
  APPROACHING("临期"),
  DUE("到期"),
  OVERDUE("逾期"),
  /** A letter was not answered by its response due date. */
  UNANSWERED("函件逾期未复"),
  /** The case's warning was raised to orange or red: high risk, whatever the time. */
  HIGH_RISK("高风险");

  private final String label;

  SupervisionStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
