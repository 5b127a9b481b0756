package cn.petition.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.supervision.BacklogProperties;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

/** The petition.* configuration root binds the shipped application.yaml and refuses to start on a bad value. */
class PetitionPropertiesTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withInitializer(new ConfigDataApplicationContextInitializer())
      .withUserConfiguration(PetitionConfiguration.class);

  @Test
  void theShippedConfigurationBindsAndHandsEachPartToItsPackage() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(ZoneId.class)).isEqualTo(ZoneId.of("Asia/Shanghai"));
      assertThat(context.getBean(BacklogProperties.class))
          .isSameAs(context.getBean(PetitionProperties.class).supervision().backlog());
    });
  }

  /** Every property of the root is in application.yaml with a comment beside it, saying what it does. */
  @Test
  void everyPropertyIsDocumentedInApplicationYaml() throws Exception {
    Map<String, Boolean> documented = documentedKeys(new ClassPathResource("application.yaml"));
    List<String> properties = new ArrayList<>();
    collect("petition", PetitionProperties.class, properties);
    assertThat(properties).hasSizeGreaterThan(20).allSatisfy(property -> assertThat(documented.get(property))
        .as("%s is in application.yaml with a comment beside it", property).isTrue());
  }

  @Test
  void aBlankValueStopsTheStartNamingTheProperty() {
    runner.withPropertyValues("petition.supervision.issuer-dept= ").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().isInstanceOf(BindValidationException.class)
          .hasMessageContaining("petition.supervision.issuerDept");
    });
  }

  @Test
  void anInvalidZoneStopsTheStart() {
    runner.withPropertyValues("petition.zone=").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure())
          .hasStackTraceContaining("Failed to bind properties under 'petition.zone'");
    });
  }

  @Test
  void anOutOfRangeNumberStopsTheStart() {
    runner.withPropertyValues("petition.emergency.phone-report-minutes=0").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().isInstanceOf(BindValidationException.class)
          .hasMessageContaining("petition.emergency.phoneReportMinutes");
    });
  }

  /** The kebab-case names of a properties record's components; a nested properties record counts with its parts. */
  private static void collect(String prefix, Class<?> type, List<String> into) {
    for (RecordComponent component : type.getRecordComponents()) {
      String name = prefix + "." + component.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
      into.add(name);
      Class<?> part = component.getType();
      if (part.isRecord() && (part.getSimpleName().endsWith("Properties") || part.getEnclosingClass() == type)) {
        collect(name, part, into);
      }
    }
  }

  /** The dotted keys of a YAML file, each with whether a comment line stands right above it. */
  private static Map<String, Boolean> documentedKeys(ClassPathResource yaml) throws Exception {
    Map<String, Boolean> keys = new HashMap<>();
    Deque<Map.Entry<Integer, String>> path = new ArrayDeque<>();
    boolean commentAbove = false;
    for (String line : yaml.getContentAsString(StandardCharsets.UTF_8).split("\\R")) {
      Matcher key = Pattern.compile("^( *)([A-Za-z0-9-]+):").matcher(line);
      if (key.find()) {
        int indent = key.group(1).length();
        while (!path.isEmpty() && path.peek().getKey() >= indent) {
          path.pop();
        }
        path.push(Map.entry(indent, key.group(2)));
        List<String> names = new ArrayList<>();
        path.descendingIterator().forEachRemaining(e -> names.add(e.getValue()));
        keys.put(String.join(".", names), commentAbove);
      }
      commentAbove = line.strip().startsWith("#");
    }
    return keys;
  }
}
