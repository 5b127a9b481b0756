package cn.petition.screening;

import java.time.OffsetDateTime;
import java.util.List;

/** A dispute as GET /api/disputes/{id} shows it, with its colour and history. */
public record DisputeView(long id, String title, String status, String statusLabel, String warningLevel,
    Coded region, String place, String domain, String category, int peopleInvolved, String parties,
    String description, boolean skipLevel, boolean extremeBehaviour, Coded ownerDept, OffsetDateTime reportedAt,
    String reportedBy, String resolution, OffsetDateTime resolvedAt, String caseNo, WarningView warning,
    List<EventView> history) {

  public record Coded(String code, String name) {}

  public record WarningView(String level, String rule, String reason, String matchedPhrases, String status,
      OffsetDateTime dueAt) {}

  public record EventView(OffsetDateTime at, String kind, String actor, String detail) {}
}
