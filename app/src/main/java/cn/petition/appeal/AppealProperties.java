package cn.petition.appeal;

import jakarta.validation.constraints.NotBlank;

/**
 * {@code petition.appeal}: 复查 and 复核.
 *
 * @param decidingDept the superior organ that decides requests (its group dept-&lt;code&gt; gets the decision task)
 */
public record AppealProperties(@NotBlank String decidingDept) {}
