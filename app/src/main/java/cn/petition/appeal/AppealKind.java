package cn.petition.appeal;

/** 复查 (review by the next level up) and 复核 (re-review, final). */
public enum AppealKind {
  REVIEW("复查", "REVIEW_REQUEST", "REVIEW_DECIDE"),
  RE_REVIEW("复核", "RE_REVIEW_REQUEST", "RE_REVIEW_DECIDE");

  private final String label;
  private final String requestLimit;
  private final String decideLimit;

  AppealKind(String label, String requestLimit, String decideLimit) {
    this.label = label;
    this.requestLimit = requestLimit;
    this.decideLimit = decideLimit;
  }

  public String label() {
    return label;
  }

  /** The petitioner's window to request it (petition.deadlines.limits). */
  public String requestLimit() {
    return requestLimit;
  }

  /** The deciding organ's limit (petition.deadlines.limits), also the supervised step. */
  public String decideLimit() {
    return decideLimit;
  }
}
