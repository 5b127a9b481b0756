package cn.petition.appeal;

import cn.petition.supervision.Supervision;

/** Names shared by processes/petition-appeal.bpmn (复查复核) and the Java around it. */
public final class AppealProcess {

  /** Process definition key; the business key is the case number. */
  public static final String KEY = "petitionAppeal";
  public static final String TASK_DECIDE = "DecideAppeal";

  /** Variables. */
  public static final String KIND = "appealKind";
  public static final String KIND_LABEL = "appealKindLabel";
  /** The limit the decision is due by, REVIEW_DECIDE or RE_REVIEW_DECIDE (also the supervised limit). */
  public static final String DECISION_LIMIT = "decisionLimit";
  /** The organ that decides; its handlers get the decision task, and the ladder supervises it. */
  public static final String DECIDING_DEPT = Supervision.DECIDING_DEPT;
  public static final String CASE_NO = "caseNo";
  public static final String TITLE = "title";
  /** Variable of the decision task: the 复查 or 复核 opinion. */
  public static final String OPINION = "appealOpinion";

  private AppealProcess() {}
}
