package cn.petition.deadline;

import java.time.Instant;

/**
 * A computed due instant with the limit it came from and how it was counted.
 *
 * @param dueAt the instant the limit ends (23:59:59 local of the last day for day limits)
 * @param limit the limit that was counted
 * @param explanation how the due instant was reached, in Chinese
 */
public record Due(Instant dueAt, TimeLimit limit, String explanation) {}
