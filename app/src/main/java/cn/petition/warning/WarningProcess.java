package cn.petition.warning;

/** Names shared by processes/warning-response.bpmn and the Java around it. */
public final class WarningProcess {

  /** Process definition key of the colour response (预警响应). */
  public static final String KEY = "warningResponse";
  public static final String WARNING_ID = "warningId";
  public static final String WARNING_DEPT = "warningDept";
  public static final String TASK_RESPOND = "RespondToWarning";
  public static final String TASK_LEADER = "LeaderUrgesResponse";
  public static final String TIMER_DUE = "ResponseDue";
  /** Variable of the response task: what was done (处置情况). */
  public static final String RESPONSE_NOTE = "responseNote";

  /** Deadline limit code of a colour: WARNING_YELLOW, WARNING_ORANGE, WARNING_RED (petition.deadlines.limits). */
  public static String limitOf(WarningLevel level) {
    return "WARNING_" + level.name();
  }

  private WarningProcess() {}
}
