package cn.petition.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.intake.IntakeService;
import cn.petition.supervision.BacklogAssessment;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An upgrade: a system process started by an earlier version (no process_owner row) keeps working after the
 * first start of this one, which adopts it once; the case processes own their cases through the case row anyhow.
 */
@IntegrationTest
class LegacyProcessOwnersTest {

  @Autowired LegacyProcessOwners legacy;
  @Autowired IntakeService intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ProcessOwnerMapper owners;
  @Autowired CaseEventMapper events;
  @Autowired JdbcTemplate jdbc;

  @Test
  void processesRunningBeforeTheUpgradeAreAdoptedOnce() {
    String caseNo = intake.register(Petitions.urbanRenewal(OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1),
        Petitions.newIdNumber()), Petitions.petitionOfficeHandler()).caseNo();
    String olderVersions = runtimeService.startProcessInstanceByKey(BacklogAssessment.PROCESS_KEY, caseNo,
        Map.of("leaderGroup", "leader-ZJJ", "leaderDept", "ZJJ", "backlogReason", "重复信访3次以上")).getId();
    jdbc.update("DELETE FROM process_owner_adoption");

    legacy.run(null);

    assertThat(owners.countSystemProcess(caseNo, olderVersions)).isEqualTo(1);
    assertThat(owners.countRecorded(caseProcessOf(caseNo))).as("the case process owns its case through the case row")
        .isZero();
    int timeline = events.ofCase(caseNo).size();
    taskService.complete(taskService.createTaskQuery().processInstanceId(olderVersions).singleResult().getId(),
        Map.of("plan", "约谈信访人，落实补贴", "resolved", true));
    assertThat(events.ofCase(caseNo)).hasSizeGreaterThan(timeline);

    String afterTheUpgrade = runtimeService.startProcessInstanceByKey(BacklogAssessment.PROCESS_KEY, caseNo,
        Map.of("leaderGroup", "leader-ZJJ", "leaderDept", "ZJJ", "backlogReason", "伪造")).getId();
    legacy.run(null);
    assertThat(owners.countRecorded(afterTheUpgrade)).as("adopted once, never again").isZero();
    runtimeService.deleteProcessInstance(afterTheUpgrade, "test");
  }

  private String caseProcessOf(String caseNo) {
    return jdbc.queryForObject("SELECT process_instance_id FROM petition_case WHERE case_no = ?", String.class,
        caseNo);
  }
}
