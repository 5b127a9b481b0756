package cn.petition.intake;

import cn.petition.casefile.CaseStatus;
import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.support.EngineClock;
import cn.petition.support.IntegrationTest;
import cn.petition.support.Petitions;
import cn.petition.warning.Warning;
import cn.petition.warning.WarningService;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Intake under races: the same petition sent twice at the same moment, and several repeats of one original
 * at once. Threads start together at a barrier; every registration must succeed and the stored cases must be
 * what sequential registration would have produced.
 */
@IntegrationTest
class IntakeRaceTest {

  private static final OffsetDateTime RECEIVED = OffsetDateTime.of(2026, 10, 12, 9, 0, 0, 0, ZoneOffset.ofHours(8));
  private static final int PAIRS = 8;

  @Autowired IntakeService intake;
  @Autowired PetitionCaseMapper cases;
  @Autowired WarningService warnings;

  @RegisterExtension final EngineClock clock = EngineClock.at(RECEIVED.plusDays(1));

  @Test
  void theSamePetitionSentTwiceAtOnceBecomesAnOriginalAndItsRepeat() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2 * PAIRS);
    try {
      CyclicBarrier start = new CyclicBarrier(2 * PAIRS);
      List<List<Future<RegisteredCase>>> pairs = new ArrayList<>();
      for (int p = 0; p < PAIRS; p++) {
        RegisterCaseRequest petition = Petitions.urbanRenewal(RECEIVED, Petitions.newIdNumber());
        pairs.add(List.of(pool.submit(registerAt(start, petition)), pool.submit(registerAt(start, petition))));
      }
      for (List<Future<RegisteredCase>> pair : pairs) {
        RegisteredCase first = pair.get(0).get(60, TimeUnit.SECONDS);
        RegisteredCase second = pair.get(1).get(60, TimeUnit.SECONDS);
        List<RegisteredCase> both = List.of(first, second);
        assertThat(both).as("one original and one repeat of it: %s", both)
            .extracting(RegisteredCase::status).containsExactlyInAnyOrder(CaseStatus.REGISTERED, CaseStatus.MERGED);
        RegisteredCase original = first.repeatOf() == null ? first : second;
        RegisteredCase repeat = original == first ? second : first;
        assertThat(repeat.repeatOf()).isEqualTo(original.caseNo());
        assertThat(cases.find(repeat.caseNo()).getRepeatOf()).isEqualTo(original.caseNo());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * An original of four petitioners (邻里纠纷, no colour); each of them petitions again at the same moment. Every
   * repeat is merged into the original, whose colour is raised as if they had come one after the other: the
   * first repeat makes it yellow (重复信访), the second orange (第三次及以上), the others change nothing.
   */
  @Test
  void concurrentRepeatsByItsPetitionersRaiseTheOriginalStepByStep() throws Exception {
    List<String> people = List.of(Petitions.newIdNumber(), Petitions.newIdNumber(), Petitions.newIdNumber(),
        Petitions.newIdNumber());
    RegisteredCase original = intake.register(Petitions.request(RECEIVED, "邻里纠纷", 4, people.stream()
        .map(id -> Petitions.petitioner(id, "330100-01", "330100-01")).toList()), Petitions.petitionOfficeHandler());
    assertThat(original.warningLevel()).isEqualTo("NONE");

    assertAllMergedInto(original, registerAtOnce(people));
    assertThat(warnings.ofCase(original.caseNo())).extracting(Warning::level).containsExactly("YELLOW", "ORANGE");
  }

  /** The same petitioner sends four repeats at once (a client retrying): the same outcome, no error. */
  @Test
  void concurrentRepeatsOfOnePetitionerRaiseTheOriginalStepByStep() throws Exception {
    String id = Petitions.newIdNumber();
    RegisteredCase original = intake.register(neighbourhood(RECEIVED, id), Petitions.petitionOfficeHandler());
    assertThat(original.warningLevel()).isEqualTo("NONE");

    assertAllMergedInto(original, registerAtOnce(List.of(id, id, id, id)));
    assertThat(warnings.ofCase(original.caseNo())).extracting(Warning::level).containsExactly("YELLOW", "ORANGE");
  }

  private List<RegisteredCase> registerAtOnce(List<String> idNumbers) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(idNumbers.size());
    try {
      CyclicBarrier start = new CyclicBarrier(idNumbers.size());
      List<Future<RegisteredCase>> repeats = new ArrayList<>();
      for (String id : idNumbers) {
        repeats.add(pool.submit(registerAt(start, neighbourhood(RECEIVED.plusHours(1), id))));
      }
      List<RegisteredCase> registered = new ArrayList<>();
      for (Future<RegisteredCase> repeat : repeats) {
        registered.add(repeat.get(60, TimeUnit.SECONDS));
      }
      return registered;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertAllMergedInto(RegisteredCase original, List<RegisteredCase> repeats) {
    assertThat(repeats).allSatisfy(repeat -> {
      assertThat(repeat.status()).isEqualTo(CaseStatus.MERGED);
      assertThat(repeat.repeatOf()).isEqualTo(original.caseNo());
    });
  }

  private static RegisterCaseRequest neighbourhood(OffsetDateTime received, String idNumber) {
    return Petitions.request(received, "邻里纠纷", 1, List.of(Petitions.petitioner(idNumber, "330100-01", "330100-01")));
  }

  private Callable<RegisteredCase> registerAt(CyclicBarrier start, RegisterCaseRequest petition) {
    return () -> {
      start.await(30, TimeUnit.SECONDS);
      return intake.register(petition, Petitions.petitionOfficeHandler());
    };
  }
}
