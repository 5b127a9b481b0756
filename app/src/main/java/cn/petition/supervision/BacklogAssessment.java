package cn.petition.supervision;

import cn.petition.casefile.TaskActor;
import cn.petition.casefile.CaseStatus;
import cn.petition.casefile.CaseTimeline;
import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.casefile.ProcessOwnership;
import cn.petition.org.DepartmentGroups;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 领导包案 (bean {@code backlogAssessment}): asks rules/supervision/backlog.drl.xlsx whether a case is a
 * backlog case (积案); if so, names the leader group of its handling department (fallback: the
 * first-contact department) as owner in case_leader_owner, records it on the timeline and starts the
 * 包案督办 process (processes/leader-ownership.bpmn, business key = case number). A case gets at most
 * one owner: the primary key of case_leader_owner enforces it. Triggered by a repeat petition
 * (CaseRegistrar), by a letter issued (Supervision) and by the daily scan (processes/backlog-scan.bpmn).
 */
@Component("backlogAssessment")
public class BacklogAssessment {

  public static final String PROCESS_KEY = "leaderOwnership";
  public static final String SCAN_PROCESS_KEY = "backlogScan";
  public static final String TASK_OWN_CASE = "OwnBacklogCase";
  public static final String LEADER_GROUP = "leaderGroup";
  public static final String LEADER_DEPT = "leaderDept";
  public static final String REASON = "backlogReason";
  private static final Logger LOG = LoggerFactory.getLogger(BacklogAssessment.class);

  private final PetitionCaseMapper cases;
  private final LeaderOwnership.LeaderOwnerMapper owners;
  private final BacklogDecision decision;
  private final CaseTimeline timeline;
  private final ProcessOwnership ownership;
  private final ZoneId zone;

  public BacklogAssessment(PetitionCaseMapper cases, LeaderOwnership.LeaderOwnerMapper owners,
      BacklogDecision decision, CaseTimeline timeline, ProcessOwnership ownership,
      @Value("${petition.zone}") String zone) {
    this.cases = cases;
    this.owners = owners;
    this.decision = decision;
    this.timeline = timeline;
    this.ownership = ownership;
    this.zone = ZoneId.of(zone);
  }

