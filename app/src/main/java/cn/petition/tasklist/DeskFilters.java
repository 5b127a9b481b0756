package cn.petition.tasklist;

import static cn.petition.tasklist.DeskFilter.Audience.HANDLERS;
import static cn.petition.tasklist.DeskFilter.Audience.LEADERS;
import static cn.petition.tasklist.DeskFilter.Audience.SUPERVISORS;
import static cn.petition.tasklist.DeskFilter.Audience.TEAMS;

import cn.petition.org.DepartmentGroups;
import cn.petition.org.PetitionUser;
import cn.petition.supervision.BacklogAssessment;
import cn.petition.supervision.LetterResponses;
import cn.petition.supervision.SupervisionProperties;
import cn.petition.tasklist.DeskFilter.Audience;
import cn.petition.warning.WarningLevel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The shared filters of the clerk's desk, in the order the Tasklist lists them. Every filter shows the
 * row variables of {@link TaskRows} as columns and sorts by due date. Those without a "who" criterion
 * (临期, 已逾期, 红橙预警, 全部待办) list what the reader may see: a handler their department's tasks,
 * a supervisor every task (Camunda authorizations, see cn.petition.org.RoleAuthorizations).
 */
@Component
public class DeskFilters {

  /** Filter property holding {@link DeskFilter#key()}: marks the filters this application keeps. */
  public static final String KEY_PROPERTY = "petitionFilter";
  /** Filters of earlier versions that these replace: the starter's single "所有任务". */
  public static final List<String> RETIRED = List.of("所有任务");

  private static final String ME = "${currentUser()}";
  private static final String MY_GROUPS = "${currentUserGroups()}";

  private final TaskService taskService;
  private final SupervisionProperties supervision;
  private final TasklistProperties tasklist;

  public DeskFilters(@Lazy TaskService taskService, SupervisionProperties supervision, TasklistProperties tasklist) {
    this.taskService = taskService;
    this.supervision = supervision;
    this.tasklist = tasklist;
  }

  public List<DeskFilter> all() {
    List<DeskFilter> filters = new ArrayList<>();
    filters.add(new DeskFilter("mine", "我的待办", "我已认领的任务，以及我可以认领而尚无人认领的任务", "#1f5fa6",
        EnumSet.of(HANDLERS, LEADERS, TEAMS), mineOrClaimable(query())));
    filters.add(new DeskFilter("department", "本部门待办", "本部门（本组）的全部任务，含同事已认领的", "#333333",
        EnumSet.of(HANDLERS, LEADERS, TEAMS), ofMyGroups(query())));
    filters.add(new DeskFilter("approaching", "临期",
        "未到期、但距到期不足" + chinese(supervision.approachingBefore()) + "的任务（与督办阶梯的临期提示一致）",
        "#d58512", EnumSet.of(HANDLERS, LEADERS, SUPERVISORS), query().dueAfterExpression("${now()}")
            .dueBeforeExpression("${dateTime().plusSeconds(" + supervision.approachingBefore().toSeconds() + ").toDate()}")));
    filters.add(new DeskFilter("overdue", "已逾期", "已过到期时间仍未办结的任务", "#c9302c",
        EnumSet.of(HANDLERS, LEADERS, SUPERVISORS), query().dueBeforeExpression("${now()}")));
    filters.add(new DeskFilter("redOrange", "红橙预警", "所属信访事项为红色或橙色预警的任务", "#c9302c",
        EnumSet.of(HANDLERS, LEADERS, SUPERVISORS),
        query().taskVariableValueGreaterThanOrEquals(TaskRows.WARNING_RANK, WarningLevel.ORANGE.ordinal())));
    filters.add(new DeskFilter("ledByMe", "我包案的", "我作为包案领导督办的积案", "#6f42c1", EnumSet.of(LEADERS),
        ofMyGroups(query().processDefinitionKey(BacklogAssessment.PROCESS_KEY))));
    filters.add(new DeskFilter("letters", "待回复函件", "督办函、风险提醒函等须本部门书面回复的函件", "#31708f",
        EnumSet.of(HANDLERS, LEADERS), ofMyGroups(query().processDefinitionKey(LetterResponses.PROCESS_KEY))));
    filters.add(new DeskFilter("approvals", "待我审批", "须由我审批的事项（如延期审批）", "#3c763d", EnumSet.of(LEADERS),
        mineOrClaimable(query().taskDefinitionKeyIn(tasklist.approvalTasks().toArray(String[]::new)))));
    filters.add(new DeskFilter("all", "全部待办", "督查督办：全部未办结的任务", "#777777", EnumSet.of(SUPERVISORS),
        query()));
    return filters;
  }

  /** The filter's properties: order, colour, tooltip, auto-refresh and the row columns. */
  public static Map<String, Object> properties(DeskFilter filter, int priority) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(KEY_PROPERTY, filter.key());
    properties.put("priority", priority);
    properties.put("color", filter.colour());
    properties.put("description", filter.description());
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", TaskRows.LABELS.entrySet().stream()
        .map(e -> Map.of("name", e.getKey(), "label", e.getValue())).toList());
    return properties;
  }

  /** Every filter lists the most urgent first. */
  private TaskQuery query() {
    return taskService.createTaskQuery().orderByDueDate().asc();
  }

  /** Assigned to the reader, or not yet claimed and offered to the reader or one of their groups. */
  private static TaskQuery mineOrClaimable(TaskQuery query) {
    return query.or().taskAssigneeExpression(ME).taskCandidateUserExpression(ME).endOr();
  }

  /** Offered to one of the reader's groups, claimed or not. */
  private static TaskQuery ofMyGroups(TaskQuery query) {
    return query.taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks();
  }

  static boolean includes(Audience audience, String groupId) {
    return switch (audience) {
      case HANDLERS -> groupId.startsWith(DepartmentGroups.HANDLER_PREFIX);
      case LEADERS -> groupId.startsWith(DepartmentGroups.LEADER_PREFIX);
      case SUPERVISORS -> groupId.equals(PetitionUser.SUPERVISOR_GROUP);
      case TEAMS -> List.of("soft-team", "grid-worker").contains(groupId);
    };
  }

  /** 1天, 12小时, 30分钟. */
  static String chinese(Duration duration) {
    if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
      return duration.toDays() + "天";
    }
    if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
      return duration.toHours() + "小时";
    }
    return duration.toMinutes() + "分钟";
  }
}
