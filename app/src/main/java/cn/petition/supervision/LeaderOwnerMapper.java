package cn.petition.supervision;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** The case_leader_owner table: the leader who owns a backlog case (领导包案), one per case. */
@Mapper
public interface LeaderOwnerMapper {

  @Select("SELECT leader_group, dept_code FROM case_leader_owner WHERE case_no = #{caseNo}")
  LeaderOwnership.Owner find(String caseNo);

  @Select("SELECT case_no, leader_group, dept_code, rule_name, assigned_at FROM case_leader_owner"
      + " WHERE case_no = #{caseNo}")
  LeaderOwnership.Assignment assignment(String caseNo);

  /** Fails with a duplicate key if the case has an owner already (case_no is the primary key). */
  @Insert("INSERT INTO case_leader_owner (case_no, leader_group, dept_code, rule_name, assigned_at)"
      + " VALUES (#{caseNo}, #{leaderGroup}, #{deptCode}, #{ruleName}, #{assignedAt})")
  void insert(LeaderOwnership.Assignment assignment);

  /** The cases that have an owner. */
  @Select("SELECT case_no FROM case_leader_owner")
  List<String> ownedCases();
}
