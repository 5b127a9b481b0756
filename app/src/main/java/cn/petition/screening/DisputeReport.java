package cn.petition.screening;

/** A checked dispute report: known region and category, the owner department resolved, defaults applied. */
public record DisputeReport(String regionCode, DisputeDomain domain, String categoryCode, String place,
    int personCount, String description, String title, String parties, boolean skipLevel,
    boolean extremeBehaviour, String ownerDept) {}
