package cn.petition.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The one counter behind case and letter numbers: every draw of a series gets its own number, also at once. */
@IntegrationTest
class CountersTest {

  private static final int PARALLEL = 8;

  @Autowired Counters counters;
  @Autowired TransactionTemplate transactions;

  @Test
  void concurrentDrawsOfANewSeriesGetOneToN() throws Exception {
    String series = "TEST-" + UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> draws = new ArrayList<>();
    try {
      for (int i = 0; i < PARALLEL * 2; i++) {
        draws.add(pool.submit(() -> {
          start.await();
          return counters.next(series);
        }));
      }
      start.countDown();
      List<Integer> numbers = new ArrayList<>();
      for (Future<Integer> draw : draws) {
        numbers.add(draw.get(60, TimeUnit.SECONDS));
      }
      assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, PARALLEL * 2).boxed().toList());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aNumberDrawnInsideAFailedTransactionIsNotDrawnAgain() {
    String series = "TEST-" + UUID.randomUUID();
    try {
      transactions.executeWithoutResult(status -> {
        assertThat(counters.next(series)).isEqualTo(1);
        throw new IllegalStateException("the caller fails after drawing");
      });
    } catch (IllegalStateException expected) {
      // the caller's work is rolled back; its number is not
    }
    assertThat(counters.next(series)).isEqualTo(2);
  }
}
