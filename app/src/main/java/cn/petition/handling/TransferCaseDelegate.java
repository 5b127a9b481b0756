package cn.petition.handling;

import cn.petition.casefile.CaseProcess;
import cn.petition.casefile.CaseTimeline;
import cn.petition.casefile.ProcessOwnership;
import cn.petition.org.ReferenceData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 转送: the named department handles the case. The first-contact department stays the owner
 * (首接负责): it still does the reply pre-review and the follow-up.
 */
@Component("transferCaseDelegate")
public class TransferCaseDelegate implements JavaDelegate {

  private final ReferenceData referenceData;
  private final CaseTimeline timeline;
  private final ProcessOwnership ownership;

  public TransferCaseDelegate(ReferenceData referenceData, CaseTimeline timeline, ProcessOwnership ownership) {
    this.ownership = ownership;
    this.referenceData = referenceData;
    this.timeline = timeline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = ownership.caseNo(execution);
    String target = (String) execution.getVariable(CaseProcess.TRANSFER_TO);
    execution.setVariable(CaseProcess.HANDLING_DEPT, target);
    execution.setVariable("handlingDeptName", referenceData.departmentName(target));
    timeline.record(caseNo, "TRANSFERRED", null,
        (String) execution.getVariable(CaseProcess.FIRST_CONTACT_DEPT),
        "转送" + referenceData.departmentName(target) + "办理，首接部门仍为责任主体");
  }
}
