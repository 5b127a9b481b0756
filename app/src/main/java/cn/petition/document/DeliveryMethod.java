package cn.petition.document;

/** How a notice reached the petitioner (送达方式). */
public enum DeliveryMethod {
  DIRECT("直接送达"), MAIL("邮寄送达"), ELECTRONIC("电子送达");

  private final String label;

  DeliveryMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
