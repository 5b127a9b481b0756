package cn.petition.warning;

/** The colour the warning table gave, and the name of the row that gave it (依据规则). */
public record WarningResult(WarningLevel level, String rule) {}
