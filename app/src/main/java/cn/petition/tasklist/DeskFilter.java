package cn.petition.tasklist;

import java.util.Set;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * One shared Tasklist filter (筛选器) as the application defines it: {@link DeskFilterSync} creates it
 * when missing, updates it when this definition changes and shares it with the groups of its audience.
 *
 * @param key stable identifier, stored in the filter's properties as {@value DeskFilters#KEY_PROPERTY}
 * @param name what the Tasklist shows
 * @param description tooltip
 * @param colour the name's colour in the filter list (CSS)
 * @param audience who may read (use) it
 * @param query the tasks it lists (expressions such as ${currentUser()} are evaluated for the reader)
 */
public record DeskFilter(String key, String name, String description, String colour, Set<Audience> audience,
    TaskQuery query) {

  /** Kinds of groups a filter is shared with. */
  public enum Audience {
    /** dept-* */
    HANDLERS,
    /** leader-* */
    LEADERS,
    /** supervisor (督查督办) */
    SUPERVISORS,
    /** the working teams without a department: soft-team (柔性工作组), grid-worker (网格员) */
    TEAMS
  }
}
