package cn.petition.screening;

/** Names shared by the screening processes (processes/dispute-*.bpmn) and the Java around them. */
public final class ScreeningProcess {

  /** Tasklist start form process 上报矛盾纠纷. */
  public static final String REPORT_KEY = "disputeReport";
  /** Weekly street review (街道研判), timer-started. */
  public static final String STREET_KEY = "streetDisputeReview";
  /** Monthly district dispatch (区级调度), timer-started. */
  public static final String DISTRICT_KEY = "districtDisputeReview";

  public static final String TASK_STREET = "StreetReview";
  public static final String TASK_DISTRICT = "DistrictDispatch";
  public static final String TIMER_STREET = "WeeklyReviewDue";
  public static final String TIMER_DISTRICT = "MonthlyDispatchDue";

  /** Variables. */
  public static final String DISPUTE_ID = "disputeId";
  public static final String STREET = "street";
  public static final String SUMMARY = "disputeSummary";
  /** Lines "编号 化解情况": the disputes resolved locally. */
  public static final String RESOLUTIONS = "resolutions";
  /** Numbers: the disputes the street hands to the district (提请区级调度). */
  public static final String ESCALATIONS = "escalations";
  /** Numbers: the disputes the district turns into petition cases. */
  public static final String PETITIONS = "petitions";
  public static final String REVIEW_NOTE = "reviewNote";

  /** Business key prefix of a dispute's processes (report, warning response): MD-12. */
  public static String businessKey(long disputeId) {
    return "MD-" + disputeId;
  }

  private ScreeningProcess() {}
}
