package cn.petition.warning;

import java.time.Instant;

/** A row of risk_warning: one colour a case or dispute reached, why, and its response. */
public record Warning(Long id, String subjectKind, String subjectId, String level, String previousLevel,
    String ruleName, String reason, String matchedPhrases, boolean onlineRisk, String triggerKind,
    String ownerDept, Instant assessedAt, Instant dueAt, WarningStatus status, Instant handledAt, String handledBy,
    String responseNote, String processInstanceId) {

  public static final String CASE = "CASE";
  public static final String DISPUTE = "DISPUTE";
}
