package cn.petition.screening;

import java.util.List;

/** Where a reported dispute (矛盾纠纷) stands. REPORTED and ESCALATED are open. */
public enum DisputeStatus {
  REPORTED("已上报"),
  ESCALATED("已提请区级调度"),
  RESOLVED("已就地化解"),
  PETITIONED("已转为信访件");

  /** The statuses of a dispute that still needs work, for SQL IN lists. */
  public static final List<String> OPEN = List.of(REPORTED.name(), ESCALATED.name());

  private final String label;

  DisputeStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isOpen() {
    return this == REPORTED || this == ESCALATED;
  }
}
