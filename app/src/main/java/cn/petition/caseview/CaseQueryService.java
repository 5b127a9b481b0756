package cn.petition.caseview;

import cn.petition.casefile.CaseAccess;
import cn.petition.casefile.CaseEventMapper;
import cn.petition.casefile.CaseStatus;
import cn.petition.casefile.CoHandlerMapper;
import cn.petition.casefile.Masking;
import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.PetitionerMapper;
import cn.petition.caseview.CaseDetail.Coded;
import cn.petition.deadline.CaseDeadline;
import cn.petition.deadline.CaseDeadlines;
import cn.petition.deadline.DeadlineStatus;
import cn.petition.org.PetitionUser;
import cn.petition.org.ReferenceData;
import cn.petition.supervision.LeaderOwnership;
import cn.petition.supervision.LetterViews;
import cn.petition.warning.WarningService;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of a case (GET /api/cases, GET /api/cases/{caseNo}): composes the case file with each
 * feature's own view of the case (its warnings, letters and leader owner) and its open tasks.
 */
@Service
@Transactional(readOnly = true)
public class CaseQueryService {

  private final CaseListMapper lists;
  private final PetitionerMapper petitioners;
  private final CoHandlerMapper coHandlers;
  private final CaseEventMapper events;
  private final CaseDeadlines deadlines;
  private final CaseAccess access;
  private final ReferenceData referenceData;
  private final TaskService taskService;
  private final ZoneId zone;
  private final WarningService warnings;
  private final LetterViews letters;
  private final LeaderOwnership leaderOwnership;

  public CaseQueryService(CaseListMapper lists, PetitionerMapper petitioners, CoHandlerMapper coHandlers,
      CaseEventMapper events, CaseDeadlines deadlines, CaseAccess access, ReferenceData referenceData,
      TaskService taskService, ZoneId zone, WarningService warnings,
      LetterViews letters, LeaderOwnership leaderOwnership) {
    this.lists = lists;
    this.petitioners = petitioners;
    this.coHandlers = coHandlers;
    this.events = events;
    this.deadlines = deadlines;
    this.access = access;
    this.referenceData = referenceData;
    this.taskService = taskService;
    this.zone = zone;
    this.warnings = warnings;
    this.letters = letters;
    this.leaderOwnership = leaderOwnership;
  }

  public CaseDetail detail(String caseNo, PetitionUser user) {
    PetitionCase c = access.visibleCase(caseNo, user);
    boolean full = access.isInvolved(user, c);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    CaseStatus status = c.getStatus();
    return new CaseDetail(c.getCaseNo(), c.getProcessInstanceId(), c.getChannel(), at(c.getReceivedAt()),
        at(c.getRegisteredAt()), c.getRegisteredBy(), c.getTitle(), c.getContent(),
        new Coded(c.getCategoryCode(), referenceData.category(c.getCategoryCode()).map(x -> x.name()).orElse(null)),
        region(c.getOccurrenceRegion()), c.getPersonCount(), c.isSkipLevel(), c.isExtremeBehaviour(),
        c.getProcedureType(), c.getLineType(), c.getWarningLevel(), status, status.label(),
        c.getCurrentStage(), c.getRepeatOf(), dept(c.getFirstContactDept()), dept(c.getHandlingDept()),
        coHandlers.ofCase(caseNo).stream().map(h -> new CaseDetail.CoHandlerView(dept(h.deptCode()), h.reason(),
            h.status(), h.opinion(), at(h.finishedAt()))).toList(),
        petitioners.ofCase(caseNo).stream().map(p -> new CaseDetail.PetitionerView(p.name(),
            full ? p.idNumber() : Masking.idNumber(p.idNumber()), full ? p.phone() : Masking.phone(p.phone()),
            region(p.householdRegion()), region(p.residenceRegion()))).toList(),
        new CaseDetail.Acceptance(c.getAcceptDecision(), c.getDeclineReason(), c.getGuidance()),
        c.getOutcome() == null ? null : new CaseDetail.Reply(c.getOutcome(), c.getReplyText(), at(c.getRepliedAt())),
        c.getSatisfactionHandler() == null ? null
            : new CaseDetail.Satisfaction(c.getSatisfactionHandler(), c.getSatisfactionOffice()),
        at(c.getClosedAt()),
        deadlines.ofCase(caseNo).stream().map(d -> deadline(d, now)).toList(),
        openTasks(c), warnings.viewsOfCase(caseNo), letters.ofCase(caseNo),
        events.ofCase(caseNo).stream().map(e -> new CaseDetail.EventView(at(e.occurredAt()), e.kind(), e.actor(),
            e.deptCode(), e.detail())).toList(), leaderOwner(caseNo));
  }

  public CasePage search(PetitionUser user, String department, String status, String warningLevel, Boolean overdue,
      boolean ledByMe, int page, int size) {
    List<String> visible = user.isSupervisor() ? null : new ArrayList<>(user.departments());
    CaseFilter filter = new CaseFilter(visible, department, status, warningLevel, overdue,
        ClockUtil.getCurrentTime().toInstant(), size, (long) page * size, ledByMe ? List.copyOf(user.groups()) : null);
    List<CaseSummary> items = lists.search(filter).stream().map(c -> {
      CaseStatus s = c.getStatus();
      return new CaseSummary(c.getCaseNo(), c.getTitle(), at(c.getReceivedAt()), c.getFirstContactDept(),
          c.getHandlingDept(), c.getProcedureType(), c.getLineType(), c.getWarningLevel(), s, s.label(),
          c.getCurrentStage(), c.getRepeatOf());
    }).toList();
    return new CasePage(items, page, size, lists.count(filter));
  }

  private CaseDetail.LeaderOwner leaderOwner(String caseNo) {
    LeaderOwnership.Assignment a = leaderOwnership.assignmentOf(caseNo);
    return a == null ? null : new CaseDetail.LeaderOwner(a.leaderGroup(), dept(a.deptCode()), a.ruleName(),
        at(a.assignedAt()));
  }

  private List<CaseDetail.OpenTask> openTasks(PetitionCase c) {
    if (c.getProcessInstanceId() == null) {
      return List.of();
    }
    return taskService.createTaskQuery().processInstanceId(c.getProcessInstanceId()).list().stream()
        .map(t -> new CaseDetail.OpenTask(t.getId(), t.getName(), t.getTaskDefinitionKey(),
            taskService.getIdentityLinksForTask(t.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList(),
            t.getAssignee(), t.getDueDate() == null ? null : at(t.getDueDate().toInstant())))
        .toList();
  }

  private CaseDetail.DeadlineView deadline(CaseDeadline d, Instant now) {
    boolean running = d.getStatus() == DeadlineStatus.RUNNING;
    return new CaseDetail.DeadlineView(d.getLimitCode(), at(d.getStartedAt()), at(d.getDueAt()), d.getAmount(),
        String.valueOf(d.getUnit()), d.getBasis(), d.getExplanation(), d.getExtendedDays(),
        String.valueOf(d.getStatus()), at(d.getFinishedAt()), running && d.getDueAt().isBefore(now));
  }

  private Coded dept(String code) {
    return code == null ? null : new Coded(code, referenceData.departmentName(code));
  }

  private Coded region(String code) {
    return code == null ? null : new Coded(code, referenceData.regionName(code));
  }

  private OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }
}
