package cn.petition.handling;

import cn.petition.casefile.CaseProcess;
import cn.petition.casefile.CaseEventKind;
import cn.petition.casefile.CaseLifecycle;
import cn.petition.casefile.CaseTimeline;
import cn.petition.casefile.ProcessOwnership;
import cn.petition.org.ReferenceData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 受理: records the acceptance (directly or after a transfer) and the handling department, and
 * enlists the co-handlers of a 三跨三分离 case. The handling limit starts from here (see the BPMN).
 */
@Component("acceptCaseDelegate")
public class AcceptCaseDelegate implements JavaDelegate {

  private final CaseLifecycle lifecycle;
  private final CoHandling coHandling;
  private final ReferenceData referenceData;
  private final CaseTimeline timeline;
  private final ProcessOwnership ownership;
  private final ApplicationEventPublisher events;

  public AcceptCaseDelegate(CaseLifecycle lifecycle, CoHandling coHandling, ReferenceData referenceData,
      CaseTimeline timeline, ProcessOwnership ownership, ApplicationEventPublisher events) {
    this.lifecycle = lifecycle;
    this.ownership = ownership;
    this.coHandling = coHandling;
    this.referenceData = referenceData;
    this.timeline = timeline;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = ownership.caseNo(execution);
    String decision = (String) execution.getVariable(CaseProcess.DECISION);
    String handlingDept = (String) execution.getVariable(CaseProcess.HANDLING_DEPT);
    lifecycle.accept(caseNo, decision, handlingDept);
    timeline.record(caseNo, CaseEventKind.ACCEPTED, null,
        (String) execution.getVariable(CaseProcess.FIRST_CONTACT_DEPT),
        "受理，交" + referenceData.departmentName(handlingDept) + "办理");
    coHandling.enlist(caseNo, handlingDept);
    events.publishEvent(new CaseAccepted(caseNo, decision, (String) execution.getVariable(CaseProcess.FIRST_CONTACT_DEPT),
        handlingDept));
  }
}
