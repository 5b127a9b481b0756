package cn.petition.org;

import jakarta.validation.constraints.NotBlank;

/**
 * {@code petition.demo}: the demo organisation of the embedded default.
 *
 * @param enabled create the demo users and groups at startup
 * @param password the password of every demo user
 */
public record DemoProperties(boolean enabled, @NotBlank String password) {}
