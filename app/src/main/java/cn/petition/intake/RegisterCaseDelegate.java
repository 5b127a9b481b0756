package cn.petition.intake;

import cn.petition.casefile.CaseNumbers;
import cn.petition.casefile.CaseOwnershipException;
import cn.petition.casefile.CaseProcess;
import cn.petition.casefile.CaseVariables;
import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.PetitionCaseMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * 登记: stores the case that started this process. From the REST API the checked registration
 * arrives as a transient variable and the case number as business key; from the Tasklist start
 * form the fields arrive as variables and the case number is drawn here. The case number always comes
 * from the counter: a business key chosen by whoever started the process is refused, so a caller can
 * neither take over an existing case nor squat a number the counter will issue later.
 */
@Component("registerCaseDelegate")
public class RegisterCaseDelegate implements JavaDelegate {

  private final StartFormRegistration startForm;
  private final CaseRegistrar registrar;
  private final PetitionCaseMapper cases;
  private final CaseVariables caseVariables;
  private final CaseNumbers caseNumbers;

  public RegisterCaseDelegate(StartFormRegistration startForm, CaseRegistrar registrar, PetitionCaseMapper cases,
      CaseVariables caseVariables, CaseNumbers caseNumbers) {
    this.startForm = startForm;
    this.registrar = registrar;
    this.cases = cases;
    this.caseVariables = caseVariables;
    this.caseNumbers = caseNumbers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object checked = execution.getVariable(CaseProcess.REGISTRATION);
    if (checked != null && !(checked instanceof Registration)) {
      throw new BadUserRequestException("变量 " + CaseProcess.REGISTRATION + " 由系统使用，不能在启动流程时提供");
    }
    Registration registration = (Registration) checked;
    refuseChosenCaseNumber(execution.getProcessBusinessKey(), registration);
    if (registration == null) {
      Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      registration = startForm.read(execution, user == null ? null : user.getUserId());
    }
    PetitionCase petitionCase = registrar.store(registration);
    execution.removeVariables(SensitiveVariables.NAMES);
    if (!petitionCase.getCaseNo().equals(execution.getProcessBusinessKey())) {
      execution.setProcessBusinessKey(petitionCase.getCaseNo());
    }
    cases.setProcessInstance(petitionCase.getCaseNo(), execution.getProcessInstanceId());
    execution.setVariables(caseVariables.of(petitionCase));
  }

  /**
   * Only {@link IntakeService} starts the case process with a business key: the number it has just drawn
   * from the counter, in this thread and transaction, also carried by its registration. The start form
   * starts without one and the number is drawn when the case is stored.
   */
  private void refuseChosenCaseNumber(String businessKey, Registration registration) {
    String drawn = registration == null ? null : registration.caseNo();
    boolean fromCounter = businessKey == null || businessKey.isEmpty()
        ? drawn == null
        : businessKey.equals(drawn) && caseNumbers.claim(businessKey);
    if (!fromCounter) {
      throw new CaseOwnershipException("信访件编号只能由系统按序生成，不能以业务键“" + businessKey
          + "”登记或办理信访件：请通过登记接口或 Tasklist 的“登记信访事项”登记，业务键留空");
    }
  }
}
