package cn.petition.deadline;

/** The day type of a time limit: how its amount is counted. */
public enum TimeUnitKind {
  /** 自然日: every calendar day counts; a last day that is a rest day rolls to the next working day. */
  CALENDAR_DAYS("自然日"),
  /** 工作日: only working days count, including make-up working days (调休上班). */
  WORKING_DAYS("工作日"),
  /** 小时: exact hours from the start instant, e.g. the 24-hour red-warning response. */
  HOURS("小时");

  private final String label;

  TimeUnitKind(String label) {
    this.label = label;
  }

  /** The Chinese name shown to users. */
  public String label() {
    return label;
  }
}
