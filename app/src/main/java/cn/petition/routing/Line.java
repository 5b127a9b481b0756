package cn.petition.routing;

/** The line a petition is handled on (两条线): the ordinary line or the 政法 line for 涉法涉诉. */
public enum Line {
  ORDINARY("普通信访线"),
  LAW_LITIGATION("政法线 (涉法涉诉)");

  private final String label;

  Line(String label) {
    this.label = label;
  }

  /** The name shown to users. */
  public String label() {
    return label;
  }
}
