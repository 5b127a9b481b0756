package cn.petition.appeal;

import cn.petition.casefile.TaskActor;
import cn.petition.casefile.CaseTimeline;
import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.casefile.CaseOwnershipException;
import cn.petition.casefile.PetitionerMapper;
import cn.petition.casefile.ProcessOwnership;
import cn.petition.deadline.CaseDeadline;
import cn.petition.deadline.CaseDeadlines;
import cn.petition.deadline.DeadlineCalculator;
import cn.petition.deadline.DeadlineProperties;
import cn.petition.deadline.Due;
import cn.petition.web.ConflictException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 复查 and 复核 (bean {@code appeals}): checks the petitioner's 30-day window with the deadline
 * calculator, stores the request, starts the decision limit and the appeal process
 * (processes/petition-appeal.bpmn, business key the case number), and records the decision.
 */
@Service("appeals")
public class Appeals {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final AppealMapper mapper;
  private final PetitionCaseMapper cases;
  private final PetitionerMapper petitioners;
  private final Finality finality;
  private final CaseDeadlines deadlines;
  private final DeadlineCalculator calculator;
  private final DeadlineProperties limits;
  private final CaseTimeline timeline;
  private final ProcessOwnership ownership;
  private final String decidingDept;
  private final ServedDocuments served;
  private final ApplicationEventPublisher events;

  public Appeals(AppealMapper mapper, PetitionCaseMapper cases, PetitionerMapper petitioners, Finality finality,
      CaseDeadlines deadlines, DeadlineCalculator calculator, DeadlineProperties limits, CaseTimeline timeline,
      ProcessOwnership ownership, AppealProperties properties, ServedDocuments served,
      ApplicationEventPublisher events) {
    this.mapper = mapper;
    this.cases = cases;
    this.petitioners = petitioners;
    this.finality = finality;
    this.deadlines = deadlines;
    this.calculator = calculator;
    this.limits = limits;
    this.timeline = timeline;
    this.ownership = ownership;
    this.decidingDept = properties.decidingDept();
    this.served = served;
    this.events = events;
  }

  /**
   * Registers a request received at {@code receivedAt}.
   *
   * @throws ConflictException naming the reason: the matter is final, the request is late, the
   *     written reply or 复查 opinion is missing, or the request exists already
   */
  @Transactional
  public Appeal register(PetitionCase c, AppealKind kind, Instant receivedAt, String user) {
    petitioners.ofCase(c.getCaseNo()).forEach(p -> finality.refuseIfFinal(p.idNumber(), c.getCategoryCode(),
        c.getOccurrenceRegion()));
    Instant windowStart = windowStart(c, kind);
    Due window = calculator.compute(limits.limit(kind.requestLimit(), null), windowStart);
    if (receivedAt.isAfter(window.dueAt())) {
      throw new ConflictException(kind.label() + "请求已超过期限：应于" + DAY.format(window.dueAt().atZone(calculator.zone()))
          + "前提出（" + window.limit().basis() + "）");
    }
    if (receivedAt.isBefore(windowStart)) {
      throw new ConflictException(kind.label() + "请求的收到时间早于" + (kind == AppealKind.REVIEW ? "书面答复" : "复查意见")
          + "送达信访人的时间（" + DAY.format(windowStart.atZone(calculator.zone())) + "）");
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    try {
      mapper.insert(c.getCaseNo(), kind, receivedAt, now, user, decidingDept);
    } catch (DuplicateKeyException exists) {
      throw new ConflictException("信访件 " + c.getCaseNo() + " 已登记过" + kind.label() + "请求");
    }
    CaseDeadline due = deadlines.start(c.getCaseNo(), kind.decideLimit(), null, receivedAt);
    String pid = ownership.start(AppealProcess.KEY, c.getCaseNo(), Variables.createVariables()
        .putValue(AppealProcess.KIND, kind.name()).putValue(AppealProcess.KIND_LABEL, kind.label())
        .putValue(AppealProcess.DECISION_LIMIT, kind.decideLimit()).putValue(AppealProcess.DECIDING_DEPT, decidingDept)
        .putValue(AppealProcess.CASE_NO, c.getCaseNo()).putValue(AppealProcess.TITLE, c.getTitle())).getId();
    mapper.linkProcess(c.getCaseNo(), kind, pid);
    timeline.record(c.getCaseNo(), kind.requested(), user, decidingDept, "信访人请求" + kind.label()
        + "，由上一级机关于" + DAY.format(due.getDueAt().atZone(calculator.zone())) + "前作出" + kind.label() + "意见");
    return mapper.find(c.getCaseNo(), kind);
  }

  /** Complete listener of the decision task: records the opinion; a decided 复核 makes the matter final. */
  public void decided(DelegateTask task) {
    Object opinion = task.getVariable(AppealProcess.OPINION);
    if (opinion == null || opinion.toString().isBlank()) {
      throw new org.camunda.bpm.engine.BadUserRequestException("不能完成“" + task.getName() + "”：必须填写意见 "
          + AppealProcess.OPINION);
    }
    String caseNo = ownership.caseNo(task);
    AppealKind kind = AppealKind.valueOf(task.getVariable(AppealProcess.KIND).toString());
    Appeal appeal = mapper.find(caseNo, kind);
    if (appeal == null || !task.getProcessInstanceId().equals(appeal.processInstanceId())) {
      throw new CaseOwnershipException("流程实例 " + task.getProcessInstanceId() + " 不是信访件 " + caseNo + " 的"
          + kind.label() + "流程，拒绝写入");
    }
    mapper.decide(caseNo, kind, opinion.toString(), ClockUtil.getCurrentTime().toInstant());
    events.publishEvent(new AppealDecided(caseNo, kind, decidingDept, appeal.receivedAt(),
        opinion.toString()));
    timeline.record(caseNo, kind.decided(), TaskActor.of(task), decidingDept,
        kind.label() + "意见：" + opinion + (kind == AppealKind.RE_REVIEW ? "（复核终结）" : ""));
  }

  private Instant windowStart(PetitionCase c, AppealKind kind) {
    if (kind == AppealKind.REVIEW) {
      if (c.getRepliedAt() == null) {
        throw new ConflictException("信访件 " + c.getCaseNo() + " 尚未出具书面答复意见，不能请求复查");
      }
      return servedOrRefuse(c, served.replyServedAt(c.getCaseNo()), "信访事项处理意见书", kind);
    }
    Appeal review = mapper.find(c.getCaseNo(), AppealKind.REVIEW);
    if (review == null || review.decidedAt() == null) {
      throw new ConflictException("信访件 " + c.getCaseNo() + " 尚无复查意见，不能请求复核");
    }
    return servedOrRefuse(c, served.reviewOpinionServedAt(c.getCaseNo()), "复查意见书", kind);
  }

  /** The request window starts when the written decision reached the petitioner (送达), not when it was written. */
  private static Instant servedOrRefuse(PetitionCase c, Instant servedAt, String document, AppealKind kind) {
    if (servedAt == null) {
      throw new ConflictException("信访件 " + c.getCaseNo() + " 的" + document + "尚未登记送达，" + kind.label()
          + "请求期限自信访人收到之日起计算，尚未开始；请先登记该文书的送达情况");
    }
    return servedAt;
  }

  public Appeal find(String caseNo, AppealKind kind) {
    return mapper.find(caseNo, kind);
  }
}
