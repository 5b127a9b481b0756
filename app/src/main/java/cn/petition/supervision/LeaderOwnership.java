package cn.petition.supervision;

import java.time.Instant;
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
}
