package cn.petition.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.petition.intake.IntakeService;
import cn.petition.intake.RegisterCaseRequest;
import cn.petition.supervision.Letter;
import cn.petition.supervision.LetterKind;
import cn.petition.supervision.Letters;
import cn.petition.support.Timers;
import cn.petition.support.Api;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import cn.petition.support.ProcessTests;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The documents of real cases on the real engine: a notice for each decision of the 条例 (受理, 转送,
 * 不予受理, 延期, 答复, 复查, 复核) issued once at its step, letters whose words fit the facts when they
 * are issued (a case registered long after receipt, a letter to the discipline body), and every one of
 * them a GB/T 9704 document with nothing of the software in it.
 */
@IntegrationTest
class CaseDocumentsTest {

  private static final OffsetDateTime RECEIVED = OffsetDateTime.of(2026, 9, 28, 9, 30, 0, 0, ProcessTests.CST);

  @Autowired IntakeService intake;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired Letters letters;
  @Autowired LetterDocuments letterDocuments;
  @Autowired Notices notices;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCaseRegisteredLongAfterReceiptGetsNoReminderOfALimitAlreadyPast() throws Exception {
    // Received Tue Sep 1; acceptance due end of Mon Sep 7 (5 days, Sep 6 is a Sunday); registered Nov 23.
    OffsetDateTime received = OffsetDateTime.of(2026, 9, 1, 9, 0, 0, 0, ProcessTests.CST);
    ProcessTests.clock(OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ProcessTests.CST));
    var registered = intake.register(Petitions.urbanRenewal(received, Petitions.newIdNumber()),
        Petitions.petitionOfficeHandler());
    Timers.fireDue(managementService, registered.processInstanceId());

    List<Letter> issued = letters.ofCase(registered.caseNo());
    assertThat(issued).extracting(Letter::getKind)
        .as("no 临期提示 for a limit that ran out long ago; the overdue rungs speak")
        .containsExactly(LetterKind.SUPERVISION_LETTER, LetterKind.ACCOUNTABILITY_LETTER);
    for (Letter letter : issued) {
      keep(letter.getKind().name() + "-" + letter.getCaseNo(), letterDocuments.render(letter));
      String text = GbtChecks.assertGbt9704(letterDocuments.render(letter), Layout.LETTER);
      assertThat(text).as(letter.getKind().label()).contains("受理时限已于2026年9月7日24时届满", "已逾期76日")
          .doesNotContain("将于", "逾期天数");
    }
    Letter supervision = issued.get(0);
    assertThat(supervision.getIssuerDept()).as("the office late on its own step is supervised by its superior")
        .isEqualTo("SXFJ");
    assertThat(text(letterDocuments.render(supervision)).strip()).startsWith("市信访局").contains("县信访局：", "你单位承办的");

