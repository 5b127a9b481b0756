package cn.petition.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without locking anybody out: wrong passwords are counted per client
 * address <em>and</em> user. After {@code freeFailures} of them that address must wait before it may try
 * that user again, {@code firstDelay} at first and twice as long after every further wrong password, up
 * to {@code maxDelay}. The same user from another address is not affected; a right password from the
 * address clears its count. Kept in memory: a restart forgets it, and each instance counts on its own.
 */
@Component
@EnableConfigurationProperties(LoginThrottleProperties.class)
public class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

  /** Camunda user ids have at most 64 characters; longer names are cut, so no name can fill the memory. */
  private record Key(String address, String user) {
    Key {
      user = user.length() > 64 ? user.substring(0, 64) : user;
    }
  }

  private record Failures(int count, Instant last, Instant blockedUntil) {}

  private final LoginThrottleProperties properties;
  private final Clock clock;
  private final Map<Key, Failures> failures = new ConcurrentHashMap<>();

  @Autowired
  public LoginThrottle(LoginThrottleProperties properties) {
    this(properties, Clock.systemUTC());
  }

  LoginThrottle(LoginThrottleProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** How long this address must still wait before it may try this user's password; zero if it may now. */
  public Duration waitFor(String address, String user) {
    Failures current = failures.get(new Key(address, user));
    if (current == null || current.blockedUntil() == null) {
      return Duration.ZERO;
    }
    Duration wait = Duration.between(clock.instant(), current.blockedUntil());
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  /** A wrong password from this address for this user. */
  public void failed(String address, String user) {
    Instant now = clock.instant();
    if (failures.size() >= properties.maxTracked()) {
      forgetStale(now);
    }
    Failures updated = failures.compute(new Key(address, user), (key, previous) -> {
      int count = previous == null || forgotten(previous, now) ? 1 : previous.count() + 1;
      return new Failures(count, now, count < properties.freeFailures() ? null : now.plus(delayAfter(count)));
    });
    if (updated.blockedUntil() != null) {
      log.warn("Login throttled: {} wrong passwords for user '{}' from {}; that address may try again in {} s",
          updated.count(), user.replaceAll("\\p{Cntrl}", "?"), address,
          Duration.between(now, updated.blockedUntil()).toSeconds());
    }
  }

  /** The right password from this address for this user: its count starts again. */
  public void succeeded(String address, String user) {
    failures.remove(new Key(address, user));
  }

  private Duration delayAfter(int count) {
    int doublings = Math.min(count - properties.freeFailures(), 40);
    Duration delay = properties.firstDelay().multipliedBy(1L << doublings);
    return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
  }

  private boolean forgotten(Failures failures, Instant now) {
    return failures.last().plus(properties.forgetAfter()).isBefore(now) && !waiting(failures, now);
  }

  private static boolean waiting(Failures failures, Instant now) {
    return failures.blockedUntil() != null && failures.blockedUntil().isAfter(now);
  }

  /** Bounds the memory: drops forgotten pairs, and if that is not enough, every pair not waiting now. */
  private void forgetStale(Instant now) {
    failures.values().removeIf(f -> forgotten(f, now));
    if (failures.size() >= properties.maxTracked()) {
      log.warn("Login throttle tracks {} address/user pairs; forgetting those not waiting now", failures.size());
      failures.values().removeIf(f -> !waiting(f, now));
    }
  }
}
