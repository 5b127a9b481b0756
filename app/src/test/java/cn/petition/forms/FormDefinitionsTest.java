package cn.petition.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the Camunda Forms in the top-level {@code processes/forms} folder against the public
 * contract (task variables) and the form-js version embedded in the Camunda 7.24 Tasklist.
 */
class FormDefinitionsTest {

  /** The forms folder, relative to the app module (Maven runs tests from there). */
  static final Path FORMS = Path.of("..", "processes", "forms");

  /** form-js viewer bundled with camunda-webapp-webjar 7.24.0 exports {@code schemaVersion=16}. */
  static final int SCHEMA_VERSION = 16;

  /** Option value sets fixed by contract.md ("Intake" and "Task variables"). */
  static final Map<String, Set<String>> CONTRACT_VALUES = Map.of(
      "channel", Set.of("LETTER", "VISIT", "ONLINE", "PHONE"),
      "decision", Set.of("ACCEPT", "TRANSFER", "DECLINE"),
      "outcome", Set.of("SUPPORT", "EXPLAIN", "REJECT"),
      "satisfactionWithHandler", Set.of("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"),
      "satisfactionWithOffice", Set.of("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"));

  static final Set<String> EXPECTED_FORMS = Set.of(
      "registerPetition", "acceptReview", "handleCase", "coHandle",
      "approveExtension", "preReview", "followUp", "letterResponse", "appealDecision", "leaderOwnership");

  static final ObjectMapper JSON = new ObjectMapper();
  static List<Path> files;

  @BeforeAll
  static void listForms() throws IOException {
    assertThat(FORMS).as("forms folder %s", FORMS.toAbsolutePath()).isDirectory();
    try (Stream<Path> s = Files.list(FORMS)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".form")).sorted().toList();
    }
  }

  @Test
  void everyExpectedFormExists() {
    assertThat(files).extracting(FormDefinitionsTest::stem).containsAll(EXPECTED_FORMS);
  }

  @Test
  void contractFieldsAreWhereTheContractExpectsThem() throws IOException {
    assertThat(keys(read("registerPetition"))).contains("channel", "title", "content", "category",
        "occurrenceRegion", "firstContactDept", "personCount", "petitionerName");
    assertThat(keys(read("acceptReview"))).contains("decision", "transferTo", "declineReason", "guidance");
    assertThat(keys(read("handleCase"))).contains("outcome", "replyText", "extensionDays", "extensionReason");
    assertThat(keys(read("approveExtension"))).contains("approved");
    assertThat(keys(read("preReview"))).contains("approved", "reviewComment");
    assertThat(keys(read("followUp"))).contains("satisfactionWithHandler", "satisfactionWithOffice");
  }

  @TestFactory
  Stream<DynamicTest> eachForm() {
    return files.stream().map(file -> DynamicTest.dynamicTest(stem(file), () -> check(file)));
  }

  static void check(Path file) throws IOException {
    JsonNode form;
    try {
      form = JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      fail("%s is not valid JSON: %s", file, e.getMessage());
      return;
    }
    assertThat(form.isObject()).as("%s is a JSON object", file).isTrue();
    assertThat(form.path("id").asText()).as("id of %s", file).isEqualTo(stem(file));
    assertThat(form.path("type").asText()).as("type of %s", file).isEqualTo("default");
    assertThat(form.path("schemaVersion").isInt()).as("schemaVersion of %s is a number", file).isTrue();
    assertThat(form.path("schemaVersion").asInt()).as("schemaVersion of %s", file).isEqualTo(SCHEMA_VERSION);

    List<String> keys = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    forEachComponent(form, c -> {
      String id = c.path("id").asText();
      assertThat(ids.add(id)).as("component id %s is unique in %s", id, file).isTrue();
      if (c.hasNonNull("key")) {
        keys.add(c.get("key").asText());
      }
      if (c.hasNonNull("label")) {
        assertThat(c.get("label").asText()).as("label of %s in %s", id, file).matches(".*\\p{IsHan}.*");
      }
      if (c.hasNonNull("description")) {
        assertThat(c.get("description").asText()).as("description of %s in %s", id, file)
            .matches("(?s).*\\p{IsHan}.*");
      }
      for (JsonNode option : c.path("values")) {
        assertThat(option.path("label").asText()).as("option label in %s of %s", id, file).matches(".*\\p{IsHan}.*");
      }
      String key = c.path("key").asText(null);
      if (key != null && CONTRACT_VALUES.containsKey(key)) {
        Set<String> values = new LinkedHashSet<>();
        c.path("values").forEach(o -> values.add(o.path("value").asText()));
        assertThat(values).as("option values of %s in %s", key, file)
            .containsExactlyInAnyOrderElementsOf(CONTRACT_VALUES.get(key));
        assertThat(c.path("type").asText()).as("type of %s in %s", key, file).isIn("select", "radio");
      }
      String hide = c.path("conditional").path("hide").asText(null);
      if (hide != null) {
        assertThat(hide).as("conditional hide of %s in %s is a FEEL expression", id, file).startsWith("=");
      }
    });
    assertThat(keys).as("field keys of %s", file).doesNotHaveDuplicates();
  }

  static void forEachComponent(JsonNode container, Consumer<JsonNode> action) {
    for (JsonNode c : container.path("components")) {
      action.accept(c);
      forEachComponent(c, action);
    }
  }

  static List<String> keys(JsonNode form) {
    List<String> keys = new ArrayList<>();
    forEachComponent(form, c -> {
      if (c.hasNonNull("key")) {
        keys.add(c.get("key").asText());
      }
    });
    return keys;
  }

  static JsonNode read(String id) throws IOException {
    return JSON.readTree(Files.readString(FORMS.resolve(id + ".form")));
  }

  static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".form".length());
  }
}
