package cn.petition.warning;

/**
 * A case's colour was raised by an evaluation of the warning table, published by {@link WarningService} in the
 * evaluating transaction after the case carries the new colour (supervision answers orange and red with a
 * 风险提醒函; the Tasklist rows of the case show the new colour).
 */
public record WarningRaised(String caseNo, WarningLevel level) {}
