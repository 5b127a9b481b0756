package cn.petition.casefile;

/**
 * A case was closed (办结) or declined (不予受理), published by {@link CaseLifecycle} in the transaction that
 * records it: what still runs on the case (a colour's response, its limits) ends with it.
 */
public record CaseEnded(String caseNo, CaseStatus status) {}
