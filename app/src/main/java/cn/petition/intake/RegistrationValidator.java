package cn.petition.intake;

import cn.petition.org.Category;
import cn.petition.org.ReferenceData;
import cn.petition.web.FieldProblem;
import cn.petition.web.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The checks bean validation cannot make: known department, category and regions, receipt not in
 * the future, enough people for the petitioners named. Turns a request into a {@link Registration}.
 */
@Component
public class RegistrationValidator {

  private final ReferenceData referenceData;

  public RegistrationValidator(ReferenceData referenceData) {
    this.referenceData = referenceData;
  }

  public Registration check(RegisterCaseRequest request, String registeredBy, String defaultDepartment) {
    List<FieldProblem> problems = new ArrayList<>();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant receivedAt = request.receivedAt() == null ? now : request.receivedAt().toInstant();
    if (receivedAt.isAfter(now.plusSeconds(60))) {
      problems.add(new FieldProblem("receivedAt", "收到时间不能晚于当前时间"));
    }
    String department = request.firstContactDept() == null || request.firstContactDept().isBlank()
        ? defaultDepartment : request.firstContactDept();
    if (department == null) {
      problems.add(new FieldProblem("firstContactDept", "当前用户不属于任何部门，必须填写首接部门"));
    } else if (referenceData.department(department).isEmpty()) {
      problems.add(new FieldProblem("firstContactDept", "未知的部门代码：" + department));
    }
    Category category = referenceData.category(request.category()).orElse(null);
    if (category == null) {
      problems.add(new FieldProblem("category", "未知的类别：" + request.category()));
    }
    checkRegion(request.occurrenceRegion(), "occurrenceRegion", problems);
    List<PetitionerInput> petitioners = request.petitioners();
    for (int i = 0; i < petitioners.size(); i++) {
      checkRegion(petitioners.get(i).householdRegion(), "petitioners[" + i + "].householdRegion", problems);
      checkRegion(petitioners.get(i).residenceRegion(), "petitioners[" + i + "].residenceRegion", problems);
    }
    int personCount = request.personCount() == null ? petitioners.size() : request.personCount();
    if (personCount < petitioners.size()) {
      problems.add(new FieldProblem("personCount", "人数不能少于所列信访人数（" + petitioners.size() + "）"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new Registration(null, request.channel(), receivedAt, registeredBy, department, request.title().trim(),
        request.content(), category.code(), request.occurrenceRegion(), personCount, List.copyOf(petitioners),
        Boolean.TRUE.equals(request.skipLevel()), Boolean.TRUE.equals(request.extremeBehaviour()));
  }

  private void checkRegion(String code, String field, List<FieldProblem> problems) {
    if (code != null && !code.isBlank() && referenceData.region(code).isEmpty()) {
      problems.add(new FieldProblem(field, "未知的地区代码：" + code));
    }
  }
}
