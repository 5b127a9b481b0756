package cn.petition.intake;

import cn.petition.casefile.IntakeLimits;
import cn.petition.deadline.HolidayCalendar;
import cn.petition.org.Category;
import cn.petition.org.PetitionUser;
import cn.petition.org.ReferenceData;
import cn.petition.web.FieldProblem;
import cn.petition.web.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The checks bean validation cannot make: known department, category and regions, receipt neither in
 * the future nor older than {@code petition.intake.received-max-age} and in a year whose holiday schedule
 * is loaded (the statutory limits are counted with it), enough people for the petitioners named and no
 * more than the configured bounds, and the caller's right to name the first-contact department
 * ({@link FirstContactPolicy}). Turns a request into a {@link Registration}.
 */
@Component
public class RegistrationValidator {

  private final ReferenceData referenceData;
  private final HolidayCalendar calendar;
  private final IntakeLimits limits;
  private final FirstContactPolicy firstContact;
  private final ZoneId zone;

  public RegistrationValidator(ReferenceData referenceData, HolidayCalendar calendar, IntakeLimits limits,
      FirstContactPolicy firstContact, ZoneId zone) {
    this.referenceData = referenceData;
    this.calendar = calendar;
    this.limits = limits;
    this.firstContact = firstContact;
    this.zone = zone;
  }

  /**
   * @param user who registers, or null for the system itself (no right to check)
   * @param defaultDepartment the first-contact department when the request names none
   * @throws InvalidRequestException (400) naming every bad field
   * @throws org.springframework.security.access.AccessDeniedException (403) when the user may not register
   *     or may not name that department
   */
  public Registration check(RegisterCaseRequest request, PetitionUser user, String defaultDepartment) {
    if (user != null) {
      firstContact.checkMayRegister(user);
    }
    List<FieldProblem> problems = new ArrayList<>();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant receivedAt = request.receivedAt() == null ? now : request.receivedAt().toInstant();
    checkReceivedAt(receivedAt, now, problems);
    String named = request.firstContactDept() == null || request.firstContactDept().isBlank() ? null
        : request.firstContactDept().trim();
    String department = named != null ? named : defaultDepartment;
    if (department == null) {
      problems.add(new FieldProblem("firstContactDept", "当前用户不属于任何部门，必须填写首接部门"));
    } else if (referenceData.department(department).isEmpty()) {
      problems.add(new FieldProblem("firstContactDept", "未知的部门代码：" + FieldProblem.shown(department)));
    }
    Category category = referenceData.category(request.category()).orElse(null);
    if (category == null) {
      problems.add(new FieldProblem("category", "未知的类别：" + FieldProblem.shown(request.category())));
    }
    checkRegion(request.occurrenceRegion(), "occurrenceRegion", problems);
    List<PetitionerInput> petitioners = request.petitioners();
    if (petitioners.size() > limits.maxPetitioners()) {
      problems.add(new FieldProblem("petitioners", "一次最多登记" + limits.maxPetitioners()
          + "名信访人；多人共同信访的，登记推选的代表并在人数中填写总人数"));
    } else {
      for (int i = 0; i < petitioners.size(); i++) {
        checkRegion(petitioners.get(i).householdRegion(), "petitioners[" + i + "].householdRegion", problems);
        checkRegion(petitioners.get(i).residenceRegion(), "petitioners[" + i + "].residenceRegion", problems);
      }
    }
    int personCount = request.personCount() == null ? petitioners.size() : request.personCount();
    if (personCount < petitioners.size()) {
      problems.add(new FieldProblem("personCount", "人数不能少于所列信访人数（" + petitioners.size() + "）"));
    } else if (personCount > limits.maxPersonCount()) {
      problems.add(new FieldProblem("personCount", "人数不能超过" + limits.maxPersonCount()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    if (user != null) {
      firstContact.checkMayName(user, named);
    }
    return new Registration(null, request.channel(), receivedAt, user == null ? null : user.id(), department,
        request.title().trim(), request.content(), category.code(), request.occurrenceRegion(), personCount,
        List.copyOf(petitioners), Boolean.TRUE.equals(request.skipLevel()),
        Boolean.TRUE.equals(request.extremeBehaviour()));
  }

  /** Not in the future, not older than the configured age, and in a year whose holidays are known. */
  private void checkReceivedAt(Instant receivedAt, Instant now, List<FieldProblem> problems) {
    LocalDate earliest = now.atZone(zone).minus(limits.receivedMaxAge()).toLocalDate();
    LocalDate day = receivedAt.atZone(zone).toLocalDate();
    if (receivedAt.isAfter(now.plusSeconds(60))) {
      problems.add(new FieldProblem("receivedAt", "收到时间不能晚于当前时间"));
    } else if (day.isBefore(earliest)) {
      problems.add(new FieldProblem("receivedAt", "收到时间不能早于" + earliest + "，更早收到的信访事项不能补登"));
    } else if (!calendar.covers(day.getYear())) {
      problems.add(new FieldProblem("receivedAt", day.getYear() + "年的节假日安排尚未录入，无法计算法定时限；"
          + "请管理员先录入该年节假日安排（PUT /api/calendar/" + day.getYear() + "）"));
    }
  }

  private void checkRegion(String code, String field, List<FieldProblem> problems) {
    if (code != null && !code.isBlank() && referenceData.region(code).isEmpty()) {
      problems.add(new FieldProblem(field, "未知的地区代码：" + FieldProblem.shown(code)));
    }
  }
}
