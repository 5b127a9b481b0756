package cn.petition.rules;

/** The lists of reference codes a decision-table cell may be checked against, with where they live. */
public enum ReferenceList {
  CATEGORY("信访类别代码", "category 表"),
  DOMAIN("信访领域代码", "category 表的 domain 列"),
  REGION("区划代码", "region 表"),
  DEPARTMENT("部门代码", "department 表");

  private final String label;
  private final String source;

  ReferenceList(String label, String source) {
    this.label = label;
    this.source = source;
  }

  /** E.g. 部门代码. */
  public String label() {
    return label;
  }

  /** Where the codes are kept, e.g. department 表. */
  public String source() {
    return source;
  }
}
