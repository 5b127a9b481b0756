package cn.petition.intake;

import cn.petition.casefile.CaseNumbers;
import cn.petition.casefile.CaseProcess;
import cn.petition.casefile.CaseVariables;
import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.PetitionCaseMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * 登记: stores the case that started this process. From the REST API the checked registration
 * arrives as a transient variable and the case number as business key; from the Tasklist start
 * form the fields arrive as variables and the case number is drawn here.
 */
@Component("registerCaseDelegate")
public class RegisterCaseDelegate implements JavaDelegate {

  private final StartFormRegistration startForm;
  private final CaseRegistrar registrar;
  private final PetitionCaseMapper cases;
  private final CaseVariables caseVariables;

  public RegisterCaseDelegate(StartFormRegistration startForm, CaseRegistrar registrar, PetitionCaseMapper cases,
      CaseVariables caseVariables) {
    this.startForm = startForm;
    this.registrar = registrar;
    this.cases = cases;
    this.caseVariables = caseVariables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Registration registration = (Registration) execution.getVariable(CaseProcess.REGISTRATION);
    if (registration == null) {
      Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      registration = startForm.read(execution, user);
      String businessKey = execution.getProcessBusinessKey();
      if (CaseNumbers.looksLikeCaseNumber(businessKey) && cases.find(businessKey) == null) {
        registration = registration.withCaseNo(businessKey);
      }
    }
    PetitionCase petitionCase = registrar.store(registration);
    execution.removeVariables(SensitiveVariables.NAMES);
    if (!petitionCase.getCaseNo().equals(execution.getProcessBusinessKey())) {
      execution.setProcessBusinessKey(petitionCase.getCaseNo());
    }
    cases.setProcessInstance(petitionCase.getCaseNo(), execution.getProcessInstanceId());
    execution.setVariables(caseVariables.of(petitionCase));
  }
}
