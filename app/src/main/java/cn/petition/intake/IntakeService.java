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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers a petition from the REST API: checks it, draws the case number and starts the case process,
 * which stores the case (登记) and classifies it, all in one transaction. If any part fails, nothing remains
 * (but a gap in the case numbers).
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
  private final TransactionTemplate transaction;

  public IntakeService(RegistrationValidator validator, CaseNumbers caseNumbers, RuntimeService runtimeService,
      PetitionCaseMapper cases, CaseDeadlines deadlines, ZoneId zone,
      Finality finality, PlatformTransactionManager transactionManager) {
    this.transaction = new TransactionTemplate(transactionManager);
    this.validator = validator;
    this.caseNumbers = caseNumbers;
    this.runtimeService = runtimeService;
    this.cases = cases;
    this.deadlines = deadlines;
    this.zone = zone;
    this.finality = finality;
  }

  /** Registers for the user; the first-contact department defaults to the user's own. */
  public RegisteredCase register(RegisterCaseRequest request, PetitionUser user) {
    return register(request, user, user.homeDepartment());
  }

  /**
   * Registers for the user; a request without first-contact department gets {@code defaultDepartment}, which
   * the caller vouches for (e.g. the street office of a dispute that becomes a case).
   *
   * <p>The case number is drawn before the registration's transaction begins: drawing takes a connection of
   * its own for a moment, and taking it while holding another would let a burst of registrations larger than
   * the connection pool wait on each other until they time out. Called inside a transaction (a dispute that
   * becomes a case), the registration joins it.
   */
  public RegisteredCase register(RegisterCaseRequest request, PetitionUser user, String defaultDepartment) {
    Registration registration = validator.check(request, user, defaultDepartment);
    registration.petitioners().forEach(p -> finality.refuseIfFinal(p.idNumber(), registration.categoryCode(),
        registration.occurrenceRegion()));
    return caseNumbers.drawAhead(registration.receivedAt(),
        caseNo -> transaction.execute(status -> start(registration.withCaseNo(caseNo))));
  }

  private RegisteredCase start(Registration registration) {
    String caseNo = registration.caseNo();
    runtimeService.createProcessInstanceByKey(CaseProcess.KEY)
        .businessKey(caseNo)
        .setVariables(Variables.createVariables().putValueTyped(CaseProcess.REGISTRATION,
            Variables.objectValue(registration, true).create()))
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
