package cn.petition.intake;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds of a registration ({@code petition.intake} in application.yaml), checked by
 * {@link RegistrationValidator} and by the other endpoints that take a number of people.
 *
 * @param receivedMaxAge how far back a receipt date may lie (补登), e.g. P1Y: older dates are refused
 * @param maxPersonCount the most people a petition, dispute or new fact may name (人数)
 * @param maxPetitioners the most petitioners one registration may list
 */
@ConfigurationProperties(prefix = "petition.intake")
public record IntakeLimits(Period receivedMaxAge, Integer maxPersonCount, Integer maxPetitioners) {

  public IntakeLimits {
    receivedMaxAge = receivedMaxAge == null ? Period.ofYears(1) : receivedMaxAge;
    maxPersonCount = maxPersonCount == null ? 10_000 : maxPersonCount;
    maxPetitioners = maxPetitioners == null ? 50 : maxPetitioners;
  }
}
