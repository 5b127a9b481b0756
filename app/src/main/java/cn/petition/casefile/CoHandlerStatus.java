package cn.petition.casefile;

/** Where a co-handler's part (case_co_handler.status) stands. */
public enum CoHandlerStatus {
  /** Enlisted; its 协办 opinion is awaited. */
  RUNNING,
  /** Gave its opinion. */
  DONE
}
