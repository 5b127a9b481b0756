package cn.petition.appeal;

import cn.petition.casefile.CaseEventKind;

/** 复查 (review by the next level up) and 复核 (re-review, final). */
public enum AppealKind {
  REVIEW("复查", "REVIEW_REQUEST", "REVIEW_DECIDE", CaseEventKind.REVIEW_REQUESTED, CaseEventKind.REVIEW_DECIDED),
  RE_REVIEW("复核", "RE_REVIEW_REQUEST", "RE_REVIEW_DECIDE", CaseEventKind.RE_REVIEW_REQUESTED,
      CaseEventKind.RE_REVIEW_DECIDED);

  private final String label;
  private final String requestLimit;
  private final String decideLimit;
  private final CaseEventKind requested;
  private final CaseEventKind decided;

  AppealKind(String label, String requestLimit, String decideLimit, CaseEventKind requested, CaseEventKind decided) {
    this.label = label;
    this.requestLimit = requestLimit;
    this.decideLimit = decideLimit;
    this.requested = requested;
    this.decided = decided;
  }

  /** The timeline entry of a request. */
  public CaseEventKind requested() {
    return requested;
  }

  /** The timeline entry of the decision. */
  public CaseEventKind decided() {
    return decided;
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
