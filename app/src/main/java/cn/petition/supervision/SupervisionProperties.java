package cn.petition.supervision;

import cn.petition.deadline.TimeLimit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * {@code petition.supervision}: when the rungs of the ladder fire relative to a stored due instant, who issues
 * letters, how they look, how long recipients have to answer, and the cadence of 领导包案.
 *
 * @param approachingBefore 临期提示 this long before the due instant (ISO-8601, e.g. P1D)
 * @param overdueAfter 逾期 rung this long after the due instant (e.g. P3D)
 * @param issuerDept department that issues the letters (督查督办), e.g. XFJ
 * @param disciplineDept the discipline body (纪委监委) receiving 问责建议函, e.g. JWJW
 * @param superiorDept the superior organ (上一级机关) that issues the letters about the issuing department's
 *     own lateness (to it, or recommending its accountability), e.g. SXFJ
 * @param letterResponse the recipient's time to answer a letter, counted by the deadline calculator
 * @param backlog 领导包案
 */
public record SupervisionProperties(@NotNull Duration approachingBefore, @NotNull Duration overdueAfter,
    @NotBlank String issuerDept, @NotBlank String disciplineDept, @NotBlank String superiorDept,
    @NotNull TimeLimit letterResponse, @Valid @NotNull BacklogProperties backlog) {}
