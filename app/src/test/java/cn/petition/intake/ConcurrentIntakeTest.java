package cn.petition.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.support.EngineClock;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import cn.petition.support.ProcessTests;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Case numbers stay unique when several intakes of the same day run at once. */
@IntegrationTest
class ConcurrentIntakeTest {

  /** The fixed dates below stay within the receipts the intake accepts (a year back, a year with holidays). */
  @RegisterExtension
  final EngineClock clock = EngineClock.at(OffsetDateTime.of(2026, 10, 15, 10, 0, 0, 0, ProcessTests.CST));

  private static final int PARALLEL = 8;

  @Autowired IntakeService intake;

  @Test
  void concurrentIntakesDrawDistinctCaseNumbers() throws Exception {
    OffsetDateTime received = OffsetDateTime.of(2026, 7, 15, 10, 0, 0, 0, ZoneOffset.ofHours(8));
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<RegisteredCase>> results = new ArrayList<>();
    try {
      for (int i = 0; i < PARALLEL; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return intake.register(Petitions.urbanRenewal(received, Petitions.newIdNumber()),
              Petitions.petitionOfficeHandler());
        }));
      }
      start.countDown();
      Set<String> numbers = new HashSet<>();
      for (Future<RegisteredCase> result : results) {
        numbers.add(result.get(60, TimeUnit.SECONDS).caseNo());
      }
      assertThat(numbers).hasSize(PARALLEL).allMatch(n -> n.startsWith("XF20260715"));
    } finally {
      pool.shutdownNow();
    }
  }
}
