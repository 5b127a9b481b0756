package cn.petition.deadline;

/** State of a stored deadline (column case_deadline.status). */
public enum DeadlineStatus {
  /** 进行中: the limit is running. */
  RUNNING,
  /** 按期完成: finished at or before the due instant. */
  MET,
  /** 逾期完成: finished after the due instant. */
  LATE,
  /** 已取消: no longer applies, e.g. the case was declined or transferred. */
  CANCELLED
}
