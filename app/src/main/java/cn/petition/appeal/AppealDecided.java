package cn.petition.appeal;

import java.time.Instant;

/** Published when the superior organ decides a 复查 or 复核 request; the petitioner gets the opinion in writing. */
public record AppealDecided(String caseNo, AppealKind kind, String decidingDept, Instant requestReceivedAt,
    String opinion) {}
