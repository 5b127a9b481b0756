package cn.petition.screening;

import java.util.Arrays;
import java.util.List;

/** Where a reported dispute (矛盾纠纷) stands. REPORTED and ESCALATED are open. */
public enum DisputeStatus {
  REPORTED("已上报"),
  ESCALATED("已提请区级调度"),
  RESOLVED("已就地化解"),
  PETITIONED("已转为信访件");

  private final String label;

  DisputeStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Still needs work. */
  public boolean isOpen() {
    return this == REPORTED || this == ESCALATED;
  }

  /** The open statuses, for SQL IN lists. */
  public static List<DisputeStatus> open() {
    return Arrays.stream(values()).filter(DisputeStatus::isOpen).toList();
  }
}
