package cn.petition.warning;

import cn.petition.casefile.CaseOwnershipException;
import cn.petition.casefile.ProcessOwnership;
import cn.petition.casefile.TaskActor;
import cn.petition.casefile.CaseEnded;
import cn.petition.casefile.CaseEventKind;
import cn.petition.casefile.CaseEventMapper;
import cn.petition.casefile.CaseTimeline;
import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.CaseStatus;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.deadline.CaseDeadlines;
import cn.petition.emergency.EmergencyService;
import cn.petition.deadline.DeadlineCalculator;
import cn.petition.deadline.DeadlineProperties;
import cn.petition.org.ReferenceData;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Three-colour warnings (bean {@code warnings}): evaluates rules/warning/warning.drl.xlsx on a case or a
 * dispute, records a raised colour with the row and the phrases that raised it, updates the subject's
 * colour and starts the colour's response process (processes/warning-response.bpmn) with the due time
 * from the deadline calculator (limits WARNING_YELLOW / WARNING_ORANGE / WARNING_RED).
 *
 * <p>A colour is only ever raised by an evaluation. Evaluating again with the same result adds nothing
 * ((subject, level) is unique), so a repeated delivery is harmless.
 */
@Service("warnings")
public class WarningService {

  private final WarningDecision decision;
  private final TextSignals textSignals;
  private final WarningMapper mapper;
  private final PetitionCaseMapper cases;
  private final CaseEventMapper events;
  private final ReferenceData referenceData;
  private final CaseDeadlines deadlines;
  private final DeadlineCalculator calculator;
  private final DeadlineProperties limits;
  private final CaseTimeline timeline;
  private final RuntimeService runtimeService;
  private final EmergencyService emergency;
  private final ApplicationEventPublisher publisher;
  private final ProcessOwnership ownership;

  public WarningService(WarningDecision decision, TextSignals textSignals, WarningMapper mapper,
      PetitionCaseMapper cases, CaseEventMapper events, ReferenceData referenceData, CaseDeadlines deadlines,
      DeadlineCalculator calculator, DeadlineProperties limits, CaseTimeline timeline,
      RuntimeService runtimeService, EmergencyService emergency, ApplicationEventPublisher publisher,
      ProcessOwnership ownership) {
    this.decision = decision;
    this.textSignals = textSignals;
    this.mapper = mapper;
    this.cases = cases;
    this.events = events;
    this.referenceData = referenceData;
    this.deadlines = deadlines;
    this.calculator = calculator;
    this.limits = limits;
    this.timeline = timeline;
    this.runtimeService = runtimeService;
    this.emergency = emergency;
    this.publisher = publisher;
    this.ownership = ownership;
  }

