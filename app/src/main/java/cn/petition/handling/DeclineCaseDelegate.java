package cn.petition.handling;

import cn.petition.casefile.CaseProcess;
import cn.petition.casefile.CaseTimeline;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.casefile.ProcessOwnership;
import cn.petition.warning.WarningService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** 不予受理: records the reason and the guidance on where to go (court, arbitration, 行政复议), and closes. */
@Component("declineCaseDelegate")
public class DeclineCaseDelegate implements JavaDelegate {

  private final PetitionCaseMapper cases;
  private final CaseTimeline timeline;
  private final WarningService warnings;
  private final ProcessOwnership ownership;
  private final ApplicationEventPublisher events;

  public DeclineCaseDelegate(PetitionCaseMapper cases, CaseTimeline timeline, WarningService warnings,
      ProcessOwnership ownership, ApplicationEventPublisher events) {
    this.ownership = ownership;
    this.cases = cases;
    this.timeline = timeline;
    this.warnings = warnings;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = ownership.caseNo(execution);
    String reason = (String) execution.getVariable(CaseProcess.DECLINE_REASON);
    String guidance = (String) execution.getVariable(CaseProcess.GUIDANCE);
    cases.recordDecline(caseNo, reason, guidance, ClockUtil.getCurrentTime().toInstant());
    timeline.record(caseNo, "DECLINED", null, (String) execution.getVariable(CaseProcess.FIRST_CONTACT_DEPT),
        "不予受理告知书：" + reason + "。告知途径：" + guidance);
    warnings.endWithCase(caseNo, "信访件不予受理，已办结");
    events.publishEvent(new CaseDeclined(caseNo, (String) execution.getVariable(CaseProcess.FIRST_CONTACT_DEPT), reason,
        guidance));
  }
}
