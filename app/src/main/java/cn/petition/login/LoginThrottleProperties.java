package cn.petition.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login throttling ({@code petition.login-throttle} in application.yaml), per client address and user.
 *
 * @param freeFailures wrong passwords from one address for one user before it must wait
 * @param firstDelay the first wait; it doubles with every further wrong password
 * @param maxDelay the longest wait
 * @param forgetAfter wrong passwords of an address and user are forgotten this long after the last one
 * @param maxTracked how many address/user pairs are remembered at most (bounds the memory an attacker can fill)
 */
@ConfigurationProperties(prefix = "petition.login-throttle")
public record LoginThrottleProperties(int freeFailures, Duration firstDelay, Duration maxDelay,
    Duration forgetAfter, int maxTracked) {

  public LoginThrottleProperties {
    freeFailures = freeFailures <= 0 ? 5 : freeFailures;
    firstDelay = firstDelay == null ? Duration.ofSeconds(1) : firstDelay;
    maxDelay = maxDelay == null ? Duration.ofMinutes(15) : maxDelay;
    forgetAfter = forgetAfter == null ? Duration.ofHours(1) : forgetAfter;
    maxTracked = maxTracked <= 0 ? 100_000 : maxTracked;
  }
}
