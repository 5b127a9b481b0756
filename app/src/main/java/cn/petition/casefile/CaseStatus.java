package cn.petition.casefile;

/** Where a case stands. The Chinese label is what users read. */
public enum CaseStatus {
  REGISTERED("已登记，待受理审查"),
  HANDLING("办理中"),
  PRE_REVIEW("答复预审中"),
  REPLIED("已答复，待回访"),
  CLOSED("已办结"),
  DECLINED("不予受理"),
  MERGED("重复信访，并入原件办理");

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isOpen() {
    return this != CLOSED && this != DECLINED && this != MERGED;
  }
}
