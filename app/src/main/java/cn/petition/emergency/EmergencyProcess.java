package cn.petition.emergency;

/** Names shared by processes/emergency-response.bpmn and the Java around it. */
public final class EmergencyProcess {

  public static final String KEY = "emergencyResponse";
  public static final String STARTED_AT = "emergencyStartedAt";
  public static final String ONLINE_RISK = "onlineRisk";
  public static final String HANDLING_DEPT = "handlingDept";
  public static final String SCENE = "emergencyScene";

  public static final String TASK_PHONE_REPORT = "PhoneReport";
  public static final String TASK_WRITTEN_REPORT = "WrittenReport";
  public static final String TASK_ON_SITE = "OnSiteControl";
  public static final String TASK_DE_ESCALATE = "DeEscalation";
  public static final String TASK_ANSWER = "AnswerDemands";
  public static final String TASK_FOLLOW_UP = "EmergencyFollowUp";
  public static final String TASK_ONLINE = "OnlineGuidance";
  public static final String TASK_PHONE_LATE = "LeaderPhoneReportLate";
  public static final String TASK_WRITTEN_LATE = "LeaderWrittenReportLate";

  /** Report kinds of {@code emergency.reportDue(execution, kind)}. */
  public static final String PHONE = "PHONE";
  public static final String WRITTEN = "WRITTEN";

  private EmergencyProcess() {}
}
