package cn.petition.supervision;

/** Names shared by processes/backlog-scan.bpmn (每日积案排查) and the Java around it. */
public final class BacklogScanProcess {

  /** Process definition key; timer-started. */
  public static final String KEY = "backlogScan";

  private BacklogScanProcess() {}
}
