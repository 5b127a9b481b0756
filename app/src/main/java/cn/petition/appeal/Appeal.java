package cn.petition.appeal;

import java.time.Instant;

/** One row of case_appeal: a 复查 or 复核 request and its decision. */
public record Appeal(Long id, String caseNo, AppealKind kind, Instant receivedAt, Instant registeredAt,
    String registeredBy, String decidingDept, String processInstanceId, AppealStatus status, String opinion,
    Instant decidedAt) {}
