package cn.petition.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.junit.jupiter.api.Test;

/** Which constructs of a deployed model are scripts, and the property that allows them. */
class InlineScriptsTest {

  static final String BPMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://petition.cn/test">
        <bpmn:process id="probe" isExecutable="true" camunda:historyTimeToLive="1">
          <bpmn:startEvent id="Start" />
          %s
        </bpmn:process>
      </bpmn:definitions>
      """;

  static final String SCRIPT_TASK = """
      <bpmn:scriptTask id="RunIt" scriptFormat="groovy"><bpmn:script>'rm -rf /'.execute()</bpmn:script></bpmn:scriptTask>""";
  static final String SCRIPT_LISTENER = """
      <bpmn:endEvent id="End"><bpmn:extensionElements><camunda:executionListener event="end">
        <camunda:script scriptFormat="javascript">java.lang.Runtime.getRuntime().exec('id')</camunda:script>
      </camunda:executionListener></bpmn:extensionElements></bpmn:endEvent>""";
  static final String SCRIPT_CONDITION = """
      <bpmn:exclusiveGateway id="Choose" /><bpmn:endEvent id="End" />
      <bpmn:sequenceFlow id="Go" sourceRef="Choose" targetRef="End">
        <bpmn:conditionExpression language="groovy">true</bpmn:conditionExpression></bpmn:sequenceFlow>""";
  static final String EXPRESSIONS_ONLY = """
      <bpmn:serviceTask id="Close" camunda:delegateExpression="${closeCaseDelegate}" /><bpmn:endEvent id="End" />
      <bpmn:sequenceFlow id="Go" sourceRef="Close" targetRef="End">
        <bpmn:conditionExpression>${true}</bpmn:conditionExpression></bpmn:sequenceFlow>""";
  static final String DMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="http://petition.cn">
        <decision id="colour" name="颜色"><decisionTable id="t">
          <input id="i"><inputExpression id="e" typeRef="string" expressionLanguage="%s"><text>x</text></inputExpression></input>
          <output id="o" name="c" typeRef="string" />
        </decisionTable></decision>
      </definitions>
      """;

  @Test
  void scriptTasksScriptListenersAndScriptConditionsAreScripts() {
    assertThat(InlineScripts.scriptsIn(bpmn(SCRIPT_TASK))).singleElement().asString().contains("脚本任务", "RunIt");
    assertThat(InlineScripts.scriptsIn(bpmn(SCRIPT_LISTENER))).singleElement().asString()
        .contains("camunda:script", "End");
    assertThat(InlineScripts.scriptsIn(bpmn(SCRIPT_CONDITION))).singleElement().asString()
        .contains("groovy 脚本条件", "Go");
    assertThat(InlineScripts.scriptsIn(bpmn(EXPRESSIONS_ONLY))).isEmpty();
  }

  @Test
  void dmnExpressionsInAScriptLanguageAreScriptsFeelAndJuelAreNot() {
    assertThat(InlineScripts.scriptsIn(DMN.formatted("javascript").strip().getBytes(StandardCharsets.UTF_8)))
        .singleElement().asString().contains("javascript");
    assertThat(InlineScripts.scriptsIn(DMN.formatted("feel").strip().getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(InlineScripts.scriptsIn(DMN.formatted("juel").strip().getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void whatCannotBeReadIsRefusedAndReadsNoOtherFile() {
    byte[] entity = ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<d>&x;</d>").getBytes(StandardCharsets.UTF_8);
    assertThat(InlineScripts.scriptsIn(entity)).singleElement().asString().contains("无法检查").doesNotContain("root:");
  }

  @Test
  void theDeploymentIsRefusedUnlessThePropertyAllowsScripts() {
    assertThatThrownBy(() -> new InlineScripts(false).deploy(deployment("probe.bpmn", bpmn(SCRIPT_TASK))))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("probe.bpmn").hasMessageContaining("petition.engine.scripts-enabled");
    new InlineScripts(true).deploy(deployment("probe.bpmn", bpmn(SCRIPT_TASK)));
    new InlineScripts(false).deploy(deployment("notes.txt", bpmn(SCRIPT_TASK)));
  }

  static byte[] bpmn(String body) {
    return BPMN.formatted(body).strip().getBytes(StandardCharsets.UTF_8);
  }

  private static DeploymentEntity deployment(String name, byte[] bytes) {
    DeploymentEntity deployment = new DeploymentEntity();
    deployment.setNew(true);
    ResourceEntity resource = new ResourceEntity();
    resource.setName(name);
    resource.setBytes(bytes);
    deployment.addResource(resource);
    return deployment;
  }
}