  /**
   * Evaluates a case on its current facts together with the repeat petitions merged into it: the
   * largest number of people, skip-level or extreme behaviour in any of them, the number of repeats and
   * every text (titles, contents and the facts handlers recorded).
   *
   * @param trigger INTAKE, REPEAT or FACTS
   */
  public Assessment assessCase(String caseNo, String trigger, String actor) {
    // One assessment per case at a time: two concurrent ones would both raise the same colour (unique key).
    cases.lock(caseNo);
    PetitionCase c = cases.find(caseNo);
    List<PetitionCase> all = new ArrayList<>();
    all.add(c);
    cases.repeatsOf(caseNo).stream().map(cases::find).forEach(all::add);
    int persons = all.stream().mapToInt(PetitionCase::getPersonCount).max().orElse(1);
    boolean skipLevel = all.stream().anyMatch(PetitionCase::isSkipLevel);
    boolean extreme = all.stream().anyMatch(PetitionCase::isExtremeBehaviour);
    int repeats = Math.max(cases.countEarlierCases(caseNo), all.size() - 1);
    List<String> texts = new ArrayList<>();
    all.forEach(x -> {
      texts.add(x.getTitle());
      texts.add(x.getContent());
    });
    events.ofCase(caseNo).stream().filter(e -> e.kind() == CaseEventKind.FACTS_RECORDED)
        .forEach(e -> texts.add(e.detail()));
    String domain = referenceData.category(c.getCategoryCode()).map(x -> x.domain()).orElse("OTHER");
    TextSignal signal = textSignals.analyse(texts.toArray(String[]::new));
    WarningFacts facts = new WarningFacts(persons, skipLevel, repeats, extreme, domain, signal.strongest());
    String dept = c.getHandlingDept() != null ? c.getHandlingDept() : c.getFirstContactDept();
    Assessment assessment = raise(Warning.CASE, caseNo, WarningLevel.valueOf(c.getWarningLevel()), facts, signal,
        trigger, dept, "信访件 " + caseNo + "：" + c.getTitle());
    if (assessment.raised()) {
      cases.setWarningLevel(caseNo, assessment.level().name());
      for (PetitionCase repeat : all.subList(1, all.size())) {
        cases.setWarningLevel(repeat.getCaseNo(), assessment.level().name());
      }
      publisher.publishEvent(new WarningRaised(caseNo, assessment.level()));
      Warning w = current(Warning.CASE, caseNo);
      timeline.record(caseNo, CaseEventKind.WARNING, actor, dept, assessment.level().label() + "（依据规则：" + w.ruleName()
          + "）" + (w.matchedPhrases() == null ? "" : "，预警词：" + w.matchedPhrases()) + "，须于 " + w.dueAt()
          .atZone(calculator.zone()).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES) + " 前响应"
          + (signal.negated().isEmpty() ? "" : "；" + signal.describeNegated()));
    } else if (!signal.negated().isEmpty()) {
      timeline.record(caseNo, CaseEventKind.WARNING_PHRASES_NEGATED, actor, dept, "预警研判：" + signal.describeNegated());
    }
    // 处突: red cases, collective visits and extreme behaviour, in parallel with normal handling (once per case).
    emergency.startIfNeeded(c, emergency.scenes(assessment.level() == WarningLevel.RED, persons, extreme, skipLevel),
        signal.onlineRisk(), dept);
    return assessment;
  }

  /** Evaluates a dispute's facts; the caller stores the colour on the dispute. */
  public Assessment assessDispute(long disputeId, WarningFacts facts, TextSignal signal, WarningLevel current,
      String ownerDept, String title) {
    return raise(Warning.DISPUTE, String.valueOf(disputeId), current, facts, signal, "DISPUTE", ownerDept,
        "矛盾纠纷 " + disputeId + "：" + title);
  }

  private Assessment raise(String kind, String subjectId, WarningLevel current, WarningFacts facts,
      TextSignal signal, String trigger, String ownerDept, String subjectLabel) {
    WarningResult result = decision.decide(facts);
    if (!result.level().isAbove(current)) {
      return new Assessment(current, result, signal, false, facts);
    }
    WarningLevel level = result.level();
    Instant now = ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
    String limit = WarningProcess.limitOf(level);
    Instant due = Warning.CASE.equals(kind)
        ? deadlines.start(subjectId, limit, null, now).getDueAt()
        : calculator.compute(limits.limit(limit, null), now).dueAt();

    for (Warning earlier : mapper.ofSubject(kind, subjectId)) {
      if (earlier.status().isOpen() && earlier.processInstanceId() != null
          && runtimeService.createProcessInstanceQuery().processInstanceId(earlier.processInstanceId()).count() > 0) {
        runtimeService.deleteProcessInstance(earlier.processInstanceId(), "预警升级为" + level.label(), true, true);
      }
      if (Warning.CASE.equals(kind)) {
        deadlines.cancel(subjectId, WarningProcess.limitOf(WarningLevel.valueOf(earlier.level())));
      }
    }
    mapper.supersede(kind, subjectId);

    NewWarning w = new NewWarning();
    w.subjectKind = kind;
    w.subjectId = subjectId;
    w.level = level.name();
    w.previousLevel = current.name();
    w.ruleName = result.rule();
    w.reason = clip(facts + (signal.explain().isEmpty() ? "" : "；" + signal.explain()), 1000);
    w.matchedPhrases = signal.matches().isEmpty() ? null : clip(signal.describe(), 500);
    w.onlineRisk = signal.onlineRisk();
    w.triggerKind = trigger;
    w.ownerDept = ownerDept;
    w.assessedAt = now;
    w.dueAt = due;
    mapper.insert(w);

    String businessKey = Warning.CASE.equals(kind) ? subjectId : "MD-" + subjectId;
    String pi = ownership.start(WarningProcess.KEY, businessKey, Variables.createVariables()
            .putValue(WarningProcess.WARNING_ID, w.id)
            .putValue(WarningProcess.WARNING_DEPT, ownerDept)
            .putValue("warningDeptName", referenceData.departmentName(ownerDept))
            .putValue("warningLevel", level.name())
            .putValue("warningLevelLabel", level.label())
            .putValue("warningSubject", subjectLabel)
            .putValue("warningRule", result.rule())
            .putValue("warningPhrases", w.matchedPhrases == null ? "无" : w.matchedPhrases)
            .putValue("warningReason", w.reason)).getId();
    mapper.setProcessInstance(w.id, pi);
    return new Assessment(level, result, signal, true, facts);
  }

  /**
   * A repeat petition was merged into {@code originalCaseNo}: evaluates the original again with the
   * repeat's facts, and gives the repeat the original's colour.
   */
  public Assessment assessRepeat(String repeatCaseNo, String originalCaseNo, String actor) {
    Assessment assessment = assessCase(originalCaseNo, "REPEAT", actor);
    cases.setWarningLevel(repeatCaseNo, assessment.level().name());
    return assessment;
  }

  /** The colour in force of a subject, or null. */
  public Warning current(String kind, String subjectId) {
    List<Warning> all = mapper.ofSubject(kind, subjectId);
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  public List<Warning> ofCase(String caseNo) {
    return mapper.ofSubject(Warning.CASE, caseNo);
  }

  /** The due time of a warning's response: task due date and boundary timer of warning-response.bpmn. */
  public Date dueOf(Object warningId) {
    return Date.from(mapper.find(((Number) warningId).longValue()).dueAt());
  }

  /** Boundary timer fired: the response is late; the leader of the owner department is told. */
  public void escalated(DelegateExecution execution) {
    Warning w = ownWarning(execution);
    mapper.escalate(w.id());
    if (Warning.CASE.equals(w.subjectKind())) {
      timeline.record(w.subjectId(), CaseEventKind.WARNING_OVERDUE, null, w.ownerDept(), WarningLevel.valueOf(w.level())
          .label() + "响应已超时，已提请" + referenceData.departmentName(w.ownerDept()) + "负责人督促");
    }
  }

  /** The response task was completed (task listener on complete). */
  public void responded(DelegateTask task) {
    Warning w = ownWarning(task.getExecution());
    Object note = task.getVariable(WarningProcess.RESPONSE_NOTE);
    String by = TaskActor.of(task);
    mapper.handle(w.id(), ClockUtil.getCurrentTime().toInstant(), by,
        note == null ? null : clip(note.toString(), 2000));
    if (Warning.CASE.equals(w.subjectKind())) {
      deadlines.finish(w.subjectId(), WarningProcess.limitOf(WarningLevel.valueOf(w.level())));
      timeline.record(w.subjectId(), CaseEventKind.WARNING_HANDLED, by, w.ownerDept(),
          WarningLevel.valueOf(w.level()).label() + "已响应处置" + (note == null ? "" : "：" + note));
    }
  }

  /** The warning whose response process this is: its own business key and its own warning row, nothing else. */
  private Warning ownWarning(DelegateExecution execution) {
    ownership.businessKey(execution);
    Object id = execution.getVariable(WarningProcess.WARNING_ID);
    Warning w = id instanceof Number n ? mapper.find(n.longValue()) : null;
    if (w == null || !execution.getProcessInstanceId().equals(w.processInstanceId())) {
      throw new CaseOwnershipException("流程实例 " + execution.getProcessInstanceId() + " 不是预警 " + id
          + " 的响应流程，拒绝写入");
    }
    return w;
  }

  /**
   * The case is closed or declined: its open warnings end with it (their response processes stop,
   * their limits are cancelled), so nothing keeps running or shows as overdue for a finished case.
   */
  @EventListener
  public void endWithCase(CaseEnded ended) {
    String caseNo = ended.caseNo();
    String reason = ended.status() == CaseStatus.DECLINED ? "信访件不予受理，已办结" : "信访件已办结";
    for (Warning w : ofCase(caseNo)) {
      if (!w.status().isOpen()) {
        continue;
      }
      if (w.processInstanceId() != null
          && runtimeService.createProcessInstanceQuery().processInstanceId(w.processInstanceId()).count() > 0) {
        runtimeService.deleteProcessInstance(w.processInstanceId(), reason, true, true);
      }
      mapper.handle(w.id(), ClockUtil.getCurrentTime().toInstant(), null, reason);
      deadlines.cancel(caseNo, WarningProcess.limitOf(WarningLevel.valueOf(w.level())));
    }
  }

  /**
   * Ends a dispute's open colour response: handled when it was resolved locally, superseded when it went on as
   * a petition case (the case gets its own colour at registration).
   */
  public void endDisputeWarning(long disputeId, String actor, String note, boolean superseded) {
    String subject = String.valueOf(disputeId);
    for (Warning w : mapper.ofSubject(Warning.DISPUTE, subject)) {
      if (!w.status().isOpen()) {
        continue;
      }
      if (superseded) {
        mapper.supersede(Warning.DISPUTE, subject);
      } else {
        mapper.handle(w.id(), ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS), actor,
            clip(note, 2000));
      }
      if (w.processInstanceId() != null) {
        endResponse(w.processInstanceId(), note);
      }
    }
  }

  /** Ends a colour response process; a reviewer completing a Tasklist task need not be allowed to see it. */
  private void endResponse(String processInstanceId, String reason) {
    Callable<Void> end = () -> {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
        runtimeService.deleteProcessInstance(processInstanceId, reason, true, true);
      }
      return null;
    };
    CommandContext commandContext = Context.getCommandContext();
    try {
      if (commandContext == null) {
        end.call();
      } else {
        commandContext.runWithoutAuthorization(end);
      }
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The warnings of a case for GET /api/cases/{caseNo}. */
  public List<WarningView> viewsOfCase(String caseNo) {
    return ofCase(caseNo).stream().map(this::view).toList();
  }

  WarningView view(Warning w) {
    return new WarningView(w.level(), w.previousLevel(), w.ruleName(), w.reason(), w.matchedPhrases(), w.onlineRisk(),
        w.triggerKind(), w.ownerDept(), at(w.assessedAt()), at(w.dueAt()), w.status(), at(w.handledAt()),
        w.responseNote());
  }

  private java.time.OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atZone(calculator.zone()).toOffsetDateTime();
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
