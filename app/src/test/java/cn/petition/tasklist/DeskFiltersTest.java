package cn.petition.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.casefile.CaseProcess;
import cn.petition.intake.IntakeService;
import cn.petition.support.Api;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import cn.petition.support.ProcessTests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * The clerk's desk: every task carries its row (case number, title, department, colour, due date,
 * days overdue), and the shared filters exist, reach the right groups, list the right tasks and are put
 * back to their definition at startup.
 */
@IntegrationTest
class DeskFiltersTest {

  @Autowired IntakeService intake;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizationService;
  @Autowired DeskFilterSync sync;
  @Autowired TaskRowRefresh refresh;
  @Autowired TestRestTemplate rest;
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void eachGroupSeesItsFilters() throws Exception {
    assertThat(filterNames("xfj-handler")).containsExactly("我的待办", "本部门待办", "临期", "已逾期", "红橙预警", "待回复函件");
    assertThat(filterNames("xfj-leader")).containsExactly("我的待办", "本部门待办", "临期", "已逾期", "红橙预警", "我包案的",
        "待回复函件", "待我审批");
    assertThat(filterNames("supervisor")).containsExactly("临期", "已逾期", "红橙预警", "全部待办");
    assertThat(filterService.createFilterQuery().filterName("所有任务").count()).isZero();
  }

  @Test
  void aTaskRowNamesItsCaseAndItsDueDayAndCountsTheDaysOverdue() {
    OffsetDateTime received = OffsetDateTime.of(2026, 10, 12, 9, 0, 0, 0, ProcessTests.CST);
    ProcessTests.clock(received.plusHours(1));
    String caseNo = intake.register(Petitions.urbanRenewal(received, Petitions.newIdNumber()),
        Petitions.petitionOfficeHandler()).caseNo();
    Task review = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();

    // 受理审查: 5 calendar days after receipt, the last day 2026-10-17 is a Saturday and rolls to Monday.
    assertThat(taskService.getVariablesLocal(review.getId())).containsEntry(TaskRows.CASE_NO, caseNo)
        .containsEntry(TaskRows.TITLE, "小区加装电梯补贴未发放").containsEntry(TaskRows.DEPT, "县住房和城乡建设局")
        .containsEntry(TaskRows.DUE, "2026年10月19日").doesNotContainKey(TaskRows.OVERDUE);

    ProcessTests.clock(OffsetDateTime.of(2026, 10, 22, 8, 0, 0, 0, ProcessTests.CST));
    refresh.refreshOverdue();
    assertThat(taskService.getVariableLocal(review.getId(), TaskRows.OVERDUE)).isEqualTo("逾期3天");

    Date later = Date.from(OffsetDateTime.of(2026, 10, 30, 23, 59, 59, 0, ProcessTests.CST).toInstant());
    taskService.setDueDate(review.getId(), later);
    assertThat(taskService.getVariablesLocal(review.getId())).containsEntry(TaskRows.DUE, "2026年10月30日")
        .doesNotContainKey(TaskRows.OVERDUE);
  }

