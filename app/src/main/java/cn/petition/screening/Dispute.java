package cn.petition.screening;

import java.time.Instant;

/** A row of the dispute table: a dispute found by screening (矛盾纠纷排查). */
public record Dispute(Long id, Instant reportedAt, String reportedBy, String regionCode, String place,
    String categoryCode, String domain, int personCount, String parties, String description, String title,
    boolean skipLevel, boolean extremeBehaviour, String warningLevel, DisputeStatus status, String ownerDept,
    String resolution, Instant resolvedAt, String caseNo, String processInstanceId) {}
