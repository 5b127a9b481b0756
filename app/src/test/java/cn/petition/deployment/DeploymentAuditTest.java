package cn.petition.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.support.Api;
import cn.petition.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 7, hole 6: a designer's deployment runs with the application's rights, so every deployment is recorded
 * (who, when, which files, the deployment id) for administrators, and a model with a script is refused.
 */
@IntegrationTest
class DeploymentAuditTest {

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @Autowired ObjectMapper json;

  @Test
  void everyDeploymentIsRecordedWithWhoWhenAndWhichFiles() throws Exception {
    String name = "audit-probe-" + System.nanoTime();
    byte[] bpmn = InlineScriptsTest.bpmn("<bpmn:endEvent id=\"End\" />");
    ResponseEntity<String> deployed = deploy("designer", name, "probe.bpmn", bpmn);
    assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
    String deploymentId = json.readTree(deployed.getBody()).get("id").asText();

    JsonNode record = find(deploymentId);
    assertThat(record.get("deployedBy").asText()).isEqualTo("designer");
    assertThat(record.get("name").asText()).isEqualTo(name);
    assertThat(record.get("deployedAt").asText()).endsWith("+08:00");
    assertThat(record.get("resources")).singleElement().satisfies(r -> {
      assertThat(r.get("name").asText()).isEqualTo("probe.bpmn");
      assertThat(r.get("sha256").asText()).isEqualTo(DeploymentAudit.sha256(bpmn));
      assertThat(r.get("size").asInt()).isEqualTo(bpmn.length);
    });

    String byTheApplication = repositoryService.createDeployment().name(name + "-java")
        .addModelInstance("java.bpmn", Bpmn.createExecutableProcess("javaProbe" + System.nanoTime())
            .camundaHistoryTimeToLive(1).startEvent().endEvent().done()).deploy().getId();
    assertThat(find(byTheApplication).get("deployedBy").isNull()).as("no user: the application's own").isTrue();
  }

  @Test
  void theApplicationsStartupDeploymentIsRecorded() throws Exception {
    JsonNode all = json.readTree(new Api(rest, "admin").getText("/api/admin/deployments?size=500").getBody());
    assertThat(all).anySatisfy(d -> {
      assertThat(d.get("deployedBy").isNull()).isTrue();
      assertThat(d.get("resources").findValuesAsText("name")).anyMatch(n -> n.endsWith("petition-case.bpmn"));
    });
  }

  @Test
  void onlyAdministratorsReadTheRecord() {
    for (String user : List.of("designer", "supervisor", "xfj-handler")) {
      assertThat(new Api(rest, user).getText("/api/admin/deployments").getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void aModelWithAScriptIsRefusedWithTheElementNamedAndNothingIsDeployed() throws Exception {
    for (String body : List.of(InlineScriptsTest.SCRIPT_TASK, InlineScriptsTest.SCRIPT_LISTENER,
        InlineScriptsTest.SCRIPT_CONDITION)) {
      String name = "script-probe-" + System.nanoTime();
      ResponseEntity<String> refused = deploy("designer", name, "probe.bpmn", InlineScriptsTest.bpmn(body));

      assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(refused.getBody()).get("message").asText())
          .contains("部署被拒绝", "probe.bpmn", "脚本", "petition.engine.scripts-enabled");
      assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isZero();
    }
    assertThat(new Api(rest, "admin").getText("/api/admin/deployments?size=500").getBody())
        .doesNotContain("script-probe-");
  }

  private JsonNode find(String deploymentId) throws Exception {
    ResponseEntity<String> list = new Api(rest, "admin").getText("/api/admin/deployments?size=500");
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    for (JsonNode record : json.readTree(list.getBody())) {
      if (record.get("deploymentId").asText().equals(deploymentId)) {
        return record;
      }
    }
    throw new AssertionError("deployment " + deploymentId + " not recorded: " + list.getBody());
  }

  private ResponseEntity<String> deploy(String user, String deploymentName, String fileName, byte[] content) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", deploymentName);
    body.add("data", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    return rest.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }
}
