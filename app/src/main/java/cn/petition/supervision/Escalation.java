package cn.petition.supervision;

/**
 * The decision of rules/supervision/escalation.drl.xlsx for one trigger.
 *
 * @param kind notice or letter kind
 * @param recipient who receives it
 * @param rule the name of the table row that decided (依据规则)
 */
public record Escalation(LetterKind kind, Recipient recipient, String rule) {}
