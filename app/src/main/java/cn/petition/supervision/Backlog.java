package cn.petition.supervision;

/**
 * The decision of rules/supervision/backlog.drl.xlsx for one case.
 *
 * @param backlog true: the case is a backlog case (积案) and a leader owns it (领导包案)
 * @param rule the name of the table row that decided; it is the reason shown to users
 */
public record Backlog(boolean backlog, String rule) {}
