package cn.petition.forms;

import static cn.petition.forms.FormDefinitionsTest.forEachComponent;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 7, hole 5. The Tasklist's form-js renders a {@code text} component as Markdown with HTML, after filling
 * in its {@code {{variables}}}: a petition titled {@code <a href="…">} showed as a live link in 受理审查. So text
 * components may only fill in values the application composes itself; everything people wrote (petitioners'
 * titles, contents and names, handlers' opinions, reporters' dispute descriptions) is shown in a disabled field,
 * which shows its value as plain text and is not submitted back with the task.
 */
class FormPlainTextTest {

  /** Values the application composes: numbers, dates, labels and names from its own tables and rules. */
  static final Set<String> SYSTEM_COMPOSED = Set.of(
      "caseNo", "categoryName", "occurrenceRegionName", "personCount", "procedureLabel", "lineLabel",
      "firstContactDeptName", "handlingDeptName", "handleDueAt", "extensionDays", "coHandlingDeptName",
      "appealKindLabel", "emergencyScene", "leaderGroup", "backlogReason", "letterNo", "letterKindLabel",
      "responseDueText", "reason", "streetName", "warningDeptName", "warningLevelLabel", "warningRule",
      "warningPhrases", "warningReason");

  /** Where people's words are shown, and in which disabled fields. */
  static final Map<String, List<String>> SHOWN_AS_PLAIN_TEXT = Map.of(
      "acceptReview", List.of("title", "petitionerSummary", "content"),
      "handleCase", List.of("title", "petitionerSummary", "content", "coHandlingOpinions", "reviewComment"),
      "approveExtension", List.of("title", "content", "extensionReason"),
      "preReview", List.of("title", "content", "replyText"),
      "followUp", List.of("title", "content", "replyText"),
      "emergencyOnSite", List.of("title", "content"),
      "warningResponse", List.of("warningSubject"),
      "leaderOwnership", List.of("caseTitle"),
      "streetDisputeReview", List.of("disputeSummary"),
      "districtDisputeReview", List.of("disputeSummary"));

  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);

  @TestFactory
  Stream<DynamicTest> textComponentsFillInOnlyWhatTheSystemComposed() throws IOException {
    List<Path> forms;
    try (Stream<Path> s = Files.list(FormDefinitionsTest.FORMS)) {
      forms = s.filter(p -> p.toString().endsWith(".form")).sorted().toList();
    }
    return forms.stream().map(file -> DynamicTest.dynamicTest(FormDefinitionsTest.stem(file), () -> {
      JsonNode form = FormDefinitionsTest.JSON.readTree(Files.readString(file));
      List<String> problems = new ArrayList<>();
      forEachComponent(form, c -> {
        String id = c.path("id").asText();
        String type = c.path("type").asText();
        if (type.equals("html")) {
          problems.add(id + ": html components render their content as HTML");
        }
        if (type.equals("text")) {
          String text = c.path("text").asText();
          if (text.startsWith("=")) {
            problems.add(id + ": a FEEL text is rendered as Markdown whatever it returns");
          }
          Matcher template = TEMPLATE.matcher(text);
          while (template.find()) {
            String variable = template.group(1).strip();
            if (!SYSTEM_COMPOSED.contains(variable)) {
              problems.add(id + ": {{" + variable + "}} is not a value the system composes; show it in a disabled field");
            }
          }
        }
        if (c.path("readonly").asBoolean(false) && !c.path("disabled").asBoolean(false)) {
          problems.add(id + ": a readonly field goes back with the completed task; make it disabled");
        }
      });
      assertThat(problems).as("%s", file).isEmpty();
    }));
  }

  @Test
  void peoplesWordsAreShownInDisabledFields() throws IOException {
    SHOWN_AS_PLAIN_TEXT.forEach((formId, variables) -> {
      JsonNode form;
      try {
        form = FormDefinitionsTest.read(formId);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      List<String> disabled = new ArrayList<>();
      forEachComponent(form, c -> {
        if (c.path("disabled").asBoolean(false) && Set.of("textfield", "textarea").contains(c.path("type").asText())) {
          disabled.add(c.path("key").asText());
        }
      });
      assertThat(disabled).as("disabled plain-text fields of %s", formId).containsAll(variables);
    });
  }
}
