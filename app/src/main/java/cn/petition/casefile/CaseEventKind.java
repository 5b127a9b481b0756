package cn.petition.casefile;

/** What an entry of a case's timeline (case_event.kind) records; stored by name. */
public enum CaseEventKind {
  // 登记 (intake)
  REGISTERED, MERGED, REPEAT_PETITION, FROM_DISPUTE,
  // 分类 (routing)
  CLASSIFIED,
  // 受理、办理、答复、办结 (handling)
  ACCEPTED, TRANSFERRED, DECLINED, CO_HANDLER_ENLISTED, CO_HANDLED, EXTENDED, EXTENSION_REFUSED, REPLIED, CLOSED,
  /** Any user task of a process on the case completed (who did what). */
  TASK_COMPLETED,
  // 三色预警 (warning)
  WARNING, WARNING_OVERDUE, WARNING_HANDLED, FACTS_RECORDED,
  /** An evaluation raised nothing, but phrases of the list stood in the text negated (‘跳楼’被‘绝不会’否定). */
  WARNING_PHRASES_NEGATED,
  // 处突 (emergency)
  EMERGENCY_STARTED, EMERGENCY_REPORT_LATE,
  // 督办与领导包案 (supervision)
  NOTICE, LETTER_ISSUED, LETTER_ANSWERED, LEADER_OWNERSHIP, LEADER_OWNERSHIP_ENDED, LEADER_REDISPATCH, LEADER_REPORT,
  LEADER_RESOLVED,
  // 复查、复核 (appeal)
  REVIEW_REQUESTED, REVIEW_DECIDED, RE_REVIEW_REQUESTED, RE_REVIEW_DECIDED,
  // 公文与送达 (document)
  NOTICE_ISSUED, NOTICE_DELIVERED
}
