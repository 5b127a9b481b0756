package cn.petition.casefile;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Period;

/**
 * Bounds of a registration ({@code petition.intake} in application.yaml), checked by
 * the intake validator and by the other endpoints that take a number of people.
 *
 * @param receivedMaxAge how far back a receipt date may lie (补登), e.g. P1Y: older dates are refused
 * @param maxPersonCount the most people a petition, dispute or new fact may name (人数)
 * @param maxPetitioners the most petitioners one registration may list
 */
public record IntakeLimits(@NotNull Period receivedMaxAge, @NotNull @Min(1) Integer maxPersonCount,
    @NotNull @Min(1) Integer maxPetitioners) {}
