package cn.petition.caseview;

import java.util.List;

/** A page of cases. */
public record CasePage(List<CaseSummary> items, int page, int size, long total) {}
