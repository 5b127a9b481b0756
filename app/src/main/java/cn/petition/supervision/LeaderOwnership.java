package cn.petition.supervision;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.springframework.stereotype.Component;

/** 领导包案: the leader who owns a backlog case receives its letters in copy (table case_leader_owner). */
@Component
public class LeaderOwnership {

  /** The owning leader's group (leader-X) and department. */
  public record Owner(String leaderGroup, String deptCode) {}

  /** A row of case_leader_owner: who owns the case, by which rule of the backlog table, since when. */
  public record Assignment(String caseNo, String leaderGroup, String deptCode, String ruleName, Instant assignedAt) {}

  private final LeaderOwnerMapper mapper;

  public LeaderOwnership(LeaderOwnerMapper mapper) {
    this.mapper = mapper;
  }

  /** The case's owning leader, or null. */
  public Owner ownerOf(String caseNo) {
    return mapper.find(caseNo);
  }

  /** The case's ownership with its reason and date, or null. */
  public Assignment assignmentOf(String caseNo) {
    return mapper.assignment(caseNo);
  }

  @org.apache.ibatis.annotations.Mapper
  public interface LeaderOwnerMapper {
    @Select("SELECT leader_group, dept_code FROM case_leader_owner WHERE case_no = #{caseNo}")
    Owner find(String caseNo);

    @Select("SELECT case_no, leader_group, dept_code, rule_name, assigned_at FROM case_leader_owner"
        + " WHERE case_no = #{caseNo}")
    Assignment assignment(String caseNo);

    /** Fails with a duplicate key if the case has an owner already (case_no is the primary key). */
    @Insert("INSERT INTO case_leader_owner (case_no, leader_group, dept_code, rule_name, assigned_at)"
        + " VALUES (#{caseNo}, #{leaderGroup}, #{deptCode}, #{ruleName}, #{assignedAt})")
    void insert(Assignment assignment);

    /** Repeat petitions merged into the case. */
    @Select("SELECT COUNT(*) FROM petition_case WHERE repeat_of = #{caseNo}")
    int countRepeats(String caseNo);

    /** Letters (not notices) issued on the case, all steps; with a kind, only that kind. */
    @Select("<script>SELECT COUNT(*) FROM case_letter WHERE case_no = #{caseNo} AND kind &lt;&gt; 'NOTICE'"
        + "<if test='kind != null'> AND kind = #{kind}</if></script>")
    int countLetters(@Param("caseNo") String caseNo, @Param("kind") String kind);

    /** Open originals (not repeats) without an owner: what the daily scan assesses. */
    @Select("SELECT c.case_no FROM petition_case c WHERE c.status IN ('REGISTERED', 'HANDLING', 'PRE_REVIEW', 'REPLIED')"
        + " AND c.repeat_of IS NULL AND NOT EXISTS (SELECT 1 FROM case_leader_owner o WHERE o.case_no = c.case_no)"
        + " ORDER BY c.received_at, c.case_no")
    List<String> openCasesWithoutOwner();
  }
}