    String accountability = text(letterDocuments.render(issued.get(1))).strip();
    assertThat(accountability).startsWith("市信访局").contains("县纪委监委：", "县信访局承办的信访事项" + registered.caseNo(),
        "建议依规依纪对县信访局及相关责任人员予以问责", "此前已发出督办函（" + supervision.getLetterNo())
        .doesNotContain("你单位");
  }

  @Test
  void theLettersOfALateHandlingDepartmentSayWhatIsTrueWhenTheyAreIssued() throws Exception {
    String pi = acceptedCase(Petitions.urbanRenewal(RECEIVED, Petitions.newIdNumber()));   // handling due Oct 19
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 19, 9, 0, 0, 0, ProcessTests.CST));
    Timers.fireDue(managementService, pi);
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 20, 9, 0, 0, 0, ProcessTests.CST));
    Timers.fireDue(managementService, pi);
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 23, 9, 0, 0, 0, ProcessTests.CST));
    Timers.fireDue(managementService, pi);
    List<Letter> issued = letters.ofCase(caseOf(pi)).stream().filter(l -> l.getStep().equals("HANDLE")).toList();
    assertThat(issued).extracting(Letter::getKind).containsExactly(LetterKind.NOTICE, LetterKind.SUPERVISION_LETTER,
        LetterKind.ACCOUNTABILITY_LETTER);

    String notice = GbtChecks.assertGbt9704(letterDocuments.render(issued.get(0)), Layout.GENERAL);
    assertThat(notice).contains("县住房和城乡建设局：", "你单位承办的", "将于2026年10月19日24时届满", "请抓紧办理")
        .doesNotContain("逾期");
    String supervision = GbtChecks.assertGbt9704(letterDocuments.render(issued.get(1)), Layout.LETTER).strip();
    assertThat(supervision).startsWith("县信访局").contains("县住房和城乡建设局：", "你单位承办的", "已于2026年10月19日24时届满",
        "现予督办").doesNotContain("将于");
    String accountability = GbtChecks.assertGbt9704(letterDocuments.render(issued.get(2)), Layout.LETTER);
    assertThat(accountability).as("to the discipline body: the late unit by its name")
        .contains("县纪委监委：", "县住房和城乡建设局承办的信访事项", "已逾期3日",
            "此前已发出督办函（" + issued.get(1).getLetterNo() + "，2026年10月20日）",
            "建议依规依纪对县住房和城乡建设局及相关责任人员予以问责", "2026年10月28日前")
        .doesNotContain("你单位", "责任单位：");
    assertThat(issued.get(2).getReason()).as("the letter's record names the unit; the document's body already does")
        .endsWith("责任单位：县住房和城乡建设局。");
  }

  @Test
  void aNoticeForEveryDecisionFromAcceptanceToTheFinalReReview() throws Exception {
    String pi = acceptedCase(Petitions.urbanRenewal(RECEIVED, Petitions.newIdNumber()));
    String caseNo = caseOf(pi);
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 10, 10, 0, 0, 0, ProcessTests.CST));
    complete(pi, withVariables("extensionDays", 10, "extensionReason", "需现场测量加装电梯的井道尺寸。"));
    complete(pi, withVariables("approved", true));
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 20, 10, 0, 0, 0, ProcessTests.CST));
    complete(pi, withVariables("outcome", "SUPPORT", "replyText",
        "经核实，你小区加装电梯已于2025年12月竣工验收\n县住房和城乡建设局已于2026年10月15日拨付补贴资金。"));
    complete(pi, withVariables("approved", true));

    Map<NoticeKind, String> texts = texts(caseNo);
    assertThat(texts.keySet()).containsExactly(NoticeKind.ACCEPTANCE_NOTICE, NoticeKind.EXTENSION_NOTICE,
        NoticeKind.REPLY_OPINION);
    assertThat(texts.get(NoticeKind.ACCEPTANCE_NOTICE)).startsWith("县信访局").contains("张三：",
        "你于2026年9月28日来访反映的“小区加装电梯补贴未发放”问题", "决定予以受理，交由县住房和城乡建设局办理",
        "于2026年10月19日前办结");
    assertThat(texts.get(NoticeKind.EXTENSION_NOTICE)).startsWith("县住房和城乡建设局")
        .contains("原定办理期限至2026年10月19日届满", "因需现场测量加装电梯的井道尺寸，经本机关负责人批准，办理期限延长10日，至2026年10月29日届满");
    assertThat(texts.get(NoticeKind.REPLY_OPINION)).contains("经核实，你小区加装电梯已于2025年12月竣工验收。",
        "拨付补贴资金。", "本机关对你的请求予以支持。", "自收到本意见书之日起30日内，向市信访局书面请求复查");

    // Appeals: each decision's window runs from the delivery of the one before.
    Api office = new Api(rest, "xfj-handler");
    deliver(office, caseNo, NoticeKind.REPLY_OPINION, "2026-10-20");
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 25, 9, 0, 0, 0, ProcessTests.CST));
    assertThat(office.post("/api/cases/" + caseNo + "/appeals", Map.of("kind", "REVIEW")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    decideAppeal(caseNo, "复查认为，原处理意见认定事实清楚，予以维持");
    deliver(new Api(rest, "sxfj-handler"), caseNo, NoticeKind.REVIEW_OPINION, "2026-10-25");
    assertThat(office.post("/api/cases/" + caseNo + "/appeals", Map.of("kind", "RE_REVIEW")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    decideAppeal(caseNo, "复核认为，复查意见正确，予以维持。");

    texts = texts(caseNo);
    assertThat(texts.get(NoticeKind.REVIEW_OPINION)).startsWith("市信访局").contains("你不服县住房和城乡建设局",
        "于2026年10月25日向本机关请求复查", "复查认为，原处理意见认定事实清楚，予以维持。", "向本机关的上一级机关书面请求复核");
    assertThat(texts.get(NoticeKind.RE_REVIEW_OPINION)).startsWith("市信访局").contains("复核认为，复查意见正确，予以维持。",
        "本复核意见为终结意见");

    // Once per step: issuing again returns the notice already issued.
    CaseDocument acceptance = notices.ofCase(caseNo).get(0);
    assertThat(notices.issue(caseNo, NoticeKind.ACCEPTANCE_NOTICE, CaseDocument.ONCE, "XFJ", new HashMap<>()))
        .isEqualTo(acceptance);
    assertThat(notices.ofCase(caseNo)).hasSize(5);
  }

  @Test
  void aTransferAndADeclineAreToldInWritingWithWhereToGo() throws Exception {
    ProcessTests.clock(RECEIVED.plusMinutes(30));
    var transferred = intake.register(Petitions.urbanRenewal(RECEIVED, Petitions.newIdNumber()),
        Petitions.petitionOfficeHandler());
    complete(transferred.processInstanceId(), withVariables("decision", "TRANSFER", "transferTo", "RSJ"));
    var declined = intake.register(Petitions.urbanRenewal(RECEIVED, Petitions.newIdNumber()),
        Petitions.petitionOfficeHandler());
    complete(declined.processInstanceId(), withVariables("decision", "DECLINE",
        "declineReason", "属于民事纠纷，应通过诉讼解决。", "guidance", "向县人民法院提起诉讼"));

    assertThat(texts(transferred.caseNo()).get(NoticeKind.TRANSFER_NOTICE)).contains("属于县人力资源和社会保障局的职责范围",
        "本机关已将该信访事项转送县人力资源和社会保障局处理", "本机关将跟踪督促办理", "抄送：县人力资源和社会保障局。");
    assertThat(texts(declined.caseNo()).get(NoticeKind.DECLINE_NOTICE)).contains("经审查，属于民事纠纷，应通过诉讼解决。",
        "本机关不予受理", "对你反映的问题，你可以向县人民法院提起诉讼。");
  }

  @Test
  void theNoticesAreListedDownloadedAndTheirDeliveryRecordedOverHttp() throws Exception {
    String pi = acceptedCase(Petitions.urbanRenewal(RECEIVED, Petitions.newIdNumber()));
    String caseNo = caseOf(pi);
    ProcessTests.clock(OffsetDateTime.of(2026, 10, 5, 9, 0, 0, 0, ProcessTests.CST));
    Api office = new Api(rest, "xfj-handler");
    List<Map<String, Object>> listed = list(office, caseNo);
    assertThat(listed).hasSize(1);
    Map<String, Object> acceptance = listed.get(0);
    assertThat(acceptance).containsEntry("kind", "ACCEPTANCE_NOTICE").containsEntry("kindLabel", "受理告知书")
        .containsEntry("issuerName", "县信访局").containsEntry("addressee", "张三").containsEntry("delivery", null);
    assertThat((String) acceptance.get("docNo")).matches("受告〔2026〕[1-9]\\d*号");
    String path = "/api/cases/" + caseNo + "/documents/" + acceptance.get("id");

    assertThat(new Api(rest, "zjj-handler").getText("/api/cases/" + caseNo + "/documents").getStatusCode())
        .as("the handling department sees the case").isEqualTo(HttpStatus.OK);
    assertThat(new Api(rest, "rsj-handler").getText("/api/cases/" + caseNo + "/documents").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<byte[]> docx = download("xfj-handler", path + "/docx");
    assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(docx.getHeaders().getContentDisposition().getFilename())
        .isEqualTo(acceptance.get("docNo") + "-受理告知书-" + caseNo + ".docx");
    GbtChecks.assertGbt9704(docx.getBody(), Layout.GENERAL);
    ResponseEntity<byte[]> pdf = download("supervisor", path + "/pdf");
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
    assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");

    // Bad input: each field named, in Chinese.
    ResponseEntity<Map<String, Object>> empty = office.post(path + "/delivery", Map.of());
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(fields(empty)).containsExactly("deliveredAt", "method");
    ResponseEntity<Map<String, Object>> wrong = office.post(path + "/delivery",
        Map.of("deliveredAt", "2099-01-01", "method", "FAX", "note", "x".repeat(501)));
    assertThat(fields(wrong)).containsExactly("deliveredAt", "method", "note");
    assertThat(wrong.getBody().get("detail").toString()).contains("不能晚于当前时间", "DIRECT（直接送达）", "500字");
    assertThat(fields(office.post(path + "/delivery", Map.of("deliveredAt", "2026-09-01", "method", "MAIL"))))
        .containsExactly("deliveredAt");
    assertThat(new Api(rest, "supervisor").post(path + "/delivery", Map.of("deliveredAt", "2026-10-01",
        "method", "MAIL")).getStatusCode()).as("supervisors only read").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(new Api(rest, "admin").post(path + "/delivery", Map.of("deliveredAt", "2026-10-01",
        "method", "MAIL")).getStatusCode()).as("administrators see cases, do not handle them")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(new Api(rest, "designer").post(path + "/delivery", Map.of("deliveredAt", "2026-10-01",
        "method", "MAIL")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(new Api(rest, "rsj-handler").post(path + "/delivery", Map.of("deliveredAt", "2026-10-01",
        "method", "MAIL")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<Map<String, Object>> delivered = office.post(path + "/delivery",
        Map.of("deliveredAt", "2026-09-30T15:00:00+08:00", "method", "MAIL", "note", "挂号信 XA123456789CN"));
    assertThat(delivered.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(delivered.getBody().get("delivery")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("deliveredAt", "2026-09-30T15:00:00+08:00").containsEntry("method", "MAIL")
        .containsEntry("methodLabel", "邮寄送达").containsEntry("recordedBy", "xfj-handler");
    ResponseEntity<String> again = office.postForText(path + "/delivery", Map.of("deliveredAt", "2026-10-01",
        "method", "DIRECT"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains("已登记于2026年9月30日邮寄送达");
    assertThat(list(office, caseNo).get(0).get("delivery")).isNotNull();
  }

  private String acceptedCase(RegisterCaseRequest request) {
    ProcessTests.clock(RECEIVED.plusMinutes(30));
    String pi = intake.register(request, Petitions.petitionOfficeHandler()).processInstanceId();
    ProcessTests.clock(OffsetDateTime.of(2026, 9, 29, 10, 0, 0, 0, ProcessTests.CST));
    complete(pi, withVariables("decision", "ACCEPT"));
    return pi;
  }

  private String caseOf(String pi) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey();
  }

  private void decideAppeal(String caseNo, String opinion) {
    var task = taskService.createTaskQuery().processDefinitionKey("petitionAppeal").processInstanceBusinessKey(caseNo)
        .singleResult();
    taskService.complete(task.getId(), withVariables("appealOpinion", opinion));
  }

  private void deliver(Api api, String caseNo, NoticeKind kind, String date) {
    CaseDocument notice = notices.ofCase(caseNo).stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    ResponseEntity<Map<String, Object>> delivered = api.post("/api/cases/" + caseNo + "/documents/" + notice.id()
        + "/delivery", Map.of("deliveredAt", date, "method", "DIRECT"));
    assertThat(delivered.getStatusCode()).as("%s", delivered.getBody()).isEqualTo(HttpStatus.OK);
  }

  /** Every notice of the case, checked against GB/T 9704, by kind, as text. */
  private Map<NoticeKind, String> texts(String caseNo) throws Exception {
    Map<NoticeKind, String> texts = new java.util.LinkedHashMap<>();
    for (CaseDocument d : notices.ofCase(caseNo)) {
      byte[] docx = notices.render(d);
      keep(d.kind().name() + "-" + caseNo, docx);
      String text = GbtChecks.assertGbt9704(docx, d.kind().template().layout());
      assertThat(text).contains(d.docNo(), d.kind().label());
      texts.put(d.kind(), text.strip());
    }
    return texts;
  }

  /** The Word documents of these cases stay in app/target/documents/cases/ for a person to open. */
  private static void keep(String name, byte[] docx) throws java.io.IOException {
    java.nio.file.Path folder = DocumentPdfTest.OUT.resolve("cases");
    java.nio.file.Files.createDirectories(folder);
    java.nio.file.Files.write(folder.resolve(name + ".docx"), docx);
  }

  private void complete(String pi, Map<String, Object> variables) {
    taskService.complete(taskService.createTaskQuery().processInstanceId(pi).singleResult().getId(), variables);
  }

  private List<Map<String, Object>> list(Api api, String caseNo) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("xfj-handler", "demo");
    return rest.exchange("/api/cases/" + caseNo + "/documents", HttpMethod.GET, new HttpEntity<>(headers),
        new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
  }

  private ResponseEntity<byte[]> download(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  @SuppressWarnings("unchecked")
  private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return ((List<Map<String, Object>>) response.getBody().get("errors")).stream()
        .map(e -> (String) e.get("field")).toList();
  }

  private static String text(byte[] docx) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }
}
