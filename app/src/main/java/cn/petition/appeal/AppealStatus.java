package cn.petition.appeal;

/** Where a 复查 or 复核 request (case_appeal.status) stands. */
public enum AppealStatus {
  /** Awaiting the deciding organ's opinion. */
  PENDING,
  /** The opinion is given. */
  DECIDED
}
