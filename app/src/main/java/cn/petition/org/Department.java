package cn.petition.org;

/** A department (部门): the petition office, a street office, a functional department, ... */
public record Department(String code, String name, String kind, String regionCode, String parentCode) {

  public static final String STREET_OFFICE = "STREET_OFFICE";
}
