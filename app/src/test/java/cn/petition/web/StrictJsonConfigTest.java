package cn.petition.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.petition.intake.RegisterCaseRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** The /api mapper refuses values a lenient mapper would silently coerce. */
class StrictJsonConfigTest {

  private final ObjectMapper mapper = strictMapper();

  private static ObjectMapper strictMapper() {
    Jackson2ObjectMapperBuilder builder = Jackson2ObjectMapperBuilder.json();
    new StrictJsonConfig().strictJson().customize(builder);
    return builder.build();
  }

  private static final String VALID = """
      {"channel":"VISIT","receivedAt":"2026-09-28T09:30:00+08:00","title":"t","content":"c","category":"教育",
       "occurrenceRegion":"330100-01","personCount":2,"petitioners":[{"name":"张三"}],"skipLevel":false,
       "extremeBehaviour":true}""";

  @Test
  void readsAWellTypedBody() throws Exception {
    RegisterCaseRequest request = mapper.readValue(VALID, RegisterCaseRequest.class);
    assertThat(request.personCount()).isEqualTo(2);
    assertThat(request.extremeBehaviour()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"channel\":\"VISIT\"=>\"channel\":1",
      "\"extremeBehaviour\":true=>\"extremeBehaviour\":2",
      "\"extremeBehaviour\":true=>\"extremeBehaviour\":\"true\"",
      "\"personCount\":2=>\"personCount\":1.5",
      "\"personCount\":2=>\"personCount\":\"2\"",
      "\"title\":\"t\"=>\"title\":12",
      "\"title\":\"t\"=>\"title\":true",
      "\"receivedAt\":\"2026-09-28T09:30:00+08:00\"=>\"receivedAt\":1790000000",
      "\"content\":\"c\"=>\"content\":\"c\",\"content\":\"d\"",
      "}$=>} []"})
  void refusesCoercions(String replacement) {
    String[] parts = replacement.split("=>");
    String body = parts[0].endsWith("$") ? VALID.replaceAll(parts[0], parts[1]) : VALID.replace(parts[0], parts[1]);
    assertThat(body).isNotEqualTo(VALID);
    assertThatThrownBy(() -> mapper.readValue(body, RegisterCaseRequest.class)).as(body)
        .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
  }
}
