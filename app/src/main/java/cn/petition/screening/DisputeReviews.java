package cn.petition.screening;

import cn.petition.casefile.TaskActor;
import cn.petition.org.Department;
import cn.petition.org.PetitionUser;
import cn.petition.org.ReferenceData;
import cn.petition.warning.WarningLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Bean {@code disputeReviews}: the weekly street review (街道研判, processes/street-dispute-review.bpmn) and
 * the monthly district dispatch (区级调度, processes/district-dispute-review.bpmn). Each review task lists the
 * open disputes; on completion every dispute named in {@code resolutions} is resolved locally, every one in
 * {@code escalations} goes to the district, every one in {@code petitions} becomes a petition case, and the
 * others stay open with a note in their history.
 */
@Component("disputeReviews")
public class DisputeReviews {

  private static final Pattern RESOLUTION = Pattern.compile("^\\s*[#＃]?(\\d+)\\s*[:：,，、.．\\s]\\s*(.*)$");
  private static final Pattern NUMBER_LIST = Pattern.compile("[\\s,，、;；]+");

  private final DisputeMapper mapper;
  private final DisputeService disputes;
  private final DisputePetitions petitions;
  private final ReferenceData referenceData;
  private final ScreeningProperties properties;

  public DisputeReviews(DisputeMapper mapper, DisputeService disputes, @Lazy DisputePetitions petitions,
      ReferenceData referenceData, ScreeningProperties properties) {
    this.mapper = mapper;
    this.disputes = disputes;
    this.petitions = petitions;
    this.referenceData = referenceData;
    this.properties = properties;
  }

  /** The street offices with open disputes in their region: one 街道研判 task each. */
  public List<String> streetsToReview() {
    List<String> streets = new ArrayList<>();
    for (Department d : referenceData.departments()) {
      if (Department.STREET_OFFICE.equals(d.kind()) && !mapper.open(d.regionCode()).isEmpty()) {
        streets.add(d.code());
      }
    }
    return streets;
  }

  /** The department that dispatches at district level (petition.screening.district-dept). */
  public String districtDept() {
    return properties.districtDept();
  }

  public String streetName(String street) {
    return referenceData.departmentName(street);
  }

  /** The open disputes of a street's region, as the review form shows them (Markdown). */
  public String summaryOfStreet(String street) {
    return summary(mapper.open(regionOf(street)));
  }

  /** Every open dispute of the county, those the streets escalated first. */
  public String summaryOfDistrict() {
    List<Dispute> open = new ArrayList<>(mapper.open(null));
    open.sort((a, b) -> Boolean.compare(!"ESCALATED".equals(a.status()), !"ESCALATED".equals(b.status())));
    return summary(open);
  }

  /**
   * Task listener (create) of 街道研判: the task shows its street's open disputes, and the reviewer's answers stay
   * on the task, apart from the other streets' tasks of the same review.
   */
  public void streetTaskCreated(DelegateTask task) {
    String street = (String) task.getVariable(ScreeningProcess.STREET);
    task.setVariableLocal("streetName", streetName(street));
    task.setVariableLocal(ScreeningProcess.SUMMARY, summaryOfStreet(street));
    answersStayOnTheTask(task, ScreeningProcess.RESOLUTIONS, ScreeningProcess.ESCALATIONS,
        ScreeningProcess.REVIEW_NOTE);
  }

  /** Task listener (create) of 区级调度: the county's open disputes. */
  public void districtTaskCreated(DelegateTask task) {
    task.setVariableLocal(ScreeningProcess.SUMMARY, summaryOfDistrict());
    answersStayOnTheTask(task, ScreeningProcess.RESOLUTIONS, ScreeningProcess.PETITIONS,
        ScreeningProcess.REVIEW_NOTE);
  }

  /** Completing a task sets its variables on the task's execution: declared there, they do not leak upwards. */
  private static void answersStayOnTheTask(DelegateTask task, String... names) {
    for (String name : names) {
      task.getExecution().setVariableLocal(name, null);
    }
  }

  /** Task listener (complete) of 街道研判. */
  public void streetReviewed(DelegateTask task) {
    String street = (String) task.getVariable(ScreeningProcess.STREET);
    Answers a = Answers.of(task, mapper.open(regionOf(street)), ScreeningProcess.ESCALATIONS, "提请区级调度");
    a.resolutions().forEach((id, how) -> disputes.resolve(id, a.actor(), "街道研判就地化解", how));
    a.moved().forEach(id -> disputes.escalate(id, a.actor(), a.note()));
    a.untouched().forEach(id -> disputes.event(id, DisputeEvent.STREET_REVIEWED, a.actor(),
        streetName(street) + "研判：继续跟踪化解" + a.noteSuffix()));
  }

