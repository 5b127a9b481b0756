package cn.petition.supervision;

import java.time.OffsetDateTime;

/**
 * A notice or letter as the API shows it (GET /api/cases/{caseNo}/letters, and in the case detail).
 * responsibleDept is the department whose lateness it is about (责任单位).
 */
public record LetterView(String letterNo, String caseNo, String kind, String kindLabel, String stage,
    String stageLabel, String step, String rule, String issuerDept, String issuerName, String responsibleDept,
    String responsibleName, String recipientDept,
    String recipientName, String recipientGroup, String copyTo, String reason, int daysLate,
    OffsetDateTime stepDueAt, OffsetDateTime issuedAt, OffsetDateTime responseDueAt, String status,
    OffsetDateTime answeredAt, String answeredBy, String answer, String documentUrl) {}
