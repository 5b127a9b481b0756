package cn.petition.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.petition.intake.IntakeService;
import cn.petition.intake.RegisteredCase;
import cn.petition.support.Api;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import cn.petition.support.ProcessCoverage;
import cn.petition.support.ProcessTests;
import cn.petition.support.Timers;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The supervision ladder on the real engine: a simple case through every rung, an extended case
 * whose timers move, letters answered and left unanswered, idempotency, the Word document, the API.
 */
@IntegrationTest
@ProcessCoverage(processes = LetterResponseProcess.KEY)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionLadderTest {

  private static final ZoneOffset CST = ProcessTests.CST;

  @Autowired IntakeService intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired Letters letters;
  @Autowired Supervision supervision;
  @Autowired TransactionTemplate transactions;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void simpleCaseClimbsEveryRungOfTheAcceptanceLadderOnce() {
    OffsetDateTime received = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, CST);
    ProcessInstance pi = register(received, "教育");
    String caseNo = pi.getBusinessKey();
    // Simple procedure: accept within 2 calendar days, due end of Wed Nov 4.
    ProcessTests.clock(OffsetDateTime.of(2026, 11, 3, 23, 0, 0, 0, CST));
    assertThat(Timers.fireDue(managementService, pi.getId())).isZero();
    ProcessTests.clock(OffsetDateTime.of(2026, 11, 4, 8, 0, 0, 0, CST));
    assertThat(Timers.fireDue(managementService, pi.getId())).isEqualTo(1);
    ProcessTests.clock(OffsetDateTime.of(2026, 11, 5, 8, 0, 0, 0, CST));
    assertThat(Timers.fireDue(managementService, pi.getId())).isEqualTo(1);
    ProcessTests.clock(OffsetDateTime.of(2026, 11, 8, 8, 0, 0, 0, CST));
    assertThat(Timers.fireDue(managementService, pi.getId())).isEqualTo(1);

    List<Letter> issued = letters.ofCase(caseNo);
    assertThat(issued).extracting(l -> l.getKind() + "/" + l.getStage() + "→" + l.getRecipientGroup())
        .containsExactly("NOTICE/APPROACHING→dept-XFJ", "SUPERVISION_LETTER/DUE→leader-XFJ",
            "ACCOUNTABILITY_LETTER/OVERDUE→dept-JWJW");
    assertThat(issued).extracting(Letter::getLetterNo).allMatch(no -> no.matches("[提督问]〔2026〕\\d+号"));
    assertThat(issued).as("the office never writes a letter to itself: its superior organ supervises it")
        .extracting(l -> l.getKind() + " " + l.getIssuerDept() + "→" + l.getRecipientDept())
        .containsExactly("NOTICE XFJ→XFJ", "SUPERVISION_LETTER SXFJ→XFJ", "ACCOUNTABILITY_LETTER SXFJ→JWJW");
    assertThat(issued.get(2).getDaysLate()).isEqualTo(3);
    assertThat(issued.get(2).getReason()).contains("受理时限已于2026年11月4日24时届满", "已逾期3日");
    assertThat(responseTasks(caseNo)).as("each letter gets a 函件回复 task; the notice does not")
        .extracting(this::candidateGroup).containsExactly("leader-XFJ", "dept-JWJW");
    assertThat(issued.get(1).getResponseDueAt()).as("5 calendar days from Nov 5 = Tue Nov 10")
        .isEqualTo(OffsetDateTime.of(2026, 11, 10, 23, 59, 59, 0, CST).toInstant());
  }

  @Test
  void anApprovedExtensionMovesTheHandlingTimers() {
    ProcessInstance pi = register(OffsetDateTime.of(2026, 9, 28, 9, 30, 0, 0, CST), "城市更新");
    ProcessTests.clock(OffsetDateTime.of(2026, 9, 29, 10, 0, 0, 0, CST));
    complete(pi, withVariables("decision", "ACCEPT"));
    assertThat(Timers.pending(managementService, pi.getId())).containsEntry("HandleCaseDue", endOfDay(10, 19));

    ProcessTests.clock(OffsetDateTime.of(2026, 10, 10, 10, 0, 0, 0, CST));
    complete(pi, withVariables("extensionDays", 10, "extensionReason", "需现场测量"));
    complete(pi, withVariables("approved", true));
    Map<String, Date> timers = Timers.pending(managementService, pi.getId());
    assertThat(timers).containsEntry("HandleCaseApproaching", endOfDay(10, 28))
        .containsEntry("HandleCaseDue", endOfDay(10, 29)).containsEntry("HandleCaseOverdue", endOfDay(11, 1));

    ProcessTests.clock(OffsetDateTime.of(2026, 10, 20, 10, 0, 0, 0, CST));
    assertThat(Timers.fireDue(managementService, pi.getId())).as("the old due date has passed quietly").isZero();
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 29, 9, 0, 0, 0, CST));
    Timers.fireDue(managementService, pi.getId());
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 30, 9, 0, 0, 0, CST));
    Timers.fireDue(managementService, pi.getId());
    ProcessTests.clock(OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, CST));
    Timers.fireDue(managementService, pi.getId());
    List<Letter> issued = letters.ofCase(pi.getBusinessKey());
    assertThat(issued).extracting(l -> l.getKind() + "/" + l.getStage() + "/" + l.getStep() + "→" + l.getRecipientGroup())
        .containsExactly("NOTICE/APPROACHING/HANDLE→dept-ZJJ", "SUPERVISION_LETTER/DUE/HANDLE→leader-ZJJ",
            "ACCOUNTABILITY_LETTER/OVERDUE/HANDLE→dept-JWJW");
    assertThat(issued.get(1).getReason()).contains("2026年10月29日24时");
    assertThat(issued.get(2).getDaysLate()).isEqualTo(3);
  }

  @Test
  void anAnsweredLetterStopsAndAnUnansweredOneClimbsTheLadderAgain() {
    ProcessInstance pi = register(OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, CST), "教育");
    String caseNo = pi.getBusinessKey();
    ProcessTests.clock(OffsetDateTime.of(2026, 11, 5, 8, 0, 0, 0, CST));
    Timers.fireDue(managementService, pi.getId());
    Letter supervisionLetter = letters.ofCase(caseNo).stream()
        .filter(l -> l.getKind() == LetterKind.SUPERVISION_LETTER).findFirst().orElseThrow();

    // Unanswered past its response due (Nov 10): a 风险提醒函 to the first-contact department's head.
    ProcessTests.clock(OffsetDateTime.of(2026, 11, 11, 8, 0, 0, 0, CST));
    String responseOfSupervisionLetter = responseInstance(supervisionLetter.getLetterNo());
    assertThat(Timers.fireDue(managementService, responseOfSupervisionLetter)).isEqualTo(1);
    Letter risk = letters.ofCase(caseNo).stream().filter(l -> l.getStage() == SupervisionStage.UNANSWERED)
        .findFirst().orElseThrow();
    assertThat(risk.getKind()).isEqualTo(LetterKind.RISK_REMINDER_LETTER);
    assertThat(risk.getRecipientGroup()).isEqualTo("leader-XFJ");
    assertThat(risk.getReason()).contains(supervisionLetter.getLetterNo(), "逾期未复");

    // The 督办函 is still answered late; the 风险提醒函 is answered in time and its process ends.
    Task answer = taskService.createTaskQuery().processInstanceId(responseOfSupervisionLetter).singleResult();
    taskService.complete(answer.getId(), withVariables("answer", "已组织专班办理，三日内答复信访人。"));
    assertThat(letters.require(supervisionLetter.getLetterNo()).getStatus()).isEqualTo(LetterStatus.ANSWERED);
    String responseOfRisk = responseInstance(risk.getLetterNo());
    taskService.complete(taskService.createTaskQuery().processInstanceId(responseOfRisk).singleResult().getId(),
        withVariables("answer", "已落实稳控措施。"));
    assertThat(letters.require(risk.getLetterNo()).getAnswer()).isEqualTo("已落实稳控措施。");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(responseOfRisk).count()).isZero();
  }

  @Test
  void aRungDeliveredTwiceOrRacedIssuesOneLetter() throws Exception {
    ProcessInstance pi = register(OffsetDateTime.of(2026, 9, 28, 9, 30, 0, 0, CST), "城市更新");
    String caseNo = pi.getBusinessKey();
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 9, 8, 0, 0, 0, CST));
    Letter first = supervision.supervise(caseNo, "ACCEPT", SupervisionStage.DUE, "XFJ");
    Letter second = supervision.supervise(caseNo, "ACCEPT", SupervisionStage.DUE, "XFJ");
    assertThat(second.getLetterNo()).isEqualTo(first.getLetterNo());
    // The boundary timer fires for the same rung: nothing new either.
    Timers.fireDue(managementService, pi.getId());
    assertThat(letters.ofCase(caseNo)).filteredOn(l -> l.getKind() == LetterKind.SUPERVISION_LETTER).hasSize(1);

    // Two nodes race for the overdue rung, each in its own transaction, retried once like a failed job.
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 12, 8, 0, 0, 0, CST));
    Date now = ClockUtil.getCurrentTime();
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      results.add(pool.submit(() -> {
        ClockUtil.setCurrentTime(now);
        start.await(10, TimeUnit.SECONDS);
        for (int attempt = 1; ; attempt++) {
          try {
            return transactions.execute(s -> supervision.supervise(caseNo, "ACCEPT", SupervisionStage.OVERDUE, "XFJ"))
                .getLetterNo();
          } catch (RuntimeException lost) {
            if (attempt == 3) {
              throw lost;
            }
          }
        }
      }));
    }
    Set<String> numbers = new HashSet<>();
    for (Future<String> result : results) {
      numbers.add(result.get(30, TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertThat(numbers).hasSize(1);
    assertThat(letters.ofCase(caseNo)).filteredOn(l -> l.getKind() == LetterKind.ACCOUNTABILITY_LETTER).hasSize(1);
    assertThat(responseTasks(caseNo)).as("one 函件回复 per letter").hasSize(2);
  }

  @Test
  void lettersAndTheirDocumentsOverHttp() throws Exception {
    ProcessInstance pi = register(OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, CST), "教育");
    String caseNo = pi.getBusinessKey();
    ProcessTests.clock(OffsetDateTime.of(2026, 11, 4, 8, 0, 0, 0, CST));
    Timers.fireDue(managementService, pi.getId());
    ProcessTests.clock(OffsetDateTime.of(2026, 11, 5, 8, 0, 0, 0, CST));
    Timers.fireDue(managementService, pi.getId());
    ClockUtil.reset();

    ResponseEntity<String> list = new Api(rest, "supervisor").getText("/api/cases/" + caseNo + "/letters");
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).contains("\"kind\":\"SUPERVISION_LETTER\"", "\"recipientGroup\":\"leader-XFJ\"",
        "\"stepDueAt\":\"2026-11-04T23:59:59+08:00\"", "\"kindLabel\":\"督办函\"");
    assertThat(new Api(rest, "jyj-handler").getText("/api/cases/" + caseNo + "/letters").getStatusCode())
        .as("handling department sees its case").isEqualTo(HttpStatus.OK);
    assertThat(new Api(rest, "rsj-handler").getText("/api/cases/" + caseNo + "/letters").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(new Api(rest, "xfj-handler").get("/api/cases/" + caseNo).getBody().get("letters"))
        .asList().hasSize(2);

    String letterNo = letters.ofCase(caseNo).get(1).getLetterNo();
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("xfj-leader", "demo");
    ResponseEntity<byte[]> doc = rest.exchange("/api/letters/{no}/document", HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(headers), byte[].class, letterNo);
    assertThat(doc.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(doc.getHeaders().getContentType())
        .hasToString("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(doc.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
    assertThat(doc.getHeaders().getContentDisposition().getFilename()).isEqualTo(letterNo + "-督办函-" + caseNo + ".docx");
    assertThat(text(doc.getBody())).as("the county office's own lateness: its superior organ writes to it")
        .contains(letterNo, caseNo, "市信访局", "县信访局：");

    HttpHeaders outsider = new HttpHeaders();
    outsider.setBasicAuth("rsj-handler", "demo");
    assertThat(rest.exchange("/api/letters/{no}/document", HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(outsider), String.class, letterNo).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ProcessInstance register(OffsetDateTime received, String category) {
    ProcessTests.clock(received.plusMinutes(30));
    RegisteredCase registered = intake.register(Petitions.request(received, category, 1,
        List.of(Petitions.petitioner(Petitions.newIdNumber(), "330100-01", "330100-01"))),
        Petitions.petitionOfficeHandler());
    return runtimeService.createProcessInstanceQuery().processInstanceId(registered.processInstanceId()).singleResult();
  }

  private void complete(ProcessInstance pi, Map<String, Object> variables) {
    ProcessTests.completeTask(taskService, pi.getId(), variables);
  }

  private String responseInstance(String letterNo) {
    String id = runtimeService.createProcessInstanceQuery().processDefinitionKey(LetterResponseProcess.KEY)
        .processInstanceBusinessKey(letterNo).singleResult().getId();
    return id;
  }

  private List<Task> responseTasks(String caseNo) {
    return letters.ofCase(caseNo).stream().filter(l -> l.getKind().needsAnswer())
        .map(l -> taskService.createTaskQuery().processInstanceId(responseInstance(l.getLetterNo())).singleResult())
        .toList();
  }

  private String candidateGroup(Task task) {
    return ProcessTests.candidateGroups(taskService, task).stream().findFirst().orElse(null);
  }

  private static String text(byte[] docx) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }

  private static Date endOfDay(int month, int day) {
    return ProcessTests.endOfDay(2026, month, day);
  }
}
