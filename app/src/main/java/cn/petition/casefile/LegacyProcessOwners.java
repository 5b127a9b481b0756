package cn.petition.casefile;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once, at the first start after table process_owner was created: the processes already running then
 * (warning responses, emergencies, letters, appeals started by an earlier version) were started by the
 * application, so they are recorded as owners of their business keys. Processes started afterwards are
 * recorded by {@link ProcessOwnership#start} or not at all.
 */
@Component
@Order(5)
public class LegacyProcessOwners implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(LegacyProcessOwners.class);
  private static final int PAGE = 500;

  private final ProcessOwnerMapper owners;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;

  public LegacyProcessOwners(ProcessOwnerMapper owners, RuntimeService runtimeService,
      RepositoryService repositoryService) {
    this.owners = owners;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (owners.countAdoptions() > 0) {
      return;
    }
    int adopted = 0;
    for (int first = 0; ; first += PAGE) {
      List<ProcessInstance> page = runtimeService.createProcessInstanceQuery().orderByProcessInstanceId().asc()
          .listPage(first, PAGE);
      for (ProcessInstance instance : page) {
        if (adopt(instance)) {
          adopted++;
        }
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    try {
      owners.recordAdoption(adopted, ClockUtil.getCurrentTime().toInstant());
    } catch (DuplicateKeyException anotherNode) {
      return;
    }
    LOG.info("已登记 {} 个此前运行中的系统流程为其业务键的办理流程", adopted);
  }

  private boolean adopt(ProcessInstance instance) {
    String businessKey = instance.getBusinessKey();
    if (businessKey == null || businessKey.isBlank() || owners.countCaseProcess(businessKey, instance.getId()) > 0
        || owners.countRecorded(instance.getId()) > 0) {
      return false;
    }
    String processKey = repositoryService.getProcessDefinition(instance.getProcessDefinitionId()).getKey();
    owners.insert(instance.getId(), businessKey, processKey, ClockUtil.getCurrentTime().toInstant());
    return true;
  }
}
