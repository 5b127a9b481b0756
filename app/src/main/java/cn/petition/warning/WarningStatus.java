package cn.petition.warning;

import java.util.Arrays;
import java.util.List;

/** Where a warning (risk_warning.status) stands. OPEN and ESCALATED still await a response. */
public enum WarningStatus {
  /** The responsible department has to respond by the due time. */
  OPEN,
  /** The response is late; the department's leader was told. */
  ESCALATED,
  /** Responded to, or ended with its case or dispute. */
  HANDLED,
  /** A higher colour replaced it. */
  SUPERSEDED;

  /** Still awaiting a response. */
  public boolean isOpen() {
    return this == OPEN || this == ESCALATED;
  }

  /** The open statuses, for SQL IN lists. */
  public static List<WarningStatus> open() {
    return Arrays.stream(values()).filter(WarningStatus::isOpen).toList();
  }
}
