package cn.petition.intake;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the intake limits ({@code petition.intake}). */
@Configuration
@EnableConfigurationProperties(IntakeLimits.class)
public class IntakeConfig {}
