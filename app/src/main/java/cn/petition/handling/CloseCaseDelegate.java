package cn.petition.handling;

import cn.petition.casefile.CaseProcess;
import cn.petition.casefile.CaseTimeline;
import cn.petition.casefile.CaseEventKind;
import cn.petition.casefile.CaseLifecycle;
import cn.petition.casefile.ProcessOwnership;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 办结: records the two-way satisfaction ratings of the follow-up and closes the case (what still runs on it ends
 * with it: {@link cn.petition.casefile.CaseEnded}).
 */
@Component("closeCaseDelegate")
public class CloseCaseDelegate implements JavaDelegate {

  private final CaseLifecycle lifecycle;
  private final CaseTimeline timeline;
  private final ProcessOwnership ownership;

  public CloseCaseDelegate(CaseLifecycle lifecycle, CaseTimeline timeline, ProcessOwnership ownership) {
    this.lifecycle = lifecycle;
    this.ownership = ownership;
    this.timeline = timeline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = ownership.caseNo(execution);
    String handler = (String) execution.getVariable(CaseProcess.SATISFACTION_WITH_HANDLER);
    String office = (String) execution.getVariable(CaseProcess.SATISFACTION_WITH_OFFICE);
    lifecycle.close(caseNo, handler, office, ClockUtil.getCurrentTime().toInstant());
    timeline.record(caseNo, CaseEventKind.CLOSED, null, (String) execution.getVariable(CaseProcess.FIRST_CONTACT_DEPT),
        "办结。对办理单位：" + Satisfaction.valueOf(handler).label() + "；对信访部门：" + Satisfaction.valueOf(office).label());
  }
}
