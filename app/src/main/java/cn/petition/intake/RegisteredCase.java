package cn.petition.intake;

import cn.petition.casefile.CaseStatus;
import java.time.OffsetDateTime;

/** The answer to POST /api/cases (shared/contract.md). */
public record RegisteredCase(String caseNo, String processInstanceId, String procedure, String line,
    String warningLevel, String handlingDept, OffsetDateTime acceptDueAt, CaseStatus status, String repeatOf) {}
