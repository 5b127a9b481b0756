package cn.petition.handling;

import cn.petition.casefile.CaseProcess;
import cn.petition.casefile.CaseEventKind;
import cn.petition.casefile.CaseTimeline;
import cn.petition.casefile.ProcessOwnership;
import cn.petition.deadline.CaseDeadlines;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * After 延期审批: an approved extension moves the handling limit (at most 30 days in all, counted
 * from the end of the current limit); a refused one leaves it. Either way the request is recorded
 * and cleared, and handling goes on.
 */
@Component("extendHandlingDelegate")
public class ExtendHandlingDelegate implements JavaDelegate {

  private final CaseDeadlines deadlines;
  private final CaseTimeline timeline;
  private final ProcessOwnership ownership;
  private final ApplicationEventPublisher events;

  public ExtendHandlingDelegate(CaseDeadlines deadlines, CaseTimeline timeline, ProcessOwnership ownership,
      ApplicationEventPublisher events) {
    this.ownership = ownership;
    this.deadlines = deadlines;
    this.timeline = timeline;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = ownership.caseNo(execution);
    int days = ((Number) execution.getVariable(CaseProcess.EXTENSION_DAYS)).intValue();
    String reason = (String) execution.getVariable(CaseProcess.EXTENSION_REASON);
    String leaderDept = (String) execution.getVariable(CaseProcess.HANDLING_DEPT);
    if (Boolean.TRUE.equals(execution.getVariable(CaseProcess.APPROVED))) {
      Instant previousDue = deadlines.dueOf(caseNo, CaseProcess.LIMIT_HANDLE).toInstant();
      Instant newDue = deadlines.extend(caseNo, CaseProcess.LIMIT_HANDLE, days, reason).getDueAt();
      events.publishEvent(new HandlingExtended(caseNo, leaderDept, days, reason, previousDue, newDue));
      timeline.record(caseNo, CaseEventKind.EXTENDED, null, leaderDept,
          "批准延期" + days + "日，理由：" + reason + "（已告知信访人延期理由）");
    } else {
      timeline.record(caseNo, CaseEventKind.EXTENSION_REFUSED, null, leaderDept,
          "不同意延期" + days + "日：" + execution.getVariable(CaseProcess.APPROVAL_COMMENT));
    }
    execution.removeVariable(CaseProcess.EXTENSION_DAYS);
    execution.removeVariable(CaseProcess.EXTENSION_REASON);
    execution.removeVariable(CaseProcess.APPROVED);
    execution.removeVariable(CaseProcess.REQUEST_EXTENSION);
  }
}
