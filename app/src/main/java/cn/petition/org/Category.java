package cn.petition.org;

/** A petition category (类别) with its key domain (LIVELIHOOD, URBAN_RENEWAL, LAW_LITIGATION, ENTERPRISE_RESTRUCTURING, OTHER). */
public record Category(String code, String name, String domain) {}
