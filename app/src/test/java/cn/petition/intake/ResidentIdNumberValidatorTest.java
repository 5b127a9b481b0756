package cn.petition.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.support.Petitions;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 11643 check of citizen ID numbers. */
class ResidentIdNumberValidatorTest {

  /** The example of the README and shared/contract.md, and the standard's own example (check character X). */
  @ParameterizedTest
  @ValueSource(strings = {"330102199001011234", "11010519491231002X", "11010519491231002x", "810000199408230021"})
  void acceptsValidNumbers(String id) {
    assertThat(ResidentIdNumberValidator.problem(id)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "330102199001011235 | 校验位",
      "330102199002301234 | 出生日期",
      "330102189912311234 | 出生日期",
      "330102209901011234 | 出生日期",
      "990102199001011234 | 行政区划",
      "000000199001011234 | 行政区划",
      "12345 | 18位",
      "33010219900101123Y | 18位"})
  void namesWhatIsWrong(String id, String reason) {
    assertThat(ResidentIdNumberValidator.problem(id)).hasValueSatisfying(m -> assertThat(m).contains(reason));
  }

  @Test
  void theTestDataNumbersAreValid() {
    IntStream.range(0, 2000).mapToObj(i -> Petitions.newIdNumber())
        .forEach(id -> assertThat(ResidentIdNumberValidator.problem(id)).as(id).isEmpty());
  }
}
