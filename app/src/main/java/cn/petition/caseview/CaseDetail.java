package cn.petition.caseview;

import cn.petition.casefile.CaseEventKind;
import cn.petition.casefile.CaseStatus;
import cn.petition.casefile.CoHandlerStatus;
import cn.petition.supervision.LetterView;
import cn.petition.warning.WarningView;
import java.time.OffsetDateTime;
import java.util.List;

/** GET /api/cases/{caseNo}: the case, its stage, owners (and 包案 leader owner), running deadlines and timeline. */
public record CaseDetail(
    String caseNo, String processInstanceId, String channel, OffsetDateTime receivedAt,
    OffsetDateTime registeredAt, String registeredBy, String title, String content, Coded category,
    Coded occurrenceRegion, int personCount, boolean skipLevel, boolean extremeBehaviour,
    String procedure, String line, String warningLevel, CaseStatus status, String statusLabel, String currentStage,
    String repeatOf, Coded owner, Coded handlingDept, List<CoHandlerView> coHandlers,
    List<PetitionerView> petitioners, Acceptance acceptance, Reply reply, Satisfaction satisfaction,
    OffsetDateTime closedAt, List<DeadlineView> deadlines, List<OpenTask> openTasks, List<WarningView> warnings,
    List<LetterView> letters, List<EventView> timeline, LeaderOwner leaderOwner) {

  /** 领导包案: the leader group owning a backlog case, its department, the backlog rule and since when. */
  public record LeaderOwner(String leaderGroup, Coded dept, String reason, OffsetDateTime assignedAt) {}

  /** A code with its Chinese name. */
  public record Coded(String code, String name) {}

  public record CoHandlerView(Coded dept, String reason, CoHandlerStatus status, String opinion,
      OffsetDateTime finishedAt) {}

  public record PetitionerView(String name, String idNumber, String phone, Coded householdRegion,
      Coded residenceRegion) {}

  public record Acceptance(String decision, String declineReason, String guidance) {}

  public record Reply(String outcome, String text, OffsetDateTime repliedAt) {}

  public record Satisfaction(String withHandler, String withOffice) {}

  /** A time limit with its due time, day type and legal basis. */
  public record DeadlineView(String limit, OffsetDateTime startedAt, OffsetDateTime dueAt, int amount,
      String dayType, String basis, String explanation, int extendedDays, String status,
      OffsetDateTime finishedAt, boolean overdue) {}

  public record OpenTask(String id, String name, String taskDefinitionKey, List<String> candidateGroups,
      String assignee, OffsetDateTime due) {}

  public record EventView(OffsetDateTime at, CaseEventKind kind, String actor, String dept, String detail) {}
}