  @Test
  void theOverdueAndRedOrangeFiltersListWhatTheyName() throws Exception {
    ProcessTests.clock(OffsetDateTime.now(ProcessTests.CST));
    String calm = register("小区加装电梯补贴未发放");
    String alarming = register("小区加装电梯补贴未发放");
    new Api(rest, "xfj-handler").post("/api/cases/" + alarming + "/facts", Map.of("note", "信访人扬言要自焚"));
    Task alarmingReview = taskService.createTaskQuery().processInstanceBusinessKey(alarming)
        .taskDefinitionKey(CaseProcess.TASK_REVIEW_ACCEPTANCE).singleResult();
    assertThat(taskService.getVariablesLocal(alarmingReview.getId())).containsEntry(TaskRows.WARNING, "红色预警")
        .containsEntry(TaskRows.WARNING_RANK, 3);

    assertThat(casesListed("xfj-handler", "红橙预警")).contains(alarming).doesNotContain(calm);
    assertThat(casesListed("rsj-handler", "红橙预警")).as("a department without a task of the case").doesNotContain(alarming);
    assertThat(casesListed("supervisor", "红橙预警")).contains(alarming).doesNotContain(calm);
    assertThat(casesListed("xfj-handler", "已逾期")).doesNotContain(calm, alarming);
    assertThat(casesListed("xfj-handler", "本部门待办")).contains(calm, alarming);

    // 受理审查 is due at the end of the 5th day: on that day it is 临期, the day after overdue.
    Date due = taskService.createTaskQuery().processInstanceBusinessKey(calm).singleResult().getDueDate();
    ProcessTests.clock(OffsetDateTime.ofInstant(due.toInstant(), ProcessTests.CST).minusHours(3));
    assertThat(casesListed("xfj-handler", "临期")).contains(calm);
    ProcessTests.clock(OffsetDateTime.ofInstant(due.toInstant(), ProcessTests.CST).plusDays(1));
    assertThat(casesListed("xfj-handler", "临期")).doesNotContain(calm);
    assertThat(casesListed("xfj-handler", "已逾期")).contains(calm, alarming);
  }

  @Test
  void startupPutsChangedFiltersBackAndSharesThemWithExactlyTheirGroups() throws Exception {
    Filter overdue = filter("已逾期");
    overdue.setName("过期的");
    overdue.setQuery(taskService.createTaskQuery().taskAssignee("nobody"));
    filterService.saveFilter(overdue);
    Authorization stray = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    stray.setGroupId("dept-ZJJ");
    stray.setResource(Resources.FILTER);
    stray.setResourceId(filter("待我审批").getId());
    stray.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(stray);
    filterService.saveFilter(filterService.newTaskFilter("所有任务"));

    sync.run(null);

    assertThat(filter("已逾期").getId()).isEqualTo(overdue.getId());
    assertThat(filterService.createFilterQuery().filterName("过期的").count()).isZero();
    assertThat(filterService.createFilterQuery().filterName("所有任务").count()).isZero();
    assertThat(filterNames("zjj-handler")).doesNotContain("待我审批");
    ProcessTests.clock(OffsetDateTime.now(ProcessTests.CST));
    String caseNo = register("小区加装电梯补贴未发放");
    Task review = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
    ProcessTests.clock(OffsetDateTime.ofInstant(review.getDueDate().toInstant(), ProcessTests.CST).plusDays(2));
    assertThat(casesListed("xfj-handler", "已逾期")).contains(caseNo);
  }

  private String register(String title) {
    OffsetDateTime received = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ProcessTests.CST)
        .minusHours(1);
    return intake.register(Petitions.urbanRenewal(received, Petitions.newIdNumber()),
        Petitions.petitionOfficeHandler()).caseNo();
  }

  private Filter filter(String name) {
    return filterService.createFilterQuery().filterName(name).singleResult();
  }

  /** The filters a user may read, in the order the Tasklist shows them (property priority). */
  private List<String> filterNames(String user) throws Exception {
    JsonNode filters = json.readTree(new Api(rest, user).getText("/engine-rest/filter?resourceType=Task").getBody());
    List<JsonNode> list = new ArrayList<>();
    filters.forEach(list::add);
    list.sort((a, b) -> a.path("properties").path("priority").asInt() - b.path("properties").path("priority").asInt());
    return list.stream().map(f -> f.path("name").asText()).toList();
  }

  /** The case numbers of the rows a filter lists for a user, as the Tasklist asks for them (HAL, with variables). */
  private List<String> casesListed(String user, String filterName) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    String body = rest.exchange("/engine-rest/filter/" + filter(filterName).getId() + "/list?maxResults=2000",
        HttpMethod.POST, new HttpEntity<>("{}", headers), String.class).getBody();
    // The variables are embedded in each task: _embedded.task[]._embedded.variable[].
    return json.readTree(body).findParents("name").stream()
        .filter(v -> TaskRows.CASE_NO.equals(v.path("name").asText())).map(v -> v.path("value").asText()).toList();
  }

}
