package cn.petition.handling;

/** 办理结果. */
public enum Outcome {
  SUPPORT("支持"), EXPLAIN("解释说明"), REJECT("不支持");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
