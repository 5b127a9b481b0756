package cn.petition.routing;

/**
 * Where a petition is routed: the competent department and the name of the table row that chose
 * it, so the case timeline can say why (依据规则).
 */
public record RoutingResult(String departmentCode, String ruleName) {}
