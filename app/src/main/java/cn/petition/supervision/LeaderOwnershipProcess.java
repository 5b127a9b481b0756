package cn.petition.supervision;

/** Names shared by processes/leader-ownership.bpmn (领导包案) and the Java around it. */
public final class LeaderOwnershipProcess {

  /** Process definition key; the business key is the case number. */
  public static final String KEY = "leaderOwnership";
  public static final String TASK_OWN_CASE = "OwnBacklogCase";

  /** Variables. */
  public static final String LEADER_GROUP = "leaderGroup";
  public static final String LEADER_DEPT = "leaderDept";
  public static final String REASON = "backlogReason";
  public static final String CASE_NO = "caseNo";
  public static final String CASE_TITLE = "caseTitle";
  /** How many 定期调度 rounds have run. */
  public static final String DISPATCH_ROUND = "dispatchRound";
  /** Set by each 定期调度: false ends the ownership (the case was closed). */
  public static final String CASE_OPEN = "caseOpen";
  /** Variables of the 包案督办 task: 化解方案, 工作专班, 已化解. */
  public static final String PLAN = "plan";
  public static final String TEAM_MEMBERS = "teamMembers";
  public static final String RESOLVED = "resolved";

  private LeaderOwnershipProcess() {}
}
