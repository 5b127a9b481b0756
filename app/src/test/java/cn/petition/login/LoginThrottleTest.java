package cn.petition.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The backoff of {@link LoginThrottle}, on a clock the test moves. */
class LoginThrottleTest {

  private static final String ATTACKER = "10.0.0.66";
  private static final String OFFICE = "10.0.0.1";

  /** A clock that only moves when the test says so. */
  private static final class TestClock extends Clock {
    private Instant now = Instant.parse("2026-11-30T01:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final TestClock clock = new TestClock();
  private final LoginThrottle throttle = new LoginThrottle(
      new LoginThrottleProperties(3, Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofHours(1), 1000), clock);

  private void fail(String address, String user, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(address, user);
    }
  }

  @Test
  void theFreeFailuresCostNothingThenTheWaitDoublesUpToTheMaximum() {
    fail(ATTACKER, "admin", 2);
    assertThat(throttle.waitFor(ATTACKER, "admin")).isZero();

    fail(ATTACKER, "admin", 1);
    assertThat(throttle.waitFor(ATTACKER, "admin")).isEqualTo(Duration.ofSeconds(2));
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.waitFor(ATTACKER, "admin")).isEqualTo(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.waitFor(ATTACKER, "admin")).isZero();

    fail(ATTACKER, "admin", 1);
    assertThat(throttle.waitFor(ATTACKER, "admin")).isEqualTo(Duration.ofSeconds(4));
    fail(ATTACKER, "admin", 1);
    assertThat(throttle.waitFor(ATTACKER, "admin")).isEqualTo(Duration.ofSeconds(8));
    fail(ATTACKER, "admin", 10);
    assertThat(throttle.waitFor(ATTACKER, "admin")).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void onlyThatAddressWaitsAndOnlyForThatUser() {
    fail(ATTACKER, "admin", 5);
    assertThat(throttle.waitFor(ATTACKER, "admin")).isPositive();
    assertThat(throttle.waitFor(OFFICE, "admin")).isZero();
    assertThat(throttle.waitFor(ATTACKER, "xfj-handler")).isZero();
  }

  @Test
  void theRightPasswordStartsTheCountAgain() {
    fail(OFFICE, "xfj-handler", 2);
    throttle.succeeded(OFFICE, "xfj-handler");
    fail(OFFICE, "xfj-handler", 2);
    assertThat(throttle.waitFor(OFFICE, "xfj-handler")).isZero();
  }

  @Test
  void wrongPasswordsAreForgottenAfterAQuietHour() {
    fail(OFFICE, "xfj-handler", 2);
    clock.advance(Duration.ofMinutes(61));
    fail(OFFICE, "xfj-handler", 2);
    assertThat(throttle.waitFor(OFFICE, "xfj-handler")).isZero();
    fail(OFFICE, "xfj-handler", 1);
    assertThat(throttle.waitFor(OFFICE, "xfj-handler")).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aFloodOfPairsDoesNotFreeAnAddressThatMustWait() {
    LoginThrottle small = new LoginThrottle(
        new LoginThrottleProperties(3, Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofHours(1), 10), clock);
    for (int i = 0; i < 3; i++) {
      small.failed(ATTACKER, "admin");
    }
    for (int i = 0; i < 50; i++) {
      small.failed("10.1.0." + i, "user" + i);
    }
    assertThat(small.waitFor(ATTACKER, "admin")).isEqualTo(Duration.ofSeconds(2));
  }
}
