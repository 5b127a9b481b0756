package cn.petition.supervision;

import cn.petition.deadline.TimeLimit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.core.io.Resource;

/**
 * {@code petition.supervision}: when the rungs of the ladder fire relative to a stored due instant, who issues
 * letters, how they look, how long recipients have to answer, and the cadence of 领导包案.
 *
 * @param approachingBefore 临期提示 this long before the due instant (ISO-8601, e.g. P1D)
 * @param overdueAfter 逾期 rung this long after the due instant (e.g. P3D)
 * @param issuerDept department that issues the letters (督查督办), e.g. XFJ
 * @param letterTemplate the Word template of every letter
 * @param disciplineDept the discipline body (纪委监委) receiving 问责建议函, e.g. JWJW
 * @param letterResponse the recipient's time to answer a letter, counted by the deadline calculator
 * @param backlog 领导包案
 */
public record SupervisionProperties(@NotNull Duration approachingBefore, @NotNull Duration overdueAfter,
    @NotBlank String issuerDept, @NotNull Resource letterTemplate, @NotBlank String disciplineDept,
    @NotNull TimeLimit letterResponse, @Valid @NotNull BacklogProperties backlog) {}
