package cn.petition.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.casefile.CaseProcess;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.intake.IntakeService;
import cn.petition.intake.RegisterCaseRequest;
import cn.petition.intake.RegisteredCase;
import cn.petition.support.Api;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * A county petition-office handler accepts a case in the real Camunda Tasklist, in headless Chromium:
 * log in, open the 受理审查 task, claim it, check the Camunda Form shows the case (the petitioner's markup as
 * plain text, not as a link), choose 受理 and complete. The case then waits at 办理. Needs Debian's chromium and chromium-driver (CI installs them);
 * other paths can be given with -Dchromium.binary and -Dchromedriver.path. A failing run leaves a
 * screenshot and the page source in target/browser/.
 */
@IntegrationTest
class TasklistBrowserTest {

  private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
  private static final String CHROMEDRIVER = System.getProperty("chromedriver.path", "/usr/bin/chromedriver");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String ACCEPT_LABEL = "受理（交有权处理机关办理）";

  // Tasklist 7.24 and form-js (schemaVersion 16) markup.
  private static final By USERNAME = By.cssSelector("input[ng-model='username']");
  private static final By PASSWORD = By.cssSelector("input[ng-model='password']");
  private static final By LOG_IN = By.cssSelector("form button[type='submit']");
  private static final By CLAIM = By.cssSelector("section.task-card button.claim");
  private static final By FORM = By.cssSelector("section.task-card .fjs-container");
  private static final By ACCEPT_RADIO = By.xpath("//div[contains(@class,'fjs-form-field-radio')]"
      + "//label[normalize-space()='" + ACCEPT_LABEL + "']/input[@type='radio']");
  private static final By COMPLETE = By.cssSelector("section.task-card .form-actions button[ng-click='complete()']");
  private static final By TITLE = By.cssSelector("section.task-card .fjs-container input[id$='acceptReview_title_shown']");
  private static final By CONTENT = By.cssSelector(
      "section.task-card .fjs-container textarea[id$='acceptReview_content_shown']");
  /** What a petitioner may write: shown as these characters, never as a link (issue 7, hole 5). */
  private static final String TITLE_WITH_LINK = "小区加装电梯补贴未发放<a href=\"https://evil.example/\">详情</a>";
  private static final String CONTENT_WITH_LINK = "补贴至今未发放，[点此查看](https://evil.example/phish) **加急**";

  @LocalServerPort int port;
  @Autowired IntakeService intake;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired PetitionCaseMapper cases;
  @Autowired TestRestTemplate rest;

  private Path userDataDir;
  private ChromeDriver driver;
  private WebDriverWait wait;

  /** Runs before @AfterEach, while the browser is still open. */
  @RegisterExtension
  final AfterTestExecutionCallback screenshotOnFailure = context -> {
    if (context.getExecutionException().isPresent() && driver != null) {
      Path dir = Files.createDirectories(Path.of("target", "browser"));
      String name = context.getRequiredTestMethod().getName();
      Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
      Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
    }
  };

