package cn.petition.durability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.durability.AppClient.Answer;
import cn.petition.support.AppProcess;
import cn.petition.support.Petitions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: what was answered 201 survives a crash. The packaged application runs as a process of
 * its own on the embedded default (H2 files in a temporary directory) or, with -Pmysql, on MariaDB.
 * Several threads register cases over HTTP; the process is killed with SIGKILL while requests are in
 * flight, restarted on the same data, and then every acknowledged case must be there with its process
 * instance, no case number may be issued a second time, and timers created before the crash must fire.
 *
 * <p>Before the crash the job executor is off, so the timers of the two overdue probe cases are certainly
 * still waiting in the database when the process dies; after the restart it runs as shipped.
 */
class CrashRecoveryIT {

  private static final ZoneOffset CST = ZoneOffset.ofHours(8);
  private static final int THREADS = 6;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 60;
  private static final int REGISTERED_AFTER_RESTART = 10;
  private static final Duration STARTUP = Duration.ofMinutes(3);
  private static final String HANDLER = "xfj-handler";

  @TempDir Path workDir;

  /** A case answered 201: its number, its process instance and the ID number it was registered with. */
  record Acknowledged(String caseNo, String processInstanceId, String idNumber) {}

  @Test
  void acknowledgedCasesSurviveKill9AndTimersStillFire() throws Exception {
    CrashDatabase database = CrashDatabase.fromSystemProperties();
    database.recreate();
    Path jar = AppProcess.packagedJar();

    List<Acknowledged> probes = new ArrayList<>();
    Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    try (AppProcess first = start(jar, database, "before-crash", "--camunda.bpm.job-execution.enabled=false")) {
      AppClient client = new AppClient(first.port());
      OffsetDateTime tenDaysAgo = OffsetDateTime.now(CST).minusDays(10).truncatedTo(ChronoUnit.SECONDS);
      for (int i = 0; i < 2; i++) {
        probes.add(register(client, tenDaysAgo));
      }
      Load load = registerUntilKilled(client, first, acknowledged);
      assertThat(load.exitStatus()).as("the process died of SIGKILL, no graceful shutdown")
          .isEqualTo(AppProcess.KILLED_BY_SIGKILL);
      assertThat(load.inFlightAtKill()).as("requests were in flight when it was killed").isPositive();
      assertThat(load.unexpected()).as("answers other than 201 before the kill").isEmpty();
      System.out.printf("%s: %d cases acknowledged, killed with %d requests in flight%n", database,
          acknowledged.size(), load.inFlightAtKill());
    }

    try (AppProcess second = start(jar, database, "after-restart")) {
      AppClient client = new AppClient(second.port());
      List<Acknowledged> all = new ArrayList<>(probes);
      all.addAll(acknowledged);
      assertThat(all).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL + probes.size());
      for (Acknowledged ack : all) {
        assertPresent(client, ack, second);
      }

      Set<String> issued = new HashSet<>();
      all.forEach(ack -> issued.add(ack.caseNo()));
      assertThat(issued).as("numbers acknowledged before the crash").hasSize(all.size());
      OffsetDateTime now = OffsetDateTime.now(CST).truncatedTo(ChronoUnit.SECONDS);
      for (int i = 0; i < REGISTERED_AFTER_RESTART; i++) {
        String caseNo = register(client, now).caseNo();
        assertThat(issued.add(caseNo)).as("%s was already given to a petitioner before the crash", caseNo).isTrue();
      }

      for (Acknowledged probe : probes) {
        awaitLetters(client, probe, second);
      }
    }
  }

  /** Starts the application on the test's data and waits until the demo handler can list cases. */
  private AppProcess start(Path jar, CrashDatabase database, String name, String... extra) throws IOException {
    List<String> arguments = new ArrayList<>(database.arguments());
    arguments.addAll(List.of(extra));
    AppProcess app = AppProcess.start(jar, workDir, name, arguments);
    try {
      return app.awaitReady(STARTUP, () -> new AppClient(app.port()).answers(HANDLER, "/api/cases?size=1"));
    } catch (RuntimeException notStarted) {
      try {
        app.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw notStarted;
    }
  }

  /** What happened under load: how the process ended, how many requests it cut off, what went wrong before. */
  record Load(int exitStatus, int inFlightAtKill, Queue<String> unexpected) {}

  private Load registerUntilKilled(AppClient client, AppProcess app, Queue<Acknowledged> acknowledged)
      throws InterruptedException {
    CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
    AtomicBoolean killing = new AtomicBoolean();
    AtomicInteger inFlight = new AtomicInteger();
    Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int t = 0; t < THREADS; t++) {
        pool.submit(() -> {
          while (!killing.get()) {
            String idNumber = Petitions.newIdNumber();
            OffsetDateTime now = OffsetDateTime.now(CST).truncatedTo(ChronoUnit.SECONDS);
            inFlight.incrementAndGet();
            try {
              Answer answer = client.post(HANDLER, "/api/cases", Petitions.urbanRenewal(now, idNumber));
              if (answer.status() == 201) {
                acknowledged.add(new Acknowledged((String) answer.body().get("caseNo"),
                    (String) answer.body().get("processInstanceId"), idNumber));
                enough.countDown();
              } else if (!killing.get()) {
                unexpected.add(answer.status() + " " + answer.text());
              }
            } catch (IOException cutOff) {
              if (!killing.get()) {
                unexpected.add(cutOff.toString());
              }
              return null;
            } finally {
              inFlight.decrementAndGet();
            }
          }
          return null;
        });
      }
      assertThat(enough.await(STARTUP.toSeconds(), TimeUnit.SECONDS))
          .as("%d cases registered under load; unexpected: %s\n%s", ACKNOWLEDGED_BEFORE_KILL, unexpected, app.tail())
          .isTrue();
      killing.set(true);
      int cutOff = inFlight.get();
      int exitStatus = app.kill();
      return new Load(exitStatus, cutOff, unexpected);
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).as("load threads ended").isTrue();
    }
  }

  private static Acknowledged register(AppClient client, OffsetDateTime receivedAt) throws Exception {
    String idNumber = Petitions.newIdNumber();
    Answer answer = client.post(HANDLER, "/api/cases", Petitions.urbanRenewal(receivedAt, idNumber));
    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    return new Acknowledged((String) answer.body().get("caseNo"), (String) answer.body().get("processInstanceId"),
        idNumber);
  }

  @SuppressWarnings("unchecked")
  private static void assertPresent(AppClient client, Acknowledged ack, AppProcess app) throws Exception {
    Answer detail = client.get(HANDLER, "/api/cases/" + ack.caseNo());
    assertThat(detail.status()).as("acknowledged case %s after the restart: %s\n%s", ack.caseNo(), detail.text(),
        app.tail()).isEqualTo(200);
    assertThat(detail.body()).containsEntry("processInstanceId", ack.processInstanceId());
    List<Map<String, Object>> petitioners = (List<Map<String, Object>>) detail.body().get("petitioners");
    assertThat(petitioners).as("the petitioner registered under %s", ack.caseNo())
        .extracting(p -> p.get("idNumber")).containsExactly(ack.idNumber());
    Answer process = client.get("admin", "/engine-rest/process-instance/" + ack.processInstanceId());
    assertThat(process.status()).as("process instance of %s: %s", ack.caseNo(), process.text()).isEqualTo(200);
    assertThat(process.body()).containsEntry("businessKey", ack.caseNo()).containsEntry("ended", false);
  }

  /** The overdue probe's supervision timers, created before the crash, fire after the restart and issue letters. */
  @SuppressWarnings("unchecked")
  private static void awaitLetters(AppClient client, Acknowledged probe, AppProcess app) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    List<Object> letters = List.of();
    while (letters.isEmpty()) {
      assertThat(Instant.now()).as("letters of %s from timers due before the crash\n%s", probe.caseNo(), app.tail())
          .isBefore(deadline);
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
      Answer detail = client.get(HANDLER, "/api/cases/" + probe.caseNo());
      letters = (List<Object>) detail.body().getOrDefault("letters", List.of());
    }
  }
}
