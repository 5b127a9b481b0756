package cn.petition.supervision;

/** State of a notice or letter. */
public enum LetterStatus {
  /** A notice: recorded, no answer expected. */
  SENT,
  /** A letter waiting for the recipient's answer (函件回复). */
  AWAITING_ANSWER,
  ANSWERED
}
