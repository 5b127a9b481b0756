package cn.petition.intake;

import static cn.petition.web.FormValues.choice;
import static cn.petition.web.FormValues.flag;
import static cn.petition.web.FormValues.text;
import static cn.petition.web.FormValues.wholeNumber;

import cn.petition.appeal.Finality;
import cn.petition.org.PetitionUser;
import cn.petition.web.ConflictException;
import cn.petition.web.FieldProblem;
import cn.petition.web.InvalidFormException;
import cn.petition.web.InvalidRequestException;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Reads the Tasklist start form "登记信访事项" (processes/forms/register-petition.form) into a
 * {@link RegisterCaseRequest} and checks it exactly as the REST API would. A refused form is an
 * {@link InvalidFormException} naming the form fields (400 problem+json on the engine REST API); a user who may
 * not register, or not for that department, gets an {@link AuthorizationException} (403).
 */
@Component
public class StartFormRegistration {

  /** Form field key of each request field that the form names differently. */
  private static final Map<String, String> FORM_FIELDS = Map.of(
      "petitioners[0].name", "petitionerName", "petitioners[0].idNumber", "petitionerIdNumber",
      "petitioners[0].phone", "petitionerPhone", "petitioners[0].householdRegion", "householdRegion",
      "petitioners[0].residenceRegion", "residenceRegion");
  private static final String REFUSED = "登记信息有误";

  private final Validator validator;
  private final RegistrationValidator registrationValidator;
  private final ZoneId zone;
  private final Finality finality;

  public StartFormRegistration(Validator validator, RegistrationValidator registrationValidator,
      ZoneId zone, Finality finality) {
    this.validator = validator;
    this.registrationValidator = registrationValidator;
    this.zone = zone;
    this.finality = finality;
  }

  /** @param user the engine's authenticated user, or null when the system itself starts the process */
  public Registration read(VariableScope form, Authentication user) {
    List<FieldProblem> problems = new ArrayList<>();
    RegisterCaseRequest request = new RegisterCaseRequest(
        choice(form, "channel", Channel.class, "来源渠道", problems),
        receivedAt(form.getVariable("receivedAt"), problems),
        text(form, "firstContactDept", problems), text(form, "title", problems), text(form, "content", problems),
        text(form, "category", problems), text(form, "occurrenceRegion", problems),
        wholeNumber(form, "personCount", "人数", problems),
        List.of(new PetitionerInput(text(form, "petitionerName", problems),
            text(form, "petitionerIdNumber", problems), text(form, "petitionerPhone", problems),
            text(form, "householdRegion", problems), text(form, "residenceRegion", problems))),
        flag(form, "skipLevel", problems), flag(form, "extremeBehaviour", problems));
    validator.validate(request).stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map(v -> new FieldProblem(formField(v.getPropertyPath().toString()), v.getMessage()))
        .filter(p -> problems.stream().noneMatch(known -> known.field().equals(p.field())))
        .forEach(problems::add);
    if (!problems.isEmpty()) {
      throw new InvalidFormException(REFUSED, problems);
    }
    PetitionUser registeredBy = user == null ? null : PetitionUser.of(user.getUserId(),
        user.getGroupIds() == null ? List.of() : user.getGroupIds());
    Registration registration;
    try {
      registration = registrationValidator.check(request, registeredBy, null);
    } catch (InvalidRequestException e) {
      throw new InvalidFormException(REFUSED, e.problems().stream()
          .map(p -> new FieldProblem(formField(p.field()), p.message())).toList());
    } catch (AccessDeniedException e) {
      throw new AuthorizationException(e.getMessage());
    }
    // After a final 复核 the same facts are not accepted again, as POST /api/cases refuses them (409).
    try {
      registration.petitioners().forEach(p -> finality.refuseIfFinal(p.idNumber(), registration.categoryCode(),
          registration.occurrenceRegion()));
    } catch (ConflictException e) {
      throw new BadUserRequestException("不予登记：" + e.getMessage());
    }
    return registration;
  }

  private static String formField(String requestField) {
    return FORM_FIELDS.getOrDefault(requestField, requestField);
  }

  /** The form's datetime field sends "2026-09-28T09:30" (local), with or without an offset. */
  private OffsetDateTime receivedAt(Object value, List<FieldProblem> problems) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(zone).toOffsetDateTime();
    }
    String text = value.toString().trim();
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException notWithOffset) {
      try {
        return LocalDateTime.parse(text).atZone(zone).toOffsetDateTime();
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("receivedAt", "收到时间格式不正确，应为 2026-09-28T09:30 或带时区的 ISO-8601"));
        return null;
      }
    }
  }
}
