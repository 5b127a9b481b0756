package cn.petition.screening;

import cn.petition.warning.WarningStatus;
import java.time.OffsetDateTime;
import java.util.List;

/** A dispute as GET /api/disputes/{id} shows it, with its colour and history. */
public record DisputeView(long id, String title, DisputeStatus status, String statusLabel, String warningLevel,
    Coded region, String place, String domain, String category, int peopleInvolved, String parties,
    String description, boolean skipLevel, boolean extremeBehaviour, Coded ownerDept, OffsetDateTime reportedAt,
    String reportedBy, String resolution, OffsetDateTime resolvedAt, String caseNo, WarningView warning,
    List<EventView> history) {

  public record Coded(String code, String name) {}

  public record WarningView(String level, String rule, String reason, String matchedPhrases, WarningStatus status,
      OffsetDateTime dueAt) {}

  public record EventView(OffsetDateTime at, DisputeEventKind kind, String actor, String detail) {}
}
