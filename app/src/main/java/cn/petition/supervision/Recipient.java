package cn.petition.supervision;

/** Who receives a notice or letter, relative to the supervised step. */
public enum Recipient {
  /** The responsible department's handlers (dept-X). */
  HANDLER,
  /** The responsible department's head (leader-X). */
  HANDLING_LEADER,
  /** The case's owning leader (包案领导) if any, else the first-contact department's head (首接负责). */
  RESPONSIBLE_LEADER,
  /** The discipline body (纪委监委), petition.supervision.discipline-dept. */
  DISCIPLINE
}