  /**
   * Assesses a case (a repeat petition: its original) and names its owner when it becomes a backlog case.
   *
   * @param trigger what prompted the assessment, shown on the timeline, e.g. "重复信访"
   * @return the case's ownership, new or earlier; empty if the case is no backlog case
   */
  @Transactional
  public Optional<LeaderOwnership.Assignment> assess(String caseNo, String trigger) {
    PetitionCase c = cases.find(caseNo);
    if (c == null) {
      return Optional.empty();
    }
    if (c.getRepeatOf() != null) {
      return assess(c.getRepeatOf(), trigger);
    }
    LeaderOwnership.Assignment existing = owners.assignment(caseNo);
    if (existing != null || !CaseStatus.valueOf(c.getStatus()).isOpen()) {
      return Optional.ofNullable(existing);
    }
    BacklogFacts facts = new BacklogFacts(owners.countRepeats(caseNo), daysOpen(c),
        owners.countLetters(caseNo, null), owners.countLetters(caseNo, LetterKind.ACCOUNTABILITY_LETTER.name()),
        c.getWarningLevel());
    Backlog backlog = decision.decide(facts).orElse(null);
    if (backlog == null || !backlog.backlog()) {
      LOG.debug("{} 未列为积案（{}）", caseNo, facts);
      return Optional.empty();
    }
    String dept = c.getHandlingDept() != null ? c.getHandlingDept() : c.getFirstContactDept();
    LeaderOwnership.Assignment assignment = new LeaderOwnership.Assignment(caseNo, DepartmentGroups.leaders(dept),
        dept, backlog.rule(), ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS));
    try {
      owners.insert(assignment);
    } catch (DuplicateKeyException raceLost) {
      LOG.debug("{} 已由另一节点列为积案", caseNo);
      return Optional.ofNullable(owners.assignment(caseNo));
    }
    timeline.record(caseNo, "LEADER_OWNERSHIP", null, dept, "列为积案（" + backlog.rule() + "；" + trigger
        + "），由 " + assignment.leaderGroup() + " 领导包案督办");
    ownership.start(PROCESS_KEY, caseNo, Variables.createVariables()
            .putValue(LEADER_GROUP, assignment.leaderGroup())
            .putValue(LEADER_DEPT, dept)
            .putValue(REASON, backlog.rule())
            .putValue("caseNo", caseNo)
            .putValue("caseTitle", c.getTitle())
            .putValue("dispatchRound", 0));
    LOG.info("{} 列为积案（{}，{}），包案领导 {}", caseNo, backlog.rule(), facts, assignment.leaderGroup());
    return Optional.of(assignment);
  }

  /** The daily scan (backlog-scan.bpmn): assesses every open case that has no owner; returns how many became backlog. */
  @Transactional
  public int scanOpenCases() {
    int owned = 0;
    for (String caseNo : owners.openCasesWithoutOwner()) {
      if (assess(caseNo, "每日积案排查").isPresent()) {
        owned++;
      }
    }
    LOG.info("每日积案排查：新列为积案 {} 件", owned);
    return owned;
  }

  /**
   * 定期调度 (non-interrupting timer cycle on 包案督办): asks the leader again for progress while the
   * case is open; sets {@code caseOpen} for the gateway that ends the ownership once the case is closed.
   */
  public void redispatch(DelegateExecution execution) {
    String caseNo = ownership.caseNo(execution);
    PetitionCase c = cases.find(caseNo);
    boolean open = c != null && CaseStatus.valueOf(c.getStatus()).isOpen();
    execution.setVariable("caseOpen", open);
    Object dept = execution.getVariable(LEADER_DEPT);
    if (!open) {
      timeline.record(caseNo, "LEADER_OWNERSHIP_ENDED", null, dept == null ? null : dept.toString(),
          "信访件已办结，包案督办结束");
      return;
    }
    Object round = execution.getVariable("dispatchRound");
    int next = (round instanceof Number n ? n.intValue() : 0) + 1;
    execution.setVariable("dispatchRound", next);
    timeline.record(caseNo, "LEADER_REDISPATCH", null, dept == null ? null : dept.toString(),
        "包案督办定期调度（第" + next + "次）：请包案领导（" + execution.getVariable(LEADER_GROUP) + "）报告化解进展");
  }

  /** Task listener (complete) of 包案督办: checks and records the leader's report. */
  public void report(DelegateTask task) {
    String caseNo = ownership.caseNo(task);
    Object plan = task.getVariable("plan");
    if (plan == null || plan.toString().isBlank()) {
      throw new BadUserRequestException("请填写化解方案（plan）");
    }
    Object team = task.getVariable("teamMembers");
    boolean resolved = Boolean.TRUE.equals(task.getVariable("resolved"));
    String actor = TaskActor.of(task);
    Object dept = task.getVariable(LEADER_DEPT);
    timeline.record(caseNo, "LEADER_REPORT", actor,
        dept == null ? null : dept.toString(), "包案领导报告：化解方案：" + plan.toString().trim()
            + (team == null || team.toString().isBlank() ? "" : "；工作专班：" + team.toString().trim())
            + (resolved ? "；已化解" : "；尚未化解，继续包案"));
  }

  /** 记录化解: the leader recorded the case as resolved (化解); the ownership ends. */
  public void resolved(DelegateExecution execution) {
    Object dept = execution.getVariable(LEADER_DEPT);
    timeline.record(ownership.caseNo(execution), "LEADER_RESOLVED", null, dept == null ? null : dept.toString(),
        "包案领导（" + execution.getVariable(LEADER_GROUP) + "）记录积案已化解，包案督办结束");
  }

  private int daysOpen(PetitionCase c) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    LocalDate received = c.getReceivedAt().atZone(zone).toLocalDate();
    return (int) ChronoUnit.DAYS.between(received, now.atZone(zone).toLocalDate());
  }
}
