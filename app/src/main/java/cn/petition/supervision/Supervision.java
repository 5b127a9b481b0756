package cn.petition.supervision;

import cn.petition.casefile.CaseProcess;
import cn.petition.casefile.CoHandler;
import cn.petition.casefile.CoHandlerMapper;
import cn.petition.casefile.CoHandlerStatus;
import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.casefile.ProcessOwnership;
import cn.petition.deadline.CaseDeadlines;
import cn.petition.deadline.DeadlineStatus;
import cn.petition.org.DepartmentGroups;
import cn.petition.org.ReferenceData;
import cn.petition.warning.WarningLevel;
import cn.petition.warning.WarningRaised;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The supervision ladder (bean {@code supervision}), called by the boundary timers of every task
 * that carries a supervised time limit ({@link SupervisionRung#LISTENER}): asks the escalation table
 * what the rung produces and issues it, once for every department late on the task (each co-handler
 * of 协办 still at work). Idempotent per (case, kind, stage, step, responsible department), so a timer
 * delivered twice issues nothing new.
 */
@Component("supervision")
public class Supervision {

  /** Process variable naming the department that decides an appeal (复查/复核). */
  public static final String DECIDING_DEPT = "decidingDept";
  private static final Logger LOG = LoggerFactory.getLogger(Supervision.class);
  private static final Map<String, String> STEP_LABELS = Map.of(
      "ACCEPT", "受理", "HANDLE", "办理答复", "REVIEW_DECIDE", "复查", "RE_REVIEW_DECIDE", "复核");
  private static final Map<String, String> UNDONE = Map.of("ACCEPT", "尚未告知信访人是否受理",
      "REVIEW_DECIDE", "尚未提出复查意见", "RE_REVIEW_DECIDE", "尚未提出复核意见");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final PetitionCaseMapper cases;
  private final CaseDeadlines deadlines;
  private final EscalationDecision decision;
  private final Letters letters;
  private final LeaderOwnership owners;
  private final SupervisionProperties properties;
  private final BacklogAssessment backlog;
  private final CoHandlerMapper coHandlers;
  private final SupervisionTimes times;
  private final TaskService tasks;
  private final ReferenceData referenceData;
  private final ZoneId zone;
  private final ProcessOwnership ownership;

  public Supervision(PetitionCaseMapper cases, CaseDeadlines deadlines, EscalationDecision decision,
      Letters letters, LeaderOwnership owners, SupervisionProperties properties, BacklogAssessment backlog,
      ZoneId zone, CoHandlerMapper coHandlers, SupervisionTimes times, TaskService tasks,
      ReferenceData referenceData, ProcessOwnership ownership) {
    this.cases = cases;
    this.deadlines = deadlines;
    this.decision = decision;
    this.letters = letters;
    this.owners = owners;
    this.properties = properties;
    this.backlog = backlog;
    this.zone = zone;
    this.coHandlers = coHandlers;
    this.times = times;
    this.tasks = tasks;
    this.referenceData = referenceData;
    this.ownership = ownership;
  }

  /**
   * A rung of the ladder fired on the execution's case: the rung declares its stage, its limit and who is late
   * ({@link SupervisionRung}); that party's departments come from the case (co-handlers) and the process
   * variables. Supervises every late department, each on its own (协办: every co-handler still at work). A
   * task that began only after the rung's time, when the rung already went to the department late before it
   * (答复预审 handed over after the handling limit: the handling department was supervised), does not put its
   * own department on that rung; a task whose step simply started late in the system (a 复查 request
   * registered after its receipt) does.
   *
   * @return the notices and letters issued now or earlier for this rung, one per late department
   */
  public List<Letter> trigger(DelegateExecution execution) {
    SupervisionRung rung = SupervisionRung.of(execution);
    return superviseLate(execution, rung.limit(), rung.stage(), rung.responsible());
  }

  /**
   * The listener of the rungs of process versions deployed before the rungs declared who is late
   * ({@code ${supervision.trigger(execution, 'HANDLE', 'DUE')}}); cases still running on such a version keep
   * their timers. Processes in processes/ use {@link #trigger(DelegateExecution)}.
   *
   * @deprecated for running instances of earlier process versions only
   */
  @Deprecated
  public List<Letter> trigger(DelegateExecution execution, String step, String stage) {
    return superviseLate(execution, step, SupervisionStage.valueOf(stage), partyOfEarlierRung(execution, step));
  }

  private List<Letter> superviseLate(DelegateExecution execution, String step, SupervisionStage rung,
      ResponsibleParty party) {
    String caseNo = ownership.caseNo(execution);
    String timedTask = execution.getBpmnModelElementInstance() instanceof BoundaryEvent boundary
        ? boundary.getAttachedTo().getId() : null;
    boolean begunAfterTheRung = timedTask != null
        && begunAfter(execution, timedTask, times.of(execution, step, rung));
    return lateDepartments(caseNo, party, execution).stream()
        .filter(dept -> !begunAfterTheRung || !inherited(caseNo, step, rung, dept))
        .map(dept -> supervise(caseNo, step, rung, dept))
        .filter(Objects::nonNull).toList();
  }

  private boolean inherited(String caseNo, String step, SupervisionStage rung, String dept) {
    boolean inherited = letters.issuedAboutOthers(caseNo, step, rung, dept);
    if (inherited) {
      LOG.info("{} {}{}节点已督办此前迟延的部门，{} 的任务在该节点之后才开始，不再督办", caseNo, step, rung.label(), dept);
    }
    return inherited;
  }

  private boolean begunAfter(DelegateExecution execution, String taskKey, Date rungTime) {
    return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey)
        .list().stream().map(Task::getCreateTime).min(Date::compareTo)
        .map(created -> !created.before(rungTime)).orElse(false);
  }

  /**
   * A rung of the ladder on a case's step.
   *
   * @param responsibleDept the department that must act on the step (受理: first contact, 办理: handling
   *     department, 复查/复核: the deciding organ)
   * @return the notice or letter issued now or earlier for this rung, or null if the table decides nothing
   */
  public Letter supervise(String caseNo, String step, SupervisionStage stage, String responsibleDept) {
    Instant due = deadlines.dueOf(caseNo, step).toInstant();
    if (stage == SupervisionStage.APPROACHING && !ClockUtil.getCurrentTime().toInstant().isBefore(due)) {
      // A case registered long after receipt: the limit has already run out, the 到期/逾期 rungs speak.
      LOG.info("{} {} 的时限已于 {} 届满，不再发临期提示", caseNo, step, due);
      return null;
    }
    String reason = reason(step, stage, due, daysLate(due));
    return escalate(caseNo, step, stage, responsibleDept, due, reason);
  }

  /** A case's colour was raised: orange and red are high risk (see {@link #highRisk}). */
  @EventListener
  public void on(WarningRaised raised) {
    if (raised.level() == WarningLevel.ORANGE || raised.level() == WarningLevel.RED) {
      highRisk(raised.caseNo(), raised.level().label());
    }
  }

  /**
   * The case's warning was raised to orange or red (高风险, whatever the time): the table decides on a
   * 风险提醒函 to the responsible leader, keyed to the limit now running (受理 or 办理), so at most one
   * per limit. Nothing is issued when no limit is running.
   */
  public Letter highRisk(String caseNo, String colourLabel) {
    String step = deadlines.ofCase(caseNo).stream()
        .filter(d -> d.getStatus() == DeadlineStatus.RUNNING)
        .map(d -> d.getLimitCode())
        .filter(code -> CaseProcess.LIMIT_ACCEPT.equals(code) || CaseProcess.LIMIT_HANDLE.equals(code))
        .reduce((first, second) -> second).orElse(null);
    if (step == null) {
      return null;
    }
    Instant due = deadlines.dueOf(caseNo, step).toInstant();
    String reason = "信访事项预警升为" + colourLabel + "，属高风险事项；" + reason(step, SupervisionStage.HIGH_RISK, due,
        daysLate(due));
    return escalate(caseNo, step, SupervisionStage.HIGH_RISK, cases.find(caseNo).getFirstContactDept(), due, reason);
  }

  /** The letter {@code unanswered} was not answered by its response due date: climb the ladder again. */
  public Letter unanswered(Letter unanswered) {
    Instant due = deadlines.dueOf(unanswered.getCaseNo(), unanswered.getStep()).toInstant();
    String reason = unanswered.getKind().label() + unanswered.getLetterNo() + "要求于"
        + DAY.format(unanswered.getResponseDueAt().atZone(zone)) + "前书面回复，逾期未复。"
        + reason(unanswered.getStep(), SupervisionStage.OVERDUE, due, daysLate(due));
    return escalate(unanswered.getCaseNo(), unanswered.getStep(), SupervisionStage.UNANSWERED,
        unanswered.getResponsibleDept(), due, reason);
  }

  private Letter escalate(String caseNo, String step, SupervisionStage stage, String responsibleDept,
      Instant due, String reason) {
    PetitionCase c = cases.find(caseNo);
    int daysLate = daysLate(due);
    EscalationFacts facts = new EscalationFacts(stage, daysLate, c.getWarningLevel(),
        letters.countLetters(caseNo, step, responsibleDept), c.getProcedureType(), c.getLineType());
    Escalation escalation = decision.decide(facts).orElse(null);
    if (escalation == null) {
      LOG.info("督办升级表对 {} {}/{} 无结论（{}），不发函", caseNo, step, stage, facts);
      return null;
    }
    Letter draft = new Letter();
    draft.setCaseNo(caseNo);
    draft.setKind(escalation.kind());
    draft.setStage(stage);
    draft.setStep(step);
    draft.setRuleName(escalation.rule());
    draft.setIssuerDept(properties.issuerDept());
    draft.setResponsibleDept(responsibleDept);
    draft.setDaysLate(daysLate);
    draft.setStepDueAt(due);
    address(draft, escalation.recipient(), responsibleDept, c);
    // A letter to someone else than the late department (纪委监委, the responsible leader) names it.
    draft.setReason(responsibleDept.equals(draft.getRecipientDept()) ? reason
        : reason + "责任单位：" + referenceData.departmentName(responsibleDept) + "。");
    boolean aboutItself = draft.getIssuerDept().equals(draft.getRecipientDept())
        || draft.getIssuerDept().equals(responsibleDept);
    if (aboutItself && escalation.kind().needsAnswer()) {
      // The office cannot supervise, or recommend accountability for, itself: its superior organ issues the letter.
      draft.setIssuerDept(properties.superiorDept());
    }
    Letter issued = letters.issue(draft);
    if (issued.getKind() != LetterKind.NOTICE) {
      // 领导包案: a letter may make the case a backlog case; letters issued from then on copy the leader.
      backlog.assess(caseNo, "签发" + issued.getKind().label());
    }
    return issued;
  }

  private void address(Letter draft, Recipient recipient, String responsibleDept, PetitionCase c) {
    LeaderOwnership.Owner owner = owners.ownerOf(c.getCaseNo());
    switch (recipient) {
      case HANDLER -> to(draft, responsibleDept, DepartmentGroups.handlers(responsibleDept));
      case HANDLING_LEADER -> to(draft, responsibleDept, DepartmentGroups.leaders(responsibleDept));
      case RESPONSIBLE_LEADER -> {
        if (owner != null) {
          to(draft, owner.deptCode(), owner.leaderGroup());
        } else {
          to(draft, c.getFirstContactDept(), DepartmentGroups.leaders(c.getFirstContactDept()));
        }
      }
      case DISCIPLINE -> to(draft, properties.disciplineDept(), DepartmentGroups.handlers(properties.disciplineDept()));
      default -> throw new IllegalStateException("未知的接收人 " + recipient);
    }
    if (owner != null && !owner.leaderGroup().equals(draft.getRecipientGroup())) {
      draft.setCopyTo(owner.leaderGroup());
    }
  }

  private static void to(Letter draft, String dept, String group) {
    draft.setRecipientDept(dept);
    draft.setRecipientGroup(group);
  }

  /**
   * What is late, as it stands when the letter is issued: a limit still running "将于…届满", one run out
   * "已于…届满" with the days late, whatever rung fired (a case registered long after receipt fires them
   * all at once).
   */
  private String reason(String step, SupervisionStage stage, Instant due, int daysLate) {
    String label = STEP_LABELS.getOrDefault(step, step);
    String dueText = DAY.format(due.atZone(zone)) + "24时";
    if (ClockUtil.getCurrentTime().toInstant().isBefore(due)) {
      return label + "时限将于" + dueText + "届满。";
    }
    String undone = UNDONE.getOrDefault(step, "尚未办结");
    return label + "时限已于" + dueText + "届满，" + (stage == SupervisionStage.DUE ? "" : "至今") + undone
        + (daysLate > 0 ? "，已逾期" + daysLate + "日。" : "。");
  }

  private static int daysLate(Instant due) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    return now.isAfter(due) ? (int) Duration.between(due, now).toDays() : 0;
  }

  /**
   * The departments of the party that is late. The timer of 协办 sits on the whole multi-instance: every
   * co-handler still at work is late (the handling department when none is left).
   */
  private List<String> lateDepartments(String caseNo, ResponsibleParty party, DelegateExecution execution) {
    if (party == ResponsibleParty.CO_HANDLER) {
      List<String> working = coHandlers.ofCase(caseNo).stream()
          .filter(h -> h.status() != CoHandlerStatus.DONE).map(CoHandler::deptCode).toList();
      if (!working.isEmpty()) {
        return working;
      }
    }
    Object dept = execution.getVariable(party.variable());
    if (dept == null) {
      throw new IllegalStateException("流程变量 " + party.variable() + " 为空，无法确定督办对象");
    }
    return List.of(dept.toString());
  }

  /** Who was late on a rung of an earlier process version, which did not say: as those versions were built. */
  private static ResponsibleParty partyOfEarlierRung(DelegateExecution execution, String step) {
    String task = execution.getBpmnModelElementInstance() instanceof BoundaryEvent rung
        ? rung.getAttachedTo().getId() : null;
    if (CaseProcess.TASK_CO_HANDLE.equals(task)) {
      return ResponsibleParty.CO_HANDLER;
    }
    return switch (step) {
      case CaseProcess.LIMIT_ACCEPT -> ResponsibleParty.FIRST_CONTACT;
      case CaseProcess.LIMIT_HANDLE -> CaseProcess.TASK_PRE_REVIEW.equals(task) ? ResponsibleParty.FIRST_CONTACT
          : ResponsibleParty.HANDLING;
      default -> ResponsibleParty.DECIDING;
    };
  }
}
