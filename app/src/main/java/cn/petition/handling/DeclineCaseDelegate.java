package cn.petition.handling;

import cn.petition.casefile.CaseProcess;
import cn.petition.casefile.CaseTimeline;
import cn.petition.casefile.CaseEventKind;
import cn.petition.casefile.CaseLifecycle;
import cn.petition.casefile.ProcessOwnership;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 不予受理: records the reason and the guidance on where to go (court, arbitration, 行政复议), and closes
 * (what still runs on the case ends with it: {@link cn.petition.casefile.CaseEnded}).
 */
@Component("declineCaseDelegate")
public class DeclineCaseDelegate implements JavaDelegate {

  private final CaseLifecycle lifecycle;
  private final CaseTimeline timeline;
  private final ProcessOwnership ownership;
  private final ApplicationEventPublisher events;

  public DeclineCaseDelegate(CaseLifecycle lifecycle, CaseTimeline timeline, ProcessOwnership ownership,
      ApplicationEventPublisher events) {
    this.lifecycle = lifecycle;
    this.ownership = ownership;
    this.timeline = timeline;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = ownership.caseNo(execution);
    String reason = (String) execution.getVariable(CaseProcess.DECLINE_REASON);
    String guidance = (String) execution.getVariable(CaseProcess.GUIDANCE);
    lifecycle.decline(caseNo, reason, guidance, ClockUtil.getCurrentTime().toInstant());
    timeline.record(caseNo, CaseEventKind.DECLINED, null,
        (String) execution.getVariable(CaseProcess.FIRST_CONTACT_DEPT),
        "不予受理告知书：" + reason + "。告知途径：" + guidance);
    events.publishEvent(new CaseDeclined(caseNo, (String) execution.getVariable(CaseProcess.FIRST_CONTACT_DEPT), reason,
        guidance));
  }
}
