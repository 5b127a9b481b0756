package cn.petition.caseview;

import cn.petition.casefile.CaseStatus;
import java.time.OffsetDateTime;

/** One line of GET /api/cases. */
public record CaseSummary(String caseNo, String title, OffsetDateTime receivedAt, String ownerDept,
    String handlingDept, String procedure, String line, String warningLevel, CaseStatus status, String statusLabel,
    String currentStage, String repeatOf) {}
