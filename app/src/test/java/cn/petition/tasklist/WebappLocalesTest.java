package cn.petition.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Chinese locale of each Camunda webapp has every text of the webjar's English one (a Camunda upgrade
 * that adds keys fails here), keeps each {{placeholder}}, and is Chinese.
 */
class WebappLocalesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*\\}\\}");
  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishTextHasItsChineseOne(String app) throws IOException {
    Map<String, String> english = texts(read("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json"));
    Map<String, String> chinese = texts(read("META-INF/resources/webjars/camunda/app/" + app + "/locales/zh-CN.json"));

    assertThat(chinese.keySet()).isEqualTo(english.keySet());
    english.forEach((key, text) -> assertThat(placeholders(chinese.get(key))).as(key).isEqualTo(placeholders(text)));
    long inChinese = chinese.values().stream().filter(t -> t.codePoints().anyMatch(c ->
        Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count();
    assertThat(inChinese).as("texts in Chinese").isGreaterThan(chinese.size() * 8 / 10);
  }

  private JsonNode read(String resource) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
      return json.readTree(text);
    }
  }

  private static Map<String, String> texts(JsonNode root) {
    Map<String, String> texts = new TreeMap<>();
    collect("", root.path("labels"), texts);
    return texts;
  }

  private static void collect(String path, JsonNode node, Map<String, String> texts) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> collect(path + "." + e.getKey(), e.getValue(), texts));
    } else {
      texts.put(path, node.asText());
    }
  }

  private static List<String> placeholders(String text) {
    List<String> names = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    names.sort(null);
    return names;
  }
}
