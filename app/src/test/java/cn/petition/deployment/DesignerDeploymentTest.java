package cn.petition.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.casefile.CaseProcess;
import cn.petition.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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
 * A process designer changes the BPMN (as Camunda Modeler would save it) and deploys it to the
 * running application through /engine-rest with their own login; a handler may not.
 */
@IntegrationTest
class DesignerDeploymentTest {

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;

  @Test
  void designerDeploysAChangedCaseProcessOverRest() throws Exception {
    String bpmn = Files.readString(Path.of("../processes/petition-case.bpmn"), StandardCharsets.UTF_8);
    String revision = "（流程设计员修订 " + System.nanoTime() + "）";
    String changed = bpmn.replace("</bpmn:documentation>", revision + "</bpmn:documentation>");
    assertThat(changed).isNotEqualTo(bpmn);
    int before = latest().getVersion();

    assertThat(deploy("xfj-handler", changed).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(latest().getVersion()).isEqualTo(before);

    ResponseEntity<String> deployed = deploy("designer", changed);
    assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
    ProcessDefinition now = latest();
    assertThat(now.getVersion()).isEqualTo(before + 1);
    assertThat(new String(repositoryService.getResourceAsStream(now.getDeploymentId(), now.getResourceName())
        .readAllBytes(), StandardCharsets.UTF_8)).contains(revision);

    ResponseEntity<String> again = deploy("designer", changed);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(latest().getVersion()).as("an unchanged file makes no new version").isEqualTo(before + 1);
  }

  private ProcessDefinition latest() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(CaseProcess.KEY)
        .latestVersion().singleResult();
  }

  private ResponseEntity<String> deploy(String user, String bpmn) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", "petition-designer");
    body.add("enable-duplicate-filtering", "true");
    body.add("deploy-changed-only", "true");
    body.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "petition-case.bpmn";
      }
    });
    return rest.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }
}
