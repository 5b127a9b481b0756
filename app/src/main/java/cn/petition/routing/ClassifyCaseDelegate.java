package cn.petition.routing;

import cn.petition.casefile.CaseProcess;
import cn.petition.casefile.CaseTimeline;
import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.casefile.PetitionerMapper;
import cn.petition.casefile.ProcessOwnership;
import cn.petition.deadline.CaseDeadlines;
import cn.petition.org.ReferenceData;
import cn.petition.warning.Assessment;
import cn.petition.warning.WarningService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 分类 (business rule task): the decision tables give the procedure (一般 / 简易), the line
 * (普通 / 涉法涉诉) and the competent department. With no routing row, the first-contact
 * department keeps the case (首接部门兜底). Starts the acceptance limit, counted from receipt.
 */
@Component("classifyCaseDelegate")
public class ClassifyCaseDelegate implements JavaDelegate {

  private final PetitionCaseMapper cases;
  private final PetitionerMapper petitioners;
  private final ReferenceData referenceData;
  private final ProcedureDecision procedureDecision;
  private final LineDecision lineDecision;
  private final RoutingDecision routingDecision;
  private final CaseDeadlines deadlines;
  private final CaseTimeline timeline;
  private final WarningService warnings;
  private final ProcessOwnership ownership;

  public ClassifyCaseDelegate(PetitionCaseMapper cases, PetitionerMapper petitioners, ReferenceData referenceData,
      ProcedureDecision procedureDecision, LineDecision lineDecision, RoutingDecision routingDecision,
      CaseDeadlines deadlines, CaseTimeline timeline, WarningService warnings, ProcessOwnership ownership) {
    this.ownership = ownership;
    this.cases = cases;
    this.petitioners = petitioners;
    this.referenceData = referenceData;
    this.procedureDecision = procedureDecision;
    this.lineDecision = lineDecision;
    this.routingDecision = routingDecision;
    this.deadlines = deadlines;
    this.timeline = timeline;
    this.warnings = warnings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = ownership.caseNo(execution);
    PetitionCase c = cases.find(caseNo);
    String domain = referenceData.category(c.getCategoryCode()).map(x -> x.domain()).orElse("OTHER");
    boolean repeat = cases.countEarlierCases(caseNo) > 0;

    Procedure procedure = procedureDecision.decide(new ProcedureFacts(domain, c.getPersonCount(),
        petitioners.ofCase(caseNo).size(), repeat, c.isSkipLevel(), c.isExtremeBehaviour()));
    Line line = lineDecision.decide(domain);
    String handlingDept = routingDecision.decide(c.getCategoryCode(), line, c.getOccurrenceRegion())
        .map(RoutingResult::departmentCode).orElse(c.getFirstContactDept());

    cases.classify(caseNo, procedure.name(), line.name(), handlingDept);
    execution.setVariable(CaseProcess.PROCEDURE, procedure.name());
    execution.setVariable(CaseProcess.LINE, line.name());
    execution.setVariable(CaseProcess.HANDLING_DEPT, handlingDept);
    execution.setVariable("procedureLabel", procedure.label());
    execution.setVariable("lineLabel", line.label());
    execution.setVariable("handlingDeptName", referenceData.departmentName(handlingDept));
    deadlines.start(caseNo, CaseProcess.LIMIT_ACCEPT, procedure.name(), c.getReceivedAt());
    timeline.record(caseNo, "CLASSIFIED", null, c.getFirstContactDept(), procedure.label() + "，" + line.label()
        + "，拟交" + referenceData.departmentName(handlingDept) + "办理" + (repeat ? "（重复信访）" : ""));
    // 三色预警 (rules/warning/warning.drl.xlsx): the colour, its response process and, when needed, 处突.
    Assessment warning = warnings.assessCase(caseNo, "INTAKE", null);
    execution.setVariable("warningLevel", warning.level().name());
  }
}
