package cn.petition.tasklist;

import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.org.DepartmentGroups;
import cn.petition.org.ReferenceData;
import cn.petition.warning.WarningLevel;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What a row of the Tasklist shows of a task, beside its name and process: 信访件编号, 标题, 承办部门,
 * 预警颜色, 到期时间 (absolute, in Chinese) and 逾期天数 when late. Computed for any user task of any
 * process: from the case when the business key is a case number, else from the process's own
 * variables (caseNo, title, warningLevel) and the department of the task's candidate group. The values
 * are stored as task-local variables, which the Tasklist filters show as columns ({@link DeskFilters}).
 */
@Component
public class TaskRows {

  /** Task-local variables of a row; a value that does not apply is absent. */
  public static final String CASE_NO = "rowCaseNo";
  public static final String TITLE = "rowTitle";
  public static final String DEPT = "rowDept";
  public static final String WARNING = "rowWarning";
  /** 0 none, 1 yellow, 2 orange, 3 red: what the 红橙预警 filter compares. */
  public static final String WARNING_RANK = "rowWarningRank";
  public static final String DUE = "rowDue";
  public static final String OVERDUE = "rowOverdue";

  static final Map<String, String> LABELS = labels();

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
  /** A day limit ends at 24:00 of its last day, stored as 23:59:59 (see petition.deadlines). */
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final PetitionCaseMapper cases;
  private final ReferenceData referenceData;
  private final ZoneId zone;

  public TaskRows(@Lazy PetitionCaseMapper cases, @Lazy ReferenceData referenceData,
      @Value("${petition.zone}") String zone) {
    this.cases = cases;
    this.referenceData = referenceData;
    this.zone = ZoneId.of(zone);
  }

  /** The columns and their Chinese labels, in the order a row shows them. */
  private static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(CASE_NO, "信访件编号");
    labels.put(TITLE, "标题");
    labels.put(DEPT, "承办部门");
    labels.put(WARNING, "预警");
    labels.put(DUE, "到期时间");
    labels.put(OVERDUE, "逾期");
    return labels;
  }

  /**
   * The row of a task.
   *
   * @param businessKey the process instance's business key (a case number for case-related processes)
   * @param due the task's due date, or null
   * @param candidateGroups the task's candidate groups
   * @param variable reads a variable visible from the task
   * @return every row variable, null where it does not apply
   */
  public Map<String, Object> of(String businessKey, Date due, Collection<String> candidateGroups,
      Function<String, Object> variable) {
    PetitionCase c = businessKey == null ? null : cases.find(businessKey);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(CASE_NO, c != null ? c.getCaseNo() : text(variable.apply("caseNo")));
    row.put(TITLE, c != null ? c.getTitle() : firstText(variable, "title", "caseTitle", "warningSubject"));
    row.put(DEPT, c != null ? referenceData.departmentName(Objects.requireNonNullElse(c.getHandlingDept(),
        c.getFirstContactDept())) : departmentOf(candidateGroups));
    // A colour only rises: the stronger of the case's and the process's own (a warning response started in
    // the same transaction as the raise sees the new colour before the case row has it).
    WarningLevel level = warningLevel(text(variable.apply("warningLevel")))
        .max(c == null ? null : warningLevel(c.getWarningLevel()));
    row.put(WARNING, level == WarningLevel.NONE ? null : level.label());
    row.put(WARNING_RANK, level.ordinal());
    row.put(DUE, due == null ? null : dueText(due));
    row.put(OVERDUE, due == null ? null : overdueText(due, ClockUtil.getCurrentTime()));
    return row;
  }

  /** 2026年12月7日 for a limit ending at the end of a day, else with the time: 2026年12月7日 14:30. */
  String dueText(Date due) {
    ZonedDateTime at = due.toInstant().atZone(zone);
    return at.toLocalTime().truncatedTo(ChronoUnit.SECONDS).equals(END_OF_DAY) ? DAY.format(at) : DAY_AND_TIME.format(at);
  }

  /** 逾期3天 (counted in calendar days after the due day), 已逾期 on the due day itself, null when not late. */
  String overdueText(Date due, Date now) {
    if (!now.after(due)) {
      return null;
    }
    long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(due.toInstant(), zone), LocalDate.ofInstant(now.toInstant(), zone));
    return days < 1 ? "已逾期" : "逾期" + days + "天";
  }

  private String departmentOf(Collection<String> candidateGroups) {
    return candidateGroups.stream().map(DepartmentGroups::departmentOf).filter(Objects::nonNull).findFirst()
        .map(referenceData::departmentName).orElse(null);
  }

  private static WarningLevel warningLevel(String name) {
    return Stream.of(WarningLevel.values()).filter(l -> l.name().equals(name)).findFirst().orElse(WarningLevel.NONE);
  }

  private static String firstText(Function<String, Object> variable, String... names) {
    return Stream.of(names).map(variable).map(TaskRows::text).filter(Objects::nonNull).findFirst().orElse(null);
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
