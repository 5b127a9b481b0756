package cn.petition.warning;

import jakarta.validation.constraints.NotBlank;

/**
 * {@code petition.warning}: the three-colour warning.
 *
 * @param phrases where the alarming phrases (rules/warning/phrases.txt) are read from, a Spring resource location
 */
public record WarningProperties(@NotBlank String phrases) {}
