package cn.petition.warning;

/** 三色预警: the colour of a case or dispute, weakest first. */
public enum WarningLevel {
  NONE("无预警"),
  YELLOW("黄色预警"),
  ORANGE("橙色预警"),
  RED("红色预警");

  private final String label;

  WarningLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The stronger of two levels. */
  public WarningLevel max(WarningLevel other) {
    return other != null && other.ordinal() > ordinal() ? other : this;
  }

  public boolean isAbove(WarningLevel other) {
    return ordinal() > other.ordinal();
  }
}
