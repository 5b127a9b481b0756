package cn.petition.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.casefile.CaseProcess;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.intake.IntakeService;
import cn.petition.intake.RegisteredCase;
import cn.petition.support.Api;
import cn.petition.support.EngineClock;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import cn.petition.support.ProcessTests;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * A county petition-office handler accepts a case in the real Camunda Tasklist, in headless Chromium:
 * log in, open the 受理审查 task, claim it, check the Camunda Form shows the case, choose 受理 and
 * complete. The case then waits at 办理. Needs Debian's chromium and chromium-driver (CI installs them);
 * other paths can be given with -Dchromium.binary and -Dchromedriver.path. A failing run leaves a
 * screenshot and the page source in target/browser/.
 */
@IntegrationTest
class TasklistBrowserTest {

  private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 10, 15, 10, 0, 0, 0, ProcessTests.CST);

  /** The engine clock stands still, so the receipt stays within what the intake accepts on any day. */
  @RegisterExtension
  final EngineClock clock = EngineClock.at(NOW);

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
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, TIMEOUT);
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
    OffsetDateTime receivedAt = NOW.minusHours(1);
    RegisteredCase registered = intake.register(Petitions.urbanRenewal(receivedAt, Petitions.newIdNumber()),
        Petitions.petitionOfficeHandler());
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
    assertThat(formText).contains("信访事项概况", "信访件编号", caseNo, "小区加装电梯补贴未发放", "受理审查结论",
        ACCEPT_LABEL);

    WebElement accept = wait.until(ExpectedConditions.elementToBeClickable(ACCEPT_RADIO));
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
}