  /** Task listener (complete) of 区级调度. */
  public void districtReviewed(DelegateTask task) {
    Answers a = Answers.of(task, mapper.open(null), ScreeningProcess.PETITIONS, "转为信访件");
    a.resolutions().forEach((id, how) -> disputes.resolve(id, a.actor(), "区级调度化解", how));
    PetitionUser dispatcher = new PetitionUser(a.actor() == null ? "system" : a.actor(), List.of(),
        Set.of(properties.districtDept()));
    a.moved().forEach(id -> petitions.petition(id, null, dispatcher));
    a.untouched().forEach(id -> disputes.event(id, DisputeEvent.DISTRICT_REVIEWED, a.actor(),
        "区级调度：责成属地继续化解" + a.noteSuffix()));
  }

  /**
   * What a reviewer answered: disputes resolved locally (with how), disputes moved on (escalated or turned into
   * cases) and the listed disputes left as they are.
   */
  private record Answers(List<Dispute> listed, Map<Long, String> resolutions, Set<Long> moved, String actor,
      String note) {

    static Answers of(DelegateTask task, List<Dispute> listed, String movedVariable, String movedWhat) {
      Map<Long, String> resolutions = DisputeReviews.resolutions(task, listed);
      Set<Long> moved = numbers(task, movedVariable, movedWhat, listed);
      moved.stream().filter(resolutions::containsKey).findFirst().ifPresent(id -> {
        throw new BadUserRequestException("研判结论有误：纠纷 " + id + " 不能既就地化解又" + movedWhat);
      });
      return new Answers(listed, resolutions, moved, TaskActor.of(task),
          text(task, ScreeningProcess.REVIEW_NOTE));
    }

    List<Long> untouched() {
      return listed.stream().map(Dispute::id).filter(id -> !resolutions.containsKey(id) && !moved.contains(id))
          .toList();
    }

    String noteSuffix() {
      return note == null ? "" : "：" + note;
    }
  }

  private String regionOf(String street) {
    return referenceData.department(street).map(Department::regionCode)
        .orElseThrow(() -> new IllegalStateException("未知的街道：" + street));
  }

  /** Lines "编号 化解情况" (also "#12：…"); each number must be one of the listed open disputes. */
  private static Map<Long, String> resolutions(DelegateTask task, List<Dispute> open) {
    Map<Long, String> result = new LinkedHashMap<>();
    String text = text(task, ScreeningProcess.RESOLUTIONS);
    if (text == null) {
      return result;
    }
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      Matcher m = RESOLUTION.matcher(line);
      if (!m.matches() || m.group(2).isBlank()) {
        throw new BadUserRequestException("研判结论有误：就地化解每行应为“纠纷编号 化解情况”，如“12 已调解，双方签订协议”；"
            + "无法识别：" + line.trim());
      }
      long id = Long.parseLong(m.group(1));
      requireListed(id, open, "就地化解");
      result.put(id, m.group(2).trim());
    }
    return result;
  }

  private static Set<Long> numbers(DelegateTask task, String variable, String what, List<Dispute> open) {
    Set<Long> result = new LinkedHashSet<>();
    String text = text(task, variable);
    if (text == null) {
      return result;
    }
    for (String part : NUMBER_LIST.split(text.trim())) {
      String digits = part.replaceFirst("^[#＃]", "");
      if (!digits.matches("\\d+")) {
        throw new BadUserRequestException("研判结论有误：" + what + "应填写纠纷编号，用逗号分隔；无法识别：" + part);
      }
      long id = Long.parseLong(digits);
      requireListed(id, open, what);
      result.add(id);
    }
    return result;
  }

  private static void requireListed(long id, List<Dispute> open, String what) {
    if (open.stream().noneMatch(d -> d.id() == id)) {
      throw new BadUserRequestException("研判结论有误：纠纷 " + id + " 不在本次待研判清单中，不能" + what);
    }
  }

  private String summary(List<Dispute> open) {
    if (open.isEmpty()) {
      return "本期没有待研判的矛盾纠纷。";
    }
    StringBuilder s = new StringBuilder();
    for (Dispute d : open) {
      s.append(d.id()).append("：").append(d.title()).append("（")
          .append(referenceData.regionName(d.regionCode())).append(" ").append(d.place()).append("，涉及")
          .append(d.personCount()).append("人，").append(WarningLevel.valueOf(d.warningLevel()).label())
          .append("ESCALATED".equals(d.status()) ? "，街道提请调度" : "").append("）\n");
    }
    return s.toString();
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
