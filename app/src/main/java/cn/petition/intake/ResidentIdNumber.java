package cn.petition.intake;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A citizen identity number (公民身份号码) as GB 11643-1999 defines it: checked by
 * {@link ResidentIdNumberValidator}. Null or blank is valid (the number is optional).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ResidentIdNumberValidator.class)
public @interface ResidentIdNumber {

  String message() default "身份证号码不正确";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
