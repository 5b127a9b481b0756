package cn.petition.processes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.casefile.CaseProcess;
import cn.petition.supervision.ResponsibleParty;
import cn.petition.supervision.SupervisionRung;
import cn.petition.supervision.SupervisionStage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The supervision ladder comes from one place, the Modeler element template processes/element-templates/
 * supervision-ladder.json: every task whose due date is a supervised limit carries exactly the template's ladder
 * (one rung per stage), every rung is made with the template and says what the template says, and the template
 * says what Java reads.
 */
class SupervisionLadderTemplateTest {

  private static final Pattern DUE_DATE =
      Pattern.compile("\\$\\{deadlines\\.dueOf\\(execution, ('([A-Z_]+)'|[a-zA-Z]+)\\)}");
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  private static JsonNode template;
  private static Map<String, BpmnModelInstance> processes;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = SupervisionLadderTemplateTest.class
        .getResourceAsStream("/processes/element-templates/supervision-ladder.json")) {
      template = StreamSupport.stream(new ObjectMapper().readTree(in).spliterator(), false)
          .filter(t -> SupervisionRung.TEMPLATE.equals(t.path("id").asText())).findFirst().orElseThrow();
    }
    processes = new HashMap<>();
    for (Resource bpmn : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
      try (InputStream in = bpmn.getInputStream()) {
        processes.put(bpmn.getFilename(), Bpmn.readModelFromStream(in));
      }
    }
  }

  @Test
  void theTemplateSaysWhatJavaReads() {
    assertThat(hidden("property", "cancelActivity")).isEqualTo("false");
    assertThat(hidden("camunda:executionListener", null)).isEqualTo(SupervisionRung.LISTENER);
    assertThat(template.path("appliesTo").get(0).asText()).isEqualTo("bpmn:BoundaryEvent");
    assertThat(choices(SupervisionRung.STAGE)).containsExactlyElementsOf(ladder());
    assertThat(ladder()).allSatisfy(stage -> assertThat(SupervisionStage.valueOf(stage)).isNotNull());
    assertThat(choices(SupervisionRung.RESPONSIBLE))
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(ResponsibleParty.values()).map(Enum::name).toList());
    assertThat(choices(SupervisionRung.LIMIT)).contains(CaseProcess.LIMIT_ACCEPT, CaseProcess.LIMIT_HANDLE);
  }

  @Test
  void theCaseProcessSupervisesItsFiveTimedSteps() {
    assertThat(supervisedTasks(processes.get("petition-case.bpmn")).keySet()).extracting(UserTask::getId)
        .containsExactlyInAnyOrder(CaseProcess.TASK_REVIEW_ACCEPTANCE, CaseProcess.TASK_CO_HANDLE,
            CaseProcess.TASK_HANDLE, CaseProcess.TASK_APPROVE_EXTENSION, CaseProcess.TASK_PRE_REVIEW);
  }

  @Test
  void everySupervisedTaskHasExactlyTheTemplatesLadder() {
    int rungs = 0;
    for (Map.Entry<String, BpmnModelInstance> process : processes.entrySet()) {
      for (Map.Entry<UserTask, String> supervised : supervisedTasks(process.getValue()).entrySet()) {
        UserTask task = supervised.getKey();
        List<BoundaryEvent> timers = process.getValue().getModelElementsByType(BoundaryEvent.class).stream()
            .filter(b -> b.getAttachedTo() == task)
            .filter(b -> b.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance)).toList();
        String where = process.getKey() + " " + task.getId();
        assertThat(timers).as("%s: one rung per stage of the ladder", where)
            .extracting(b -> properties(b).get(SupervisionRung.STAGE)).containsExactlyInAnyOrderElementsOf(ladder());
        for (BoundaryEvent rung : timers) {
          assertRungConforms(rung, supervised.getValue(), where + " " + rung.getId());
          rungs++;
        }
      }
    }
    assertThat(rungs).as("the case process's five steps and the appeal decision").isEqualTo(6 * ladder().size());
  }

  @Test
  void everyRungOfTheTemplateIsOnASupervisedTask() {
    for (Map.Entry<String, BpmnModelInstance> process : processes.entrySet()) {
      Set<UserTask> supervised = supervisedTasks(process.getValue()).keySet();
      process.getValue().getModelElementsByType(BoundaryEvent.class).stream()
          .filter(b -> SupervisionRung.TEMPLATE.equals(b.getAttributeValueNs(CAMUNDA, "modelerTemplate")))
          .forEach(b -> assertThat(supervised).as("%s %s", process.getKey(), b.getId()).contains((UserTask) b
              .getAttachedTo()));
    }
  }

  private static void assertRungConforms(BoundaryEvent rung, String limit, String where) {
    assertThat(rung.getAttributeValueNs(CAMUNDA, "modelerTemplate")).as("%s: made with the template", where)
        .isEqualTo(SupervisionRung.TEMPLATE);
    assertThat(rung.getAttributeValueNs(CAMUNDA, "modelerTemplateVersion")).as(where)
        .isEqualTo(template.path("version").asText());
    assertThat(String.valueOf(rung.cancelActivity())).as("%s: non-interrupting", where)
        .isEqualTo(hidden("property", "cancelActivity"));
    Map<String, String> declared = properties(rung);
    assertThat(declared.get(SupervisionRung.LIMIT)).as("%s: supervises the task's limit", where).isEqualTo(limit);
    assertThat(choices(SupervisionRung.RESPONSIBLE)).as(where).contains(declared.get(SupervisionRung.RESPONSIBLE));
    assertThat(rung.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class).list())
        .as("%s: the template's listener", where).singleElement()
        .satisfies(l -> assertThat(l.getCamundaEvent() + " " + l.getCamundaExpression())
            .isEqualTo("end " + hidden("camunda:executionListener", null)));
    String stage = declared.get(SupervisionRung.STAGE);
    String timeDate = StreamSupport.stream(template.path("metadata").path("ladder").spliterator(), false)
        .filter(r -> r.path("stage").asText().equals(stage)).findFirst().orElseThrow().path("timeDate").asText()
        .replace("<limit>", limit.startsWith("${") ? limit.substring(2, limit.length() - 1) : "'" + limit + "'");
    TimerEventDefinition timer = (TimerEventDefinition) rung.getEventDefinitions().iterator().next();
    assertThat(timer.getTimeDate()).as("%s: a timer date", where).isNotNull();
    assertThat(timer.getTimeDate().getTextContent().trim()).as("%s: the template's timer date", where)
        .isEqualTo(timeDate);
  }

  /** User tasks whose due date is a limit the template supervises, with that limit as the template writes it. */
  private static Map<UserTask, String> supervisedTasks(BpmnModelInstance process) {
    Map<UserTask, String> supervised = new HashMap<>();
    List<String> limits = choices(SupervisionRung.LIMIT);
    for (UserTask task : process.getModelElementsByType(UserTask.class)) {
      Matcher due = DUE_DATE.matcher(Optional.ofNullable(task.getCamundaDueDate()).orElse(""));
      if (due.matches()) {
        String limit = due.group(2) != null ? due.group(2) : "${" + due.group(1) + "}";
        if (limits.contains(limit)) {
          supervised.put(task, limit);
        }
      }
    }
    return supervised;
  }

  private static Map<String, String> properties(BoundaryEvent rung) {
    if (rung.getExtensionElements() == null) {
      return Map.of();
    }
    return rung.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .collect(Collectors.toMap(CamundaProperty::getCamundaName, CamundaProperty::getCamundaValue));
  }

  private static List<String> ladder() {
    List<String> stages = new ArrayList<>();
    template.path("metadata").path("ladder").forEach(r -> stages.add(r.path("stage").asText()));
    return stages;
  }

  private static JsonNode property(String bindingType, String name) {
    return StreamSupport.stream(template.path("properties").spliterator(), false)
        .filter(p -> bindingType.equals(p.path("binding").path("type").asText())
            && (name == null || name.equals(p.path("binding").path("name").asText())))
        .findFirst().orElseThrow(() -> new AssertionError("the template has no " + bindingType + " " + name));
  }

  private static String hidden(String bindingType, String name) {
    JsonNode p = property(bindingType, name);
    assertThat(p.path("type").asText()).isEqualTo("Hidden");
    return p.path("value").asText();
  }

  private static List<String> choices(String camundaProperty) {
    List<String> values = new ArrayList<>();
    property("camunda:property", camundaProperty).path("choices").forEach(c -> values.add(c.path("value").asText()));
    return values;
  }
}
