package cn.petition.handling;

/** Published when 受理审查 declines a case, with the reason and where the petitioner may go instead. */
public record CaseDeclined(String caseNo, String firstContactDept, String reason, String guidance) {}
