package cn.petition.routing;

/** The handling procedure of a petition: general (普通程序) or simple (简易办理). */
public enum Procedure {
  GENERAL("普通程序"),
  SIMPLE("简易程序");

  private final String label;

  Procedure(String label) {
    this.label = label;
  }

  /** The name shown to users. */
  public String label() {
    return label;
  }
}
