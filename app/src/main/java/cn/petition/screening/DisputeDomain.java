package cn.petition.screening;

/** The key domain of a dispute, as the warning table reads it (rules/warning/warning.drl.xlsx). */
public enum DisputeDomain {
  LIVELIHOOD("民生（教育医疗、养老托幼、就业社保）"),
  URBAN_RENEWAL("城市更新（老旧小区改造、征收拆迁）"),
  LAW_LITIGATION("涉法涉诉（执行难、行政争议）"),
  ENTERPRISE_RESTRUCTURING("企业改制（职工安置）"),
  OTHER("其他");

  private final String label;

  DisputeDomain(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
