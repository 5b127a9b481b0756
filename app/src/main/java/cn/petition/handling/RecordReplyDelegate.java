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

/** 答复: the pre-reviewed written reply (信访处理意见书) goes out; handling ends. */
@Component("recordReplyDelegate")
public class RecordReplyDelegate implements JavaDelegate {

  private final CaseLifecycle lifecycle;
  private final CaseTimeline timeline;
  private final ProcessOwnership ownership;
  private final ApplicationEventPublisher events;

  public RecordReplyDelegate(CaseLifecycle lifecycle, CaseTimeline timeline, ProcessOwnership ownership,
      ApplicationEventPublisher events) {
    this.lifecycle = lifecycle;
    this.ownership = ownership;
    this.timeline = timeline;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = ownership.caseNo(execution);
    String outcome = (String) execution.getVariable(CaseProcess.OUTCOME);
    lifecycle.reply(caseNo, outcome, (String) execution.getVariable(CaseProcess.REPLY_TEXT),
        ClockUtil.getCurrentTime().toInstant());
    timeline.record(caseNo, CaseEventKind.REPLIED, null, (String) execution.getVariable(CaseProcess.HANDLING_DEPT),
        "出具信访处理意见书（" + Outcome.valueOf(outcome).label() + "）");
    events.publishEvent(new ReplyIssued(caseNo, (String) execution.getVariable(CaseProcess.HANDLING_DEPT),
        Outcome.valueOf(outcome), (String) execution.getVariable(CaseProcess.REPLY_TEXT)));
  }
}
