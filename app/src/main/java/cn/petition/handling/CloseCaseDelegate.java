package cn.petition.handling;

import cn.petition.casefile.CaseProcess;
import cn.petition.casefile.CaseTimeline;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.casefile.ProcessOwnership;
import cn.petition.warning.WarningService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** 办结: records the two-way satisfaction ratings of the follow-up and closes the case. */
@Component("closeCaseDelegate")
public class CloseCaseDelegate implements JavaDelegate {

  private final PetitionCaseMapper cases;
  private final CaseTimeline timeline;
  private final WarningService warnings;
  private final ProcessOwnership ownership;

  public CloseCaseDelegate(PetitionCaseMapper cases, CaseTimeline timeline, WarningService warnings,
      ProcessOwnership ownership) {
    this.ownership = ownership;
    this.cases = cases;
    this.timeline = timeline;
    this.warnings = warnings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = ownership.caseNo(execution);
    String handler = (String) execution.getVariable(CaseProcess.SATISFACTION_WITH_HANDLER);
    String office = (String) execution.getVariable(CaseProcess.SATISFACTION_WITH_OFFICE);
    cases.recordClosure(caseNo, handler, office, ClockUtil.getCurrentTime().toInstant());
    timeline.record(caseNo, "CLOSED", null, (String) execution.getVariable(CaseProcess.FIRST_CONTACT_DEPT),
        "办结。对办理单位：" + Satisfaction.valueOf(handler).label() + "；对信访部门：" + Satisfaction.valueOf(office).label());
    warnings.endWithCase(caseNo, "信访件已办结");
  }
}
