package cn.petition.casefile;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Which process instance may act on which case. The case process owns its case: 登记 stores its
 * instance id on the case row (petition_case.process_instance_id). Every other process that works on a
 * case, a letter or a dispute (warning response, emergency, leader ownership, letter response, appeal) is
 * started by the application through {@link #start} and owns its business key (table process_owner).
 *
 * <p>Every delegate and listener that writes our tables takes the business key from here instead of
 * from the execution, so a process started or moved around the application's own paths (a start with a
 * chosen business key or start instructions, a restart, a designer's process calling our beans) is
 * refused with a {@link CaseOwnershipException} and writes nothing. A system process must reach its
 * first wait state before it writes: ownership is recorded when its start returns.
 */
@Component
public class ProcessOwnership {

  private final ProcessOwnerMapper owners;
  private final RuntimeService runtimeService;

  public ProcessOwnership(ProcessOwnerMapper owners, @Lazy RuntimeService runtimeService) {
    this.owners = owners;
    this.runtimeService = runtimeService;
  }

  /** Starts a system process for a business key and records that it owns that key, in the caller's transaction. */
  public ProcessInstance start(String processKey, String businessKey, Map<String, Object> variables) {
    ProcessInstance instance = runtimeService.createProcessInstanceByKey(processKey).businessKey(businessKey)
        .setVariables(variables).execute();
    owners.insert(instance.getId(), businessKey, processKey, ClockUtil.getCurrentTime().toInstant());
    return instance;
  }

  /** The case number of the execution, after checking that its process owns that case. */
  public String caseNo(DelegateExecution execution) {
    return businessKey(execution);
  }

  /** The case number of the task's process, after checking that the process owns that case. */
  public String caseNo(DelegateTask task) {
    return businessKey(task.getExecution());
  }

  /**
   * The business key (case number, letter number, MD-dispute id) of the execution, after checking that its
   * process owns it: it is the case's own process, or a process the application started for that key.
   *
   * @throws CaseOwnershipException otherwise
   */
  public String businessKey(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    String instance = execution.getProcessInstanceId();
    if (businessKey == null || businessKey.isBlank()) {
      throw new CaseOwnershipException("流程实例 " + instance + " 没有业务键，不能办理信访件");
    }
    if (owners.countCaseProcess(businessKey, instance) == 0 && owners.countSystemProcess(businessKey, instance) == 0) {
      throw new CaseOwnershipException("流程实例 " + instance + "（" + execution.getProcessDefinitionId() + "）不是 "
          + businessKey + " 的办理流程，拒绝写入：信访件只能由登记时启动的办理流程和系统为它启动的流程办理");
    }
    return businessKey;
  }
}
