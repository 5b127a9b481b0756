package cn.petition.caseview;

import cn.petition.casefile.CaseStatus;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.deadline.DeadlineStatus;
import java.util.stream.Collectors;
import org.apache.ibatis.jdbc.SQL;

/** Builds the case-list queries for {@link CaseListMapper#search} and {@link CaseListMapper#count}. */
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
        String in = parameters("visibleDepartments", filter.visibleDepartments().size());
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
      sql.WHERE("c.status IN (" + CaseStatus.open().stream().map(s -> "'" + s.name() + "'")
          .collect(Collectors.joining(", ")) + ")");
      sql.WHERE("EXISTS (SELECT 1 FROM case_deadline d WHERE d.case_no = c.case_no "
          + "AND d.status = '" + DeadlineStatus.RUNNING.name() + "' AND d.due_at < #{now})");
    }
    if (filter.ledByGroups() != null) {
      if (filter.ledByGroups().isEmpty()) {
        sql.WHERE("1 = 0");
      } else {
        sql.WHERE("EXISTS (SELECT 1 FROM case_leader_owner o WHERE o.case_no = c.case_no AND o.leader_group IN ("
            + parameters("ledByGroups", filter.ledByGroups().size()) + "))");
      }
    }
    return sql;
  }

  /** "#{name[0]}, #{name[1]}, …" for an IN list of a list parameter. */
  private static String parameters(String name, int size) {
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < size; i++) {
      in.append(i == 0 ? "" : ", ").append("#{").append(name).append('[').append(i).append("]}");
    }
    return in.toString();
  }
}
