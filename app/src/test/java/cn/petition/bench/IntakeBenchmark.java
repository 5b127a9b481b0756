package cn.petition.bench;

import cn.petition.PetitionApplication;
import cn.petition.intake.IntakeService;
import cn.petition.support.Petitions;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark, not a test: how much a full registration (POST /api/cases minus HTTP: validation,
 * case number, case and petitioner rows, process start, rule classification, deadline, first user
 * task) costs against a bare one-user-task process start on the same engine and database, measured
 * in the same run. Prints both rates and their ratio.
 *
 * <pre>
 * mvn -B -q -pl app test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.petition.bench.IntakeBenchmark [-Dbench.cases=2000]
 * </pre>
 * Add {@code -Dbench.db=mysql} to run on MariaDB (database petition_bench on 127.0.0.1:3306).
 */
public final class IntakeBenchmark {

  private IntakeBenchmark() {}

  public static void main(String[] args) {
    int cases = Integer.getInteger("bench.cases", 1000);
    boolean mysql = "mysql".equals(System.getProperty("bench.db"));
    SpringApplication app = new SpringApplication(PetitionApplication.class);
    app.setAdditionalProfiles("it");
    String url = mysql
        ? "jdbc:mysql://127.0.0.1:3306/petition_bench?useSSL=false&allowPublicKeyRetrieval=true"
            + "&characterEncoding=UTF-8&connectionTimeZone=UTC&sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&createDatabaseIfNotExist=true"
        : "jdbc:h2:mem:petition-bench;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    try (ConfigurableApplicationContext context = app.run("--spring.datasource.url=" + url,
        "--spring.datasource.username=" + (mysql ? "root" : "sa"), "--spring.datasource.password=",
        "--logging.level.root=WARN", "--server.port=0")) {
      RuntimeService runtime = context.getBean(RuntimeService.class);
      IntakeService intake = context.getBean(IntakeService.class);
      deployBaseline(context.getBean(RepositoryService.class));

      // Warm-up: JIT, caches, connection pool.
      run(cases / 5, i -> runtime.startProcessInstanceByKey("benchBaseline", "warm-" + i));
      run(cases / 5, i -> register(intake));

      double baseline = run(cases, i -> runtime.startProcessInstanceByKey("benchBaseline", "b-" + i));
      double registration = run(cases, i -> register(intake));
      System.out.printf(Locale.ROOT, "database            %s%n", mysql ? "MariaDB" : "H2 (in memory)");
      System.out.printf(Locale.ROOT, "baseline starts/s   %.0f  (one user task, no listeners)%n", baseline);
      System.out.printf(Locale.ROOT, "registrations/s     %.0f  (full intake to 受理审查)%n", registration);
      System.out.printf(Locale.ROOT, "ratio               %.2f  (registration rate / baseline rate)%n",
          registration / baseline);
    }
  }

  private static void register(IntakeService intake) {
    intake.register(Petitions.urbanRenewal(OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1),
        Petitions.newIdNumber()), Petitions.petitionOfficeHandler());
  }

  private static void deployBaseline(RepositoryService repository) {
    BpmnModelInstance model = Bpmn.createExecutableProcess("benchBaseline").camundaHistoryTimeToLive(1)
        .startEvent().userTask("Work").camundaCandidateGroups("dept-XFJ").endEvent().done();
    repository.createDeployment().addModelInstance("benchBaseline.bpmn", model).deploy();
  }

  /** Runs the action n times sequentially and answers the rate per second. */
  private static double run(int n, java.util.function.IntConsumer action) {
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      action.accept(i);
    }
    return n / ((System.nanoTime() - start) / 1e9);
  }
}
