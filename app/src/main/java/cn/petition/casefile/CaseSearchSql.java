package cn.petition.casefile;

import org.apache.ibatis.jdbc.SQL;

/** Builds the case-list queries for {@link PetitionCaseMapper#search} and {@link PetitionCaseMapper#count}. */
public class CaseSearchSql {

  public String page(CaseFilter filter) {
    return where(new SQL().SELECT(PetitionCaseMapper.COLUMNS).FROM("petition_case c"), filter)
        .ORDER_BY("c.received_at DESC", "c.case_no DESC").LIMIT("#{size}").OFFSET("#{offset}").toString();
  }

  public String count(CaseFilter filter) {
    return where(new SQL().SELECT("COUNT(*)").FROM("petition_case c"), filter).toString();
  }

  private SQL where(SQL sql, CaseFilter filter) {
    if (filter.visibleDepartments() != null) {
      if (filter.visibleDepartments().isEmpty()) {
        sql.WHERE("1 = 0");
      } else {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < filter.visibleDepartments().size(); i++) {
          in.append(i == 0 ? "" : ", ").append("#{visibleDepartments[").append(i).append("]}");
        }
        sql.WHERE("(c.first_contact_dept IN (" + in + ") OR c.handling_dept IN (" + in + ") OR EXISTS "
            + "(SELECT 1 FROM case_co_handler h WHERE h.case_no = c.case_no AND h.dept_code IN (" + in + ")))");
      }
    }
    if (filter.department() != null) {
      sql.WHERE("(c.first_contact_dept = #{department} OR c.handling_dept = #{department})");
    }
    if (filter.status() != null) {
      sql.WHERE("c.status = #{status}");
    }
    if (filter.warningLevel() != null) {
      sql.WHERE("c.warning_level = #{warningLevel}");
    }
    if (Boolean.TRUE.equals(filter.overdue())) {
      sql.WHERE("EXISTS (SELECT 1 FROM case_deadline d WHERE d.case_no = c.case_no "
          + "AND d.status = 'RUNNING' AND d.due_at < #{now})");
    }
    return sql;
  }
}
