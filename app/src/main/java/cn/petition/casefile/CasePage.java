package cn.petition.casefile;

import java.util.List;

/** A page of cases. */
public record CasePage(List<CaseSummary> items, int page, int size, long total) {}
