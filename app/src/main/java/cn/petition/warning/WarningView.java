package cn.petition.warning;

import java.time.OffsetDateTime;

/** A warning of a case as the API shows it (GET /api/cases/{caseNo}, POST /api/cases/{caseNo}/facts). */
public record WarningView(String level, String previousLevel, String rule, String reason, String matchedPhrases,
    boolean onlineRisk, String trigger, String ownerDept, OffsetDateTime assessedAt, OffsetDateTime dueAt,
    WarningStatus status, OffsetDateTime handledAt, String responseNote) {}
