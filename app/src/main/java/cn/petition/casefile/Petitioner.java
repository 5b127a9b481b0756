package cn.petition.casefile;

/** A petitioner (信访人) of a case; a collective visit has several. */
public record Petitioner(String caseNo, int seq, String name, String idNumber, String phone,
    String householdRegion, String residenceRegion) {}
