package cn.petition.casefile;

import cn.petition.casefile.CaseDetail.Coded;
import cn.petition.deadline.CaseDeadline;
import cn.petition.deadline.CaseDeadlines;
import cn.petition.org.PetitionUser;
import cn.petition.org.ReferenceData;
import cn.petition.warning.WarningService;
import cn.petition.web.NotFoundException;
import cn.petition.supervision.LeaderOwnership;
import cn.petition.supervision.LetterViews;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads cases for the API, from our own tables (plus the case's open tasks). */
@Service
@Transactional(readOnly = true)
public class CaseQueryService {

  private final PetitionCaseMapper cases;
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

  public CaseQueryService(PetitionCaseMapper cases, PetitionerMapper petitioners, CoHandlerMapper coHandlers,
      CaseEventMapper events, CaseDeadlines deadlines, CaseAccess access, ReferenceData referenceData,
      TaskService taskService, @Value("${petition.zone}") String zone, WarningService warnings,
      @Lazy LetterViews letters, @Lazy LeaderOwnership leaderOwnership) {
    this.cases = cases;
    this.petitioners = petitioners;
    this.coHandlers = coHandlers;
    this.events = events;
    this.deadlines = deadlines;
    this.access = access;
    this.referenceData = referenceData;
    this.taskService = taskService;
    this.zone = ZoneId.of(zone);
    this.warnings = warnings;
    this.letters = letters;
    this.leaderOwnership = leaderOwnership;
  }

  /** A case the user may see; 404 otherwise (we do not confirm that a case exists to outsiders). */
  public PetitionCase visibleCase(String caseNo, PetitionUser user) {
    PetitionCase c = cases.find(caseNo);
    if (c == null || !access.maySee(user, c)) {
      throw new NotFoundException("信访件 " + caseNo + " 不存在或您无权查看");
    }
    return c;
  }

  /** A case the user may change: 404 if they may not see it, 403 if they only read it (supervisors, admins). */
  public PetitionCase changeableCase(String caseNo, PetitionUser user) {
    PetitionCase c = visibleCase(caseNo, user);
    access.requireMayChange(user, c);
    return c;
  }

  public CaseDetail detail(String caseNo, PetitionUser user) {
    PetitionCase c = visibleCase(caseNo, user);
    boolean full = access.isInvolved(user, c);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    CaseStatus status = CaseStatus.valueOf(c.getStatus());
    return new CaseDetail(c.getCaseNo(), c.getProcessInstanceId(), c.getChannel(), at(c.getReceivedAt()),
        at(c.getRegisteredAt()), c.getRegisteredBy(), c.getTitle(), c.getContent(),
        new Coded(c.getCategoryCode(), referenceData.category(c.getCategoryCode()).map(x -> x.name()).orElse(null)),
        region(c.getOccurrenceRegion()), c.getPersonCount(), c.isSkipLevel(), c.isExtremeBehaviour(),
        c.getProcedureType(), c.getLineType(), c.getWarningLevel(), status.name(), status.label(),
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
        openTasks(c), warnings.viewsOfCase(caseNo), List.copyOf(letters.ofCase(caseNo)),
        events.ofCase(caseNo).stream().map(e -> new CaseDetail.EventView(at(e.occurredAt()), e.kind(), e.actor(),
            e.deptCode(), e.detail())).toList(), leaderOwner(caseNo));
  }

  public CasePage search(PetitionUser user, String department, String status, String warningLevel, Boolean overdue,
      boolean ledByMe, int page, int size) {
    List<String> visible = user.isSupervisor() ? null : new ArrayList<>(user.departments());
    CaseFilter filter = new CaseFilter(visible, department, status, warningLevel, overdue,
        ClockUtil.getCurrentTime().toInstant(), size, (long) page * size, ledByMe ? List.copyOf(user.groups()) : null);
    List<CaseSummary> items = cases.search(filter).stream().map(c -> {
      CaseStatus s = CaseStatus.valueOf(c.getStatus());
      return new CaseSummary(c.getCaseNo(), c.getTitle(), at(c.getReceivedAt()), c.getFirstContactDept(),
          c.getHandlingDept(), c.getProcedureType(), c.getLineType(), c.getWarningLevel(), s.name(), s.label(),
          c.getCurrentStage(), c.getRepeatOf());
    }).toList();
    return new CasePage(items, page, size, cases.count(filter));
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
    boolean running = "RUNNING".equals(String.valueOf(d.getStatus()));
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
