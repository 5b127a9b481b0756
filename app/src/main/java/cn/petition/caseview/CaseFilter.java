package cn.petition.caseview;

import cn.petition.casefile.CaseStatus;
import java.time.Instant;
import java.util.List;

/**
 * What a case list is filtered by.
 *
 * @param visibleDepartments null for supervisors (all cases); otherwise the caller's departments:
 *     only cases they own, handle or co-handle are listed
 * @param department cases owned or handled by this department
 * @param status a {@link CaseStatus} name
 * @param warningLevel NONE, YELLOW, ORANGE or RED
 * @param overdue true: only cases with a running deadline past due at {@code now}
 * @param ledByGroups null: no restriction; otherwise only cases whose owning leader (领导包案,
 *     case_leader_owner.leader_group) is one of these groups ({@code ?ledBy=me}: the caller's groups)
 */
public record CaseFilter(List<String> visibleDepartments, String department, String status,
    String warningLevel, Boolean overdue, Instant now, int size, long offset, List<String> ledByGroups) {}
