package cn.petition.handling;

/**
 * Published when 受理审查 accepts a case (decision ACCEPT) or transfers it to the competent department
 * (TRANSFER), in the step's transaction; the petitioner is told in writing.
 */
public record CaseAccepted(String caseNo, String decision, String firstContactDept, String handlingDept) {

  public boolean transferred() {
    return "TRANSFER".equals(decision);
  }
}
