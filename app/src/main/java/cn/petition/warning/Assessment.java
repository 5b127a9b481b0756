package cn.petition.warning;

/**
 * The outcome of one evaluation of the warning table on a case or dispute.
 *
 * @param level the colour now in force (never lower than before: a colour is lowered by a person, not by a rule)
 * @param decided what the table gave for the current facts
 * @param signal the phrases found in the text
 * @param raised whether this evaluation raised the colour (a new warning and response process)
 * @param facts the facts the table saw
 */
public record Assessment(WarningLevel level, WarningResult decided, TextSignal signal, boolean raised,
    WarningFacts facts) {}
