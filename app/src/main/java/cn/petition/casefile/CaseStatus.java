package cn.petition.casefile;

import java.util.Arrays;
import java.util.List;

/**
 * Where a case stands. The Chinese label is what users read. Written by {@link CaseLifecycle} only; an open
 * case ({@link #isOpen()}) is still being worked on, in every query that asks (SQL IN lists take {@link #open()}).
 */
public enum CaseStatus {
  REGISTERED("已登记，待受理审查"),
  HANDLING("办理中"),
  PRE_REVIEW("答复预审中"),
  REPLIED("已答复，待回访"),
  CLOSED("已办结"),
  DECLINED("不予受理"),
  MERGED("重复信访，并入原件办理");

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Still being worked on: not closed, not declined and not merged into an original. */
  public boolean isOpen() {
    return this != CLOSED && this != DECLINED && this != MERGED;
  }

  /** The open statuses, for SQL IN lists. */
  public static List<CaseStatus> open() {
    return Arrays.stream(values()).filter(CaseStatus::isOpen).toList();
  }
}
