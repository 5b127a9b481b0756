package cn.petition.intake;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Checks a 公民身份号码 against GB 11643-1999, so a mistyped number is caught at the desk instead of
 * silently failing to link a repeat petition:
 * <ul>
 *   <li>18 characters: 17 digits and a check character (digit or X, x accepted);</li>
 *   <li>address code (digits 1–6): the province part (digits 1–2) is a province-level code of GB/T 2260
 *       (11–15, 21–23, 31–37, 41–46, 50–54, 61–65) or 71 台湾, 81 香港, 82 澳门, 83 (residence permits of
 *       Taiwan residents); the county part is not checked, as older numbers carry codes since abolished;</li>
 *   <li>birth date (digits 7–14): a real calendar date, not before 1900-01-01 and not after today;</li>
 *   <li>check character (digit 18): ISO 7064 MOD 11-2 over the first 17 digits.</li>
 * </ul>
 */
public class ResidentIdNumberValidator implements ConstraintValidator<ResidentIdNumber, String> {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";
  private static final Set<Integer> PROVINCES = Set.of(11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
      41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83);
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
  private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
      .withResolverStyle(ResolverStyle.STRICT);
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    Optional<String> problem = problem(value);
    problem.ifPresent(message -> {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
    });
    return problem.isEmpty();
  }

  /** What is wrong with the number, in Chinese, or empty when it is valid (or absent). */
  public static Optional<String> problem(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String id = value.trim().toUpperCase();
    if (!id.matches("\\d{17}[\\dX]")) {
      return Optional.of("身份证号码应为18位，前17位为数字，最后一位为数字或X");
    }
    if (!PROVINCES.contains(Integer.parseInt(id.substring(0, 2)))) {
      return Optional.of("身份证号码前6位不是有效的行政区划代码（省级代码" + id.substring(0, 2) + "不存在）");
    }
    LocalDate birth;
    try {
      birth = LocalDate.parse(id.substring(6, 14), BIRTH);
    } catch (DateTimeParseException e) {
      return Optional.of("身份证号码中的出生日期（第7至14位）不是有效日期");
    }
    if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        ZONE))) {
      return Optional.of("身份证号码中的出生日期（第7至14位）不可能：" + birth);
    }
    if (id.charAt(17) != checkCharacter(id)) {
      return Optional.of("身份证号码校验位（第18位）与前17位不符，请核对号码");
    }
    return Optional.empty();
  }

  /** The check character (ISO 7064 MOD 11-2) of the first 17 digits. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }
}
