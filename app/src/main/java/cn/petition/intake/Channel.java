package cn.petition.intake;

/** How a petition arrived (2022 条例 art. 17). */
public enum Channel {
  LETTER("来信"), VISIT("来访"), ONLINE("网上信访"), PHONE("电话");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
