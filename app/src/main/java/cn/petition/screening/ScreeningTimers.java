package cn.petition.screening;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Keeps the review timers on the configured cycles. The engine evaluates {@code ${screeningCycles.*}} when it
 * deploys a process, but an unchanged BPMN is not deployed again (deploy-changed-only), so after a cycle was
 * changed in application.yaml the waiting timer would still stand on the old one. At startup this moves it to
 * the next time of the configured cycle; from then on the engine re-reads the cycle each time the timer fires.
 */
@Component
public class ScreeningTimers implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ScreeningTimers.class);

  private final RepositoryService repositoryService;
  private final ManagementService managementService;
  private final ScreeningCycles cycles;

  public ScreeningTimers(RepositoryService repositoryService, ManagementService managementService,
      ScreeningCycles cycles) {
    this.repositoryService = repositoryService;
    this.managementService = managementService;
    this.cycles = cycles;
  }

  @Override
  public void run(ApplicationArguments args) {
    align();
  }

  /** Moves each review timer that stands elsewhere to the next time of its configured cycle. */
  public void align() {
    Map<String, String> configured = Map.of(ScreeningProcess.STREET_KEY, cycles.getStreet(),
        ScreeningProcess.DISTRICT_KEY, cycles.getDistrict());
    configured.forEach((key, cycle) -> {
      ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
          .latestVersion().singleResult();
      if (definition == null) {
        return;
      }
      Date next = new CycleBusinessCalendar().resolveDuedate(cycle, ClockUtil.getCurrentTime());
      for (Job timer : managementService.createJobQuery().processDefinitionId(definition.getId()).timers().list()) {
        if (next != null && !next.equals(timer.getDuedate())) {
          log.info("{}: timer moved from {} to {} (cycle {})", key, timer.getDuedate(), next, cycle);
          managementService.setJobDuedate(timer.getId(), next);
        }
      }
    });
  }
}
