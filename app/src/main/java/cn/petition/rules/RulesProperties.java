package cn.petition.rules;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * {@code petition.rules}: where the decision tables are read from.
 *
 * @param location a Spring resource pattern of the tables, e.g. {@code classpath*:rules/**}{@code /*.drl.xlsx}
 * @param requiredRuleSets the RuleSet packages that must contain rules, or startup fails
 */
public record RulesProperties(@NotBlank String location, @NotEmpty List<String> requiredRuleSets) {}
