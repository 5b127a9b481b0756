package cn.petition.supervision;

import org.apache.ibatis.annotations.Select;
import org.springframework.stereotype.Component;

/** 领导包案: the leader who owns a backlog case receives its letters in copy (table case_leader_owner). */
@Component
public class LeaderOwnership {

  /** The owning leader's group (leader-X) and department. */
  public record Owner(String leaderGroup, String deptCode) {}

  private final LeaderOwnerMapper mapper;

  public LeaderOwnership(LeaderOwnerMapper mapper) {
    this.mapper = mapper;
  }

  /** The case's owning leader, or null. */
  public Owner ownerOf(String caseNo) {
    return mapper.find(caseNo);
  }

  @org.apache.ibatis.annotations.Mapper
  public interface LeaderOwnerMapper {
    @Select("SELECT leader_group, dept_code FROM case_leader_owner WHERE case_no = #{caseNo}")
    Owner find(String caseNo);
  }
}
