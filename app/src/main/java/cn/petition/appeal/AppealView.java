package cn.petition.appeal;

import java.time.OffsetDateTime;

/** An appeal as the API answers it. */
public record AppealView(String caseNo, String kind, String kindLabel, OffsetDateTime receivedAt,
    String decidingDept, OffsetDateTime decideDueAt, String processInstanceId, AppealStatus status) {}
