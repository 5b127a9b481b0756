package cn.petition.intake;

import cn.petition.appeal.Finality;
import cn.petition.web.ConflictException;
import cn.petition.web.FieldProblem;
import cn.petition.web.InvalidRequestException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Reads the Tasklist start form "登记信访事项" (processes/forms/register-petition.form) into a
 * {@link RegisterCaseRequest} and checks it exactly as the REST API would.
 */
@Component
public class StartFormRegistration {

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

  public Registration read(VariableScope form, String registeredBy) {
    RegisterCaseRequest request;
    try {
      request = new RegisterCaseRequest(
          form.getVariable("channel") == null ? null : Channel.valueOf(text(form, "channel")),
          receivedAt(form.getVariable("receivedAt")),
          text(form, "firstContactDept"), text(form, "title"), text(form, "content"),
          text(form, "category"), text(form, "occurrenceRegion"),
          number(form.getVariable("personCount")),
          List.of(new PetitionerInput(text(form, "petitionerName"), text(form, "petitionerIdNumber"),
              text(form, "petitionerPhone"), text(form, "householdRegion"), text(form, "residenceRegion"))),
          Boolean.TRUE.equals(form.getVariable("skipLevel")),
          Boolean.TRUE.equals(form.getVariable("extremeBehaviour")));
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException("登记信息有误：" + e.getMessage());
    }
    Set<ConstraintViolation<RegisterCaseRequest>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new BadUserRequestException("登记信息有误：" + violations.stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .map(ConstraintViolation::getMessage).collect(Collectors.joining("；")));
    }
    Registration registration;
    try {
      registration = registrationValidator.check(request, registeredBy, null);
    } catch (InvalidRequestException e) {
      throw new BadUserRequestException("登记信息有误：" + e.problems().stream().map(FieldProblem::message)
          .collect(Collectors.joining("；")));
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

  private static String text(VariableScope form, String name) {
    Object value = form.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static Integer number(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value instanceof Number n ? n.intValue() : (int) Double.parseDouble(value.toString());
  }

  /** The form's datetime field sends "2026-09-28T09:30" (local), with or without an offset. */
  private OffsetDateTime receivedAt(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(zone).toOffsetDateTime();
    }
    String text = value.toString().trim();
    try {
      return OffsetDateTime.parse(text);
    } catch (RuntimeException notWithOffset) {
      return LocalDateTime.parse(text).atZone(zone).toOffsetDateTime();
    }
  }
}
