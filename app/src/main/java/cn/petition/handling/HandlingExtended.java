package cn.petition.handling;

import java.time.Instant;

/** Published when the handling limit is extended (延期审批 approved); the petitioner is told why. */
public record HandlingExtended(String caseNo, String handlingDept, int days, String reason, Instant previousDueAt,
    Instant newDueAt) {}