  @BeforeEach
  void startChromium() throws IOException {
    assertThat(new File(CHROMIUM)).as("Chromium for the browser test: apt-get install chromium").canRead();
    assertThat(new File(CHROMEDRIVER)).as("ChromeDriver for the browser test: apt-get install chromium-driver")
        .canRead();
    userDataDir = Files.createTempDirectory("tasklist-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1000", "--user-data-dir=" + userDataDir);
    options.addArguments("--lang=zh-CN");
    ChromeDriverService service = new ChromeDriverService.Builder().withEnvironment(Map.of("TZ", "Asia/Shanghai"))
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, TIMEOUT);
    // The list is re-rendered while it loads: a row read a moment too late is read again.
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void quitChromium() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (userDataDir != null) {
      FileSystemUtils.deleteRecursively(userDataDir);
    }
  }

  @Test
  void petitionOfficeHandlerAcceptsTheCaseInTheTasklist() {
    OffsetDateTime receivedAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1);
    RegisterCaseRequest request = Petitions.urbanRenewal(receivedAt, Petitions.newIdNumber());
    RegisteredCase registered = intake.register(new RegisterCaseRequest(request.channel(), request.receivedAt(),
        request.firstContactDept(), TITLE_WITH_LINK, CONTENT_WITH_LINK, request.category(), request.occurrenceRegion(),
        request.personCount(), request.petitioners(), false, false), Petitions.petitionOfficeHandler());
    String caseNo = registered.caseNo();
    String processInstanceId = registered.processInstanceId();
    Task review = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo(CaseProcess.TASK_REVIEW_ACCEPTANCE);

    String tasksOfCase = "/engine-rest/task?processInstanceBusinessKey=" + caseNo;
    assertThat(new Api(rest, "xfj-handler").getText(tasksOfCase).getBody()).contains(review.getId());
    assertThat(new Api(rest, "zjj-handler").getText(tasksOfCase).getBody())
        .as("dept-ZJJ does not see dept-XFJ's 受理审查").isEqualTo("[]");

    driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + review.getId());
    wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME)).sendKeys("xfj-handler");
    driver.findElement(PASSWORD).sendKeys("demo");
    driver.findElement(LOG_IN).click();

    wait.until(ExpectedConditions.elementToBeClickable(CLAIM)).click();
    wait.until(d -> "xfj-handler".equals(taskService.createTaskQuery().taskId(review.getId()).singleResult()
        .getAssignee()));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(CLAIM));

    wait.until(ExpectedConditions.textToBePresentInElementLocated(FORM, caseNo));
    String formText = driver.findElement(FORM).getText();
    assertThat(formText).contains("信访事项概况", "信访件编号", caseNo, "受理审查结论", ACCEPT_LABEL);
    assertThat(driver.findElement(TITLE).getDomProperty("value")).isEqualTo(TITLE_WITH_LINK);
    assertThat(driver.findElement(CONTENT).getDomProperty("value")).isEqualTo(CONTENT_WITH_LINK);
    assertThat(driver.findElements(By.cssSelector("section.task-card .fjs-container a[href*='evil.example']")))
        .as("the petitioner's markup is not a live link").isEmpty();
    assertThat(driver.findElements(By.cssSelector("section.task-card .fjs-container strong")))
        .extracting(WebElement::getText).doesNotContain("加急");

    WebElement accept = wait.until(ExpectedConditions.elementToBeClickable(ACCEPT_RADIO));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", accept);
    accept.click();
    wait.until(ExpectedConditions.elementToBeSelected(ACCEPT_RADIO));
    wait.until(ExpectedConditions.elementToBeClickable(COMPLETE)).click();

    wait.until(d -> taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(CaseProcess.TASK_HANDLE).count() == 1);

    assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).list())
        .extracting(Task::getTaskDefinitionKey).containsExactly(CaseProcess.TASK_HANDLE);
    assertThat(cases.find(caseNo).getStatus()).isEqualTo("HANDLING");
    assertThat(runtimeService.getVariable(processInstanceId, CaseProcess.DECISION)).isEqualTo("ACCEPT");
    assertThat(new Api(rest, "zjj-handler").getText(tasksOfCase).getBody()).contains("办理");
  }

  // The clerk's desk in Chinese: rows with case numbers and Chinese due dates, the shared filters.
  private static final By TASK_ROWS = By.cssSelector("ol.tasks-list > li.task");
  private static final By START_BUTTON = By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']");
  private static final Pattern CASE_NO = Pattern.compile("XF\\d{13}");
  /** Latin words that may appear: product and zone names, the case number prefix. */
  private static final Set<String> ALLOWED_LATIN = Set.of("Camunda", "Platform", "XF", "Asia", "Shanghai");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /**
   * A petition-office clerk registers a petition through the start form, sees it on the desk with its
   * case number and Chinese due date in the filters that should list it (and not in the others), and
   * accepts it; the handling department's clerk then finds it as 办理 and answers it. Every page
   * visited is checked for English words of Camunda's UI. The desk is cleared first, so the filters list
   * only this test's cases. Screenshots go to target/screenshots/.
   */
  @Test
  void clerksWorkTheirChineseDesk() throws IOException {
    runtimeService.createProcessInstanceQuery().active().list().forEach(pi ->
        runtimeService.deleteProcessInstance(pi.getId(), "浏览器测试：清空待办", true, true));
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
    String overdue = intake.register(Petitions.urbanRenewal(now.minusDays(12), Petitions.newIdNumber()),
        Petitions.petitionOfficeHandler()).caseNo();
    String alarming = intake.register(Petitions.urbanRenewal(now.minusHours(2), Petitions.newIdNumber()),
        Petitions.petitionOfficeHandler()).caseNo();
    new Api(rest, "xfj-handler").post("/api/cases/" + alarming + "/facts", Map.of("note", "信访人扬言要自焚"));

    driver.get(tasklist() + "#/?processStart=" + CaseProcess.KEY);
    wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
    screenshot("01-login");
    assertChineseOnly();
    logIn("xfj-handler");

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-body .fjs-container")));
    select("信访渠道", "来访");
    select("首接部门", "县信访局");
    type("标题", "老旧小区雨污分流工程拖延");
    type("信访内容", "小区雨污分流工程2025年开工后停工至今，路面开挖未恢复。");
    select("信访类别", "城市更新");
    select("事发地", "城关街道");
    type("姓名", "李四");
    type("身份证号码", Petitions.newIdNumber());
    type("联系电话", "13900000000");
    screenshot("02-start-form");
    assertChineseOnly();
    wait.until(ExpectedConditions.elementToBeClickable(START_BUTTON)).click();
    wait.until(d -> !taskService.createTaskQuery().taskCandidateGroup("dept-XFJ").processVariableValueEquals("title",
        "老旧小区雨污分流工程拖延").list().isEmpty());
    String registered = (String) runtimeService.getVariable(taskService.createTaskQuery()
        .processVariableValueEquals("title", "老旧小区雨污分流工程拖延").singleResult().getProcessInstanceId(), "caseNo");

    showFilter("我的待办");
    assertRows(Set.of(registered, overdue, alarming));
    screenshot("03-xfj-mine");
    assertChineseOnly();
    for (WebElement row : driver.findElements(TASK_ROWS)) {
      assertThat(row.getText()).as("every row names its case and due day in Chinese")
          .containsPattern("信访件编号\\s*:?\\s*XF\\d{13}").containsPattern("到期时间\\s*:?\\s*20\\d\\d年\\d{1,2}月\\d{1,2}日")
          .contains("到期").containsPattern("(\\d+|几)(秒|分钟|小时|天|个月|年)(前|后)");
    }
    showFilter("本部门待办");
    assertRows(Set.of(registered, overdue, alarming));
    showFilter("已逾期");
    assertRows(Set.of(overdue));
    assertThat(rowOf(overdue)).contains("逾期").containsPattern("逾期\\d+天");
    screenshot("04-xfj-overdue");
    showFilter("红橙预警");
    assertRows(Set.of(alarming));
    assertThat(rowOf(alarming)).contains("红色预警");
    showFilter("临期");
    assertRows(Set.of());
    assertThat(filterNames()).containsExactly("我的待办", "本部门待办", "临期", "已逾期", "红橙预警", "待回复函件");

    // 受理审查 of the registered case: claim, 受理, complete.
    showFilter("我的待办");
    openTaskOf(registered);
    wait.until(ExpectedConditions.elementToBeClickable(CLAIM)).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(FORM, registered));
    clickCentered(wait.until(ExpectedConditions.elementToBeClickable(ACCEPT_RADIO)));
    screenshot("05-accept-review");
    assertChineseOnly();
    complete();
    wait.until(d -> taskService.createTaskQuery().processInstanceBusinessKey(registered)
        .taskDefinitionKey(CaseProcess.TASK_HANDLE).count() == 1);

    logOut();
    logIn("zjj-handler");
    showFilter("本部门待办");
    wait.until(d -> casesShown().contains(registered));
    assertThat(rowOf(registered)).contains("办理", "县住房和城乡建设局");
    screenshot("06-zjj-department");
    assertChineseOnly();
    openTaskOf(registered);
    wait.until(ExpectedConditions.elementToBeClickable(CLAIM)).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(FORM, registered));
    clickCentered(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space()='支持']/input[@type='radio']"))));
    type("答复意见（信访处理意见书正文）", "经核实，雨污分流工程已重新开工，预计两个月内完成路面恢复。");
    screenshot("07-handle");
    assertChineseOnly();
    complete();
    wait.until(d -> taskService.createTaskQuery().processInstanceBusinessKey(registered)
        .taskDefinitionKey(CaseProcess.TASK_PRE_REVIEW).count() == 1);
    showFilter("我的待办");
    wait.until(d -> !casesShown().contains(registered));
    assertChineseOnly();
  }

  /** The complete button, brought out from under the page footer first. */
  private void complete() {
    clickCentered(wait.until(ExpectedConditions.elementToBeClickable(COMPLETE)));
  }

  /**
   * Clicks an element after scrolling it to the middle of the window, out from under the page footer;
   * scrolls again while the form is still laying itself out and the footer covers the element.
   */
  private void clickCentered(WebElement element) {
    wait.until(d -> {
      driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
      try {
        element.click();
        return true;
      } catch (ElementClickInterceptedException covered) {
        return false;
      }
    });
  }

  private String tasklist() {
    return "http://localhost:" + port + "/camunda/app/tasklist/default/";
  }

  private void logIn(String user) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME)).sendKeys(user);
    driver.findElement(PASSWORD).sendKeys("demo");
    driver.findElement(LOG_IN).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-filters, .modal-body")));
  }

  private void logOut() {
    driver.manage().deleteAllCookies();
    driver.get(tasklist());
    driver.navigate().refresh();
  }

  private void showFilter(String name) {
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//div[contains(@class,'task-filter')]"
        + "//h4/a[starts-with(normalize-space(.), '" + name + "')]"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//div[contains(@class,'task-filter') and "
        + "contains(@class,'active')]//h4/a[starts-with(normalize-space(.), '" + name + "')]")));
  }

  private List<String> filterNames() {
    return driver.findElements(By.cssSelector(".task-filters .task-filter h4 a")).stream()
        .map(a -> a.getText().replaceAll("\\s*\\d+$", "").trim()).toList();
  }

  /** Waits until the list shows exactly these cases (it loads after the filter is chosen). */
  private void assertRows(Set<String> expected) {
    try {
      wait.until(d -> casesShown().equals(new TreeSet<>(expected)));
    } catch (TimeoutException e) {
      assertThat(casesShown()).as("cases listed").isEqualTo(new TreeSet<>(expected));
    }
  }

  private Set<String> casesShown() {
    Set<String> shown = new TreeSet<>();
    for (WebElement row : driver.findElements(TASK_ROWS)) {
      Matcher m = CASE_NO.matcher(row.getText());
      shown.add(m.find() ? m.group() : "(row without case number: " + row.getText() + ")");
    }
    return shown;
  }

  private void openTaskOf(String caseNo) {
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(., '"
        + caseNo + "')]//h4/a"))).click();
  }

  private String rowOf(String caseNo) {
    return driver.findElement(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(., '" + caseNo + "')]"))
        .getText();
  }

  private WebElement field(String label) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//label[normalize-space(text())='"
        + label + "']/ancestor::div[contains(@class,'fjs-form-field')][1]")));
  }

  private void type(String label, String text) {
    WebElement input = field(label).findElement(By.cssSelector("input, textarea"));
    input.clear();
    input.sendKeys(text);
  }

  private void select(String label, String option) {
    field(label).findElement(By.cssSelector(".fjs-input-group")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')]"
        + "[normalize-space()='" + option + "']"))).click();
  }

  /** No Latin word on the page except product and zone names (visible text only). */
  private void assertChineseOnly() {
    String text = driver.findElement(By.tagName("body")).getText();
    Matcher words = Pattern.compile("[A-Za-z]{2,}").matcher(text);
    Set<String> english = new TreeSet<>();
    while (words.find()) {
      if (!ALLOWED_LATIN.contains(words.group())) {
        english.add(words.group());
      }
    }
    assertThat(english).as("English words on %s:%n%s", driver.getCurrentUrl(), text).isEmpty();
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }
}
