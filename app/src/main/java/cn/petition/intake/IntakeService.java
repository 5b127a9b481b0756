package cn.petition.intake;

import cn.petition.appeal.Finality;
import cn.petition.casefile.CaseNumbers;
import cn.petition.casefile.CaseProcess;
import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.deadline.CaseDeadline;
import cn.petition.deadline.CaseDeadlines;
import cn.petition.org.PetitionUser;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a petition from the REST API: draws the case number and starts the case process, which
 * stores the case (登记) and classifies it, all in one transaction. If any part fails, nothing remains.
 */
@Service
public class IntakeService {

  private final RegistrationValidator validator;
  private final CaseNumbers caseNumbers;
  private final RuntimeService runtimeService;
  private final PetitionCaseMapper cases;
  private final CaseDeadlines deadlines;
  private final ZoneId zone;
  private final Finality finality;

  public IntakeService(RegistrationValidator validator, CaseNumbers caseNumbers, RuntimeService runtimeService,
      PetitionCaseMapper cases, CaseDeadlines deadlines, ZoneId zone,
      Finality finality) {
    this.validator = validator;
    this.caseNumbers = caseNumbers;
    this.runtimeService = runtimeService;
    this.cases = cases;
    this.deadlines = deadlines;
    this.zone = zone;
    this.finality = finality;
  }

  @Transactional
  public RegisteredCase register(RegisterCaseRequest request, PetitionUser user) {
    Registration registration = validator.check(request, user.id(), user.homeDepartment());
    registration.petitioners().forEach(p -> finality.refuseIfFinal(p.idNumber(), registration.categoryCode(),
        registration.occurrenceRegion()));
    String caseNo = caseNumbers.next(registration.receivedAt());
    runtimeService.createProcessInstanceByKey(CaseProcess.KEY)
        .businessKey(caseNo)
        .setVariables(Variables.createVariables().putValueTyped(CaseProcess.REGISTRATION,
            Variables.objectValue(registration.withCaseNo(caseNo), true).create()))
        .execute();
    PetitionCase registered = cases.find(caseNo);
    // A repeat petition is handled in its original's line: answer with the original's handling data.
    PetitionCase handled = registered.getRepeatOf() == null ? registered : cases.find(registered.getRepeatOf());
    return new RegisteredCase(caseNo, handled.getProcessInstanceId(), handled.getProcedureType(),
        handled.getLineType(), registered.getWarningLevel(), handled.getHandlingDept(),
        acceptDue(handled.getCaseNo()), registered.getStatus(), registered.getRepeatOf());
  }

  private OffsetDateTime acceptDue(String caseNo) {
    return deadlines.ofCase(caseNo).stream()
        .filter(d -> CaseProcess.LIMIT_ACCEPT.equals(d.getLimitCode()))
        .map(CaseDeadline::getDueAt)
        .map(due -> due.atZone(zone).toOffsetDateTime())
        .findFirst().orElse(null);
  }
}
