package cn.petition.warning;

import cn.petition.casefile.CaseOwnershipException;
import cn.petition.casefile.ProcessOwnership;
import cn.petition.casefile.TaskActor;
import cn.petition.casefile.CaseEventMapper;
import cn.petition.casefile.CaseTimeline;
import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.deadline.CaseDeadlines;
import cn.petition.emergency.EmergencyService;
import cn.petition.deadline.DeadlineCalculator;
import cn.petition.deadline.DeadlineProperties;
import cn.petition.org.ReferenceData;
import cn.petition.supervision.Supervision;
import cn.petition.tasklist.TaskRowRefresh;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
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

  /** Timeline kinds. */
  public static final String EVENT_WARNING = "WARNING";
  public static final String EVENT_WARNING_OVERDUE = "WARNING_OVERDUE";
  public static final String EVENT_WARNING_HANDLED = "WARNING_HANDLED";
  public static final String EVENT_FACTS = "FACTS_RECORDED";

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
  private final Supervision supervision;
  private final TaskRowRefresh taskRows;
  private final ProcessOwnership ownership;

  public WarningService(WarningDecision decision, TextSignals textSignals, WarningMapper mapper,
      PetitionCaseMapper cases, CaseEventMapper events, ReferenceData referenceData, CaseDeadlines deadlines,
      DeadlineCalculator calculator, DeadlineProperties limits, CaseTimeline timeline,
      @Lazy RuntimeService runtimeService, EmergencyService emergency, @Lazy Supervision supervision,
      @Lazy TaskRowRefresh taskRows, ProcessOwnership ownership) {
    this.ownership = ownership;
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
    this.supervision = supervision;
    this.taskRows = taskRows;
  }

  /**
   * Evaluates a case on its current facts together with the repeat petitions merged into it: the
   * largest number of people, skip-level or extreme behaviour in any of them, the number of repeats and
   * every text (titles, contents and the facts handlers recorded).
   *
   * @param trigger INTAKE, REPEAT or FACTS
   */
  public Assessment assessCase(String caseNo, String trigger, String actor) {
    PetitionCase c = cases.find(caseNo);
    List<PetitionCase> all = new ArrayList<>();
    all.add(c);
    mapper.repeatsOf(caseNo).stream().map(cases::find).forEach(all::add);
    int persons = all.stream().mapToInt(PetitionCase::getPersonCount).max().orElse(1);
    boolean skipLevel = all.stream().anyMatch(PetitionCase::isSkipLevel);
    boolean extreme = all.stream().anyMatch(PetitionCase::isExtremeBehaviour);
    int repeats = Math.max(cases.countEarlierCases(caseNo), all.size() - 1);
    List<String> texts = new ArrayList<>();
    all.forEach(x -> {
      texts.add(x.getTitle());
      texts.add(x.getContent());
    });
    events.ofCase(caseNo).stream().filter(e -> EVENT_FACTS.equals(e.kind())).forEach(e -> texts.add(e.detail()));
    String domain = referenceData.category(c.getCategoryCode()).map(x -> x.domain()).orElse("OTHER");
    TextSignal signal = textSignals.analyse(texts.toArray(String[]::new));
    WarningFacts facts = new WarningFacts(persons, skipLevel, repeats, extreme, domain, signal.strongest());
    String dept = c.getHandlingDept() != null ? c.getHandlingDept() : c.getFirstContactDept();
    Assessment assessment = raise(Warning.CASE, caseNo, WarningLevel.valueOf(c.getWarningLevel()), facts, signal,
        trigger, dept, "信访件 " + caseNo + "：" + c.getTitle());
    if (assessment.raised()) {
      mapper.setCaseLevel(caseNo, assessment.level().name());
      for (PetitionCase repeat : all.subList(1, all.size())) {
        mapper.setCaseLevel(repeat.getCaseNo(), assessment.level().name());
      }
      taskRows.refreshCase(caseNo);
      if (assessment.level() == WarningLevel.ORANGE || assessment.level() == WarningLevel.RED) {
        supervision.highRisk(caseNo, assessment.level().label());
      }
      Warning w = current(Warning.CASE, caseNo);
      timeline.record(caseNo, EVENT_WARNING, actor, dept, assessment.level().label() + "（依据规则：" + w.ruleName()
          + "）" + (w.matchedPhrases() == null ? "" : "，预警词：" + w.matchedPhrases()) + "，须于 " + w.dueAt()
          .atZone(calculator.zone()).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES) + " 前响应");
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
      if (("OPEN".equals(earlier.status()) || "ESCALATED".equals(earlier.status()))
          && earlier.processInstanceId() != null
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
    w.reason = clip(facts.toString(), 1000);
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
    mapper.setCaseLevel(repeatCaseNo, assessment.level().name());
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
      timeline.record(w.subjectId(), EVENT_WARNING_OVERDUE, null, w.ownerDept(), WarningLevel.valueOf(w.level())
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
      timeline.record(w.subjectId(), EVENT_WARNING_HANDLED, by, w.ownerDept(),
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
  public void endWithCase(String caseNo, String reason) {
    for (Warning w : ofCase(caseNo)) {
      if (!"OPEN".equals(w.status()) && !"ESCALATED".equals(w.status())) {
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

  /** The warnings of a case for GET /api/cases/{caseNo}. */
  public List<Object> viewsOfCase(String caseNo) {
    return ofCase(caseNo).stream().map(this::view).map(Object.class::cast).toList();
  }

  Map<String, Object> view(Warning w) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("level", w.level());
    m.put("previousLevel", w.previousLevel());
    m.put("rule", w.ruleName());
    m.put("reason", w.reason());
    m.put("matchedPhrases", w.matchedPhrases());
    m.put("onlineRisk", w.onlineRisk());
    m.put("trigger", w.triggerKind());
    m.put("ownerDept", w.ownerDept());
    m.put("assessedAt", at(w.assessedAt()));
    m.put("dueAt", at(w.dueAt()));
    m.put("status", w.status());
    m.put("handledAt", at(w.handledAt()));
    m.put("responseNote", w.responseNote());
    return m;
  }

  private java.time.OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atZone(calculator.zone()).toOffsetDateTime();
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
