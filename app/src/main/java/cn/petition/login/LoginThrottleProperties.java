package cn.petition.login;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * {@code petition.login-throttle}: login throttling per client address and user.
 *
 * @param freeFailures wrong passwords from one address for one user before it must wait
 * @param firstDelay the first wait; it doubles with every further wrong password
 * @param maxDelay the longest wait
 * @param forgetAfter wrong passwords of an address and user are forgotten this long after the last one
 * @param maxTracked how many address/user pairs are remembered at most (bounds the memory an attacker can fill)
 */
public record LoginThrottleProperties(@Min(1) int freeFailures, @NotNull Duration firstDelay,
    @NotNull Duration maxDelay, @NotNull Duration forgetAfter, @Min(1) int maxTracked) {}
