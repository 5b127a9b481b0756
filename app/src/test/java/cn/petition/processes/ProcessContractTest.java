package cn.petition.processes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.petition.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The contract between the BPMN files in processes/ and the Java around them. Every process has its constants
 * class ({@code *Process} with its key); the task ids Java names there exist in the BPMN; and every expression in
 * the BPMN resolves: {@code ${bean.method(...)}} to a bean of the application context with a public, current
 * (not deprecated) method of that name taking that many arguments, {@code ${bean.property}} to a getter,
 * {@code ${bean}} to a bean, and every process variable an expression reads to a name its constants class
 * declares. So a rename on either side breaks the build, not a case at 2 a.m.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessContractTest {

  /** Variables the engine provides to expressions. */
  private static final Map<String, Class<?>> ENGINE_VARIABLES = Map.of(
      "execution", DelegateExecution.class, "task", DelegateTask.class);
  /** Words of the expression language. */
  private static final Set<String> EL_WORDS = Set.of("null", "true", "false", "empty", "not", "and", "or", "eq", "ne",
      "lt", "gt", "le", "ge", "div", "mod", "instanceof");
  /** Engine methods whose first argument names a process variable. */
  private static final Set<String> VARIABLE_ACCESSORS = Set.of("getVariable", "getVariableLocal", "setVariable",
      "setVariableLocal", "removeVariable", "hasVariable");
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
  /** Identifiers, string literals, numbers, and punctuation or operators. */
  private static final Pattern TOKEN = Pattern.compile(
      "\\s*(?:[A-Za-z_][A-Za-z0-9_]*|'[^']*'|\"[^\"]*\"|\\d+(?:\\.\\d+)?"
      + "|[().,\\[\\]]|[^\\sA-Za-z0-9_'\"().,\\[\\]]+)");

  @Autowired ApplicationContext context;

  private Map<String, Document> processes;
  private List<Class<?>> constantsClasses;

  @BeforeAll
  void read() throws Exception {
    processes = new HashMap<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (Resource bpmn : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
      try (InputStream in = bpmn.getInputStream()) {
        processes.put(bpmn.getFilename(), factory.newDocumentBuilder().parse(in));
      }
    }
    constantsClasses = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("cn.petition")) {
      if (c.getSimpleName().endsWith("Process") && c.getEnclosingClass().isEmpty()) {
        constantsClasses.add(c.reflect());
      }
    }
  }

  @Test
  void everyProcessFileIsChecked() {
    assertThat(processes).hasSizeGreaterThanOrEqualTo(10).containsKeys("petition-case.bpmn", "petition-appeal.bpmn",
        "warning-response.bpmn", "emergency-response.bpmn", "letter-response.bpmn", "leader-ownership.bpmn");
  }

  @Test
  void everyProcessHasAConstantsClassWithItsKey() {
    processes.forEach((file, bpmn) -> processIds(bpmn).forEach(id ->
        assertThat(constantsOf(id)).as("%s: a *Process class declares KEY (or *_KEY) = \"%s\"", file, id).isNotNull()));
  }

  @Test
  void theTaskIdsJavaNamesExistInItsProcesses() {
    for (Class<?> constants : constantsClasses) {
      Set<String> ids = new HashSet<>();
      processes.values().stream().filter(bpmn -> processIds(bpmn).stream().anyMatch(id -> constantsOf(id) == constants))
          .forEach(bpmn -> ids.addAll(elementIds(bpmn)));
      for (Map.Entry<String, String> c : constants(constants).entrySet()) {
        if (c.getKey().startsWith("TASK_") || c.getKey().startsWith("TIMER_")) {
          assertThat(ids).as("%s.%s", constants.getSimpleName(), c.getKey()).contains(c.getValue());
        }
      }
    }
  }

  @Test
  void everyExpressionResolvesAgainstTheApplication() {
    List<String> problems = new ArrayList<>();
    processes.forEach((file, bpmn) -> {
      Set<String> variables = new HashSet<>();
      processIds(bpmn).stream().map(this::constantsOf).filter(c -> c != null)
          .forEach(c -> variables.addAll(constants(c).values()));
      expressions(bpmn.getDocumentElement(), new ArrayList<>()).forEach(expression ->
          check(expression, variables).forEach(problem -> problems.add(file + " " + expression + ": " + problem)));
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void everyExpressionAnElementTemplateWritesResolves() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Resource json : new PathMatchingResourcePatternResolver()
        .getResources("classpath*:processes/element-templates/*.json")) {
      for (JsonNode template : new ObjectMapper().readTree(json.getInputStream())) {
        for (JsonNode property : template.path("properties")) {
          String value = property.path("value").asText();
          if ("Hidden".equals(property.path("type").asText()) && value.contains("${")) {
            check(value, Set.of()).forEach(p -> problems.add(template.path("id").asText() + " " + value + ": " + p));
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theContractTestNoticesAMissingBeanMethodOrVariable() {
    Set<String> variables = Set.of("handlingDept");
    assertThat(check("${deadlines.dueOf(execution, 'HANDLE')}", variables)).isEmpty();
    assertThat(check("${deadlines.dueOff(execution, 'HANDLE')}", variables)).singleElement().asString()
        .contains("dueOff");
    assertThat(check("${deadlines.dueOf(execution)}", variables)).singleElement().asString().contains("1 argument");
    assertThat(check("${supervision.trigger(execution, 'HANDLE', 'DUE')}", variables)).singleElement().asString()
        .contains("deprecated");
    assertThat(check("${nosuchBean}", variables)).singleElement().asString().contains("nosuchBean");
    assertThat(check("dept-${handlingDept}", variables)).isEmpty();
    assertThat(check("${execution.getVariable('extensionDays') != null}", variables)).singleElement().asString()
        .contains("extensionDays");
    assertThat(check("${screeningCycles.street}", variables)).isEmpty();
    assertThat(check("${screeningCycles.weekly}", variables)).singleElement().asString().contains("weekly");
  }

  /** What does not resolve in one attribute value or text that holds expressions. */
  private List<String> check(String text, Set<String> variables) {
    List<String> problems = new ArrayList<>();
    Matcher m = EXPRESSION.matcher(text);
    while (m.find()) {
      List<String> tokens = tokens(m.group(1));
      for (int i = 0; i < tokens.size(); i++) {
        String token = tokens.get(i);
        if (!isIdentifier(token) || i > 0 && ".".equals(tokens.get(i - 1)) || EL_WORDS.contains(token)) {
          continue;
        }
        boolean member = i + 2 < tokens.size() && ".".equals(tokens.get(i + 1)) && isIdentifier(tokens.get(i + 2));
        if (!member) {
          if (!ENGINE_VARIABLES.containsKey(token) && !context.containsBean(token) && !variables.contains(token)) {
            problems.add(token + " is neither a bean nor a variable of the process's constants class");
          }
          continue;
        }
        String name = tokens.get(i + 2);
        Class<?> type = ENGINE_VARIABLES.containsKey(token) ? ENGINE_VARIABLES.get(token)
            : context.containsBean(token) ? AopUtils.getTargetClass(context.getBean(token)) : null;
        if (type == null) {
          problems.add(token + " is not a bean");
        } else if (i + 3 < tokens.size() && "(".equals(tokens.get(i + 3))) {
          int arguments = arguments(tokens, i + 3);
          problems.addAll(checkMethod(type, token, name, arguments));
          if (VARIABLE_ACCESSORS.contains(name) && tokens.get(i + 4).startsWith("'")) {
            String variable = tokens.get(i + 4).substring(1, tokens.get(i + 4).length() - 1);
            if (!variables.contains(variable)) {
              problems.add(variable + " is not a variable of the process's constants class");
            }
          }
        } else if (BeanUtils.getPropertyDescriptor(type, name) == null
            || BeanUtils.getPropertyDescriptor(type, name).getReadMethod() == null) {
          problems.add(token + " has no property " + name);
        }
      }
    }
    return problems;
  }

  private static List<String> checkMethod(Class<?> type, String bean, String name, int arguments) {
    List<Method> named = Arrays.stream(type.getMethods()).filter(method -> method.getName().equals(name)).toList();
    List<Method> fitting = named.stream().filter(method -> method.getParameterCount() == arguments
        || method.isVarArgs() && arguments >= method.getParameterCount() - 1).toList();
    if (named.isEmpty()) {
      return List.of(bean + " has no public method " + name);
    }
    if (fitting.isEmpty()) {
      return List.of(bean + "." + name + " does not take " + arguments + " argument" + (arguments == 1 ? "" : "s"));
    }
    if (fitting.stream().allMatch(method -> method.isAnnotationPresent(Deprecated.class))) {
      return List.of(bean + "." + name + " with " + arguments + " arguments is deprecated");
    }
    return List.of();
  }

  /** How many arguments the call whose "(" is at {@code open} passes. */
  private static int arguments(List<String> tokens, int open) {
    int depth = 0;
    int commas = 0;
    for (int i = open; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if ("(".equals(t)) {
        depth++;
      } else if (")".equals(t) && --depth == 0) {
        return i == open + 1 ? 0 : commas + 1;
      } else if (",".equals(t) && depth == 1) {
        commas++;
      }
    }
    throw new IllegalArgumentException("unbalanced parentheses");
  }

  private static List<String> tokens(String expression) {
    List<String> tokens = new ArrayList<>();
    Matcher t = TOKEN.matcher(expression);
    while (t.lookingAt()) {
      tokens.add(t.group().strip());
      t.region(t.end(), expression.length());
    }
    return tokens;
  }

  private static boolean isIdentifier(String token) {
    return Character.isJavaIdentifierStart(token.charAt(0));
  }

  /** Every attribute value and text of the document that holds an expression. */
  private static List<String> expressions(Element element, List<String> into) {
    for (int i = 0; i < element.getAttributes().getLength(); i++) {
      String value = element.getAttributes().item(i).getNodeValue();
      if (value.contains("${")) {
        into.add(value);
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        expressions(e, into);
      } else if (child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().contains("${")) {
        into.add(child.getNodeValue().strip());
      }
    }
    return into;
  }

  private static List<String> processIds(Document bpmn) {
    List<String> ids = new ArrayList<>();
    var list = bpmn.getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "process");
    for (int i = 0; i < list.getLength(); i++) {
      ids.add(((Element) list.item(i)).getAttribute("id"));
    }
    return ids;
  }

  private static Set<String> elementIds(Document bpmn) {
    Set<String> ids = new HashSet<>();
    var all = bpmn.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      String id = ((Element) all.item(i)).getAttribute("id");
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** The constants class declaring this process key, or null. */
  private Class<?> constantsOf(String processId) {
    return constantsClasses.stream().filter(c -> constants(c).entrySet().stream()
        .anyMatch(e -> (e.getKey().equals("KEY") || e.getKey().endsWith("_KEY")) && e.getValue().equals(processId)))
        .findFirst().orElse(null);
  }

  /** The public static final String constants of a class, by field name. */
  private static Map<String, String> constants(Class<?> type) {
    Map<String, String> constants = new HashMap<>();
    for (Field field : type.getFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
        try {
          constants.put(field.getName(), (String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return constants;
  }
}
