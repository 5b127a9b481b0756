package cn.petition.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The compiled decision tables (bean {@code decisionTables}).
 *
 * <p>At startup it reads every table matching {@code petition.rules.location}, compiles them into
 * one KieBase (classic MVEL) and fails startup with a {@link DecisionTableException} naming the
 * file, row and reason when a table does not compile, or when a rule set listed in {@code
 * petition.rules.required-rule-sets} has no rules (a file not named {@code *.drl.xlsx} is
 * otherwise skipped in silence). {@link #reload()} rebuilds from the current files and keeps the
 * old KieBase when the rebuild fails.
 *
 * <p>{@link #compile(List, Collection)} does the same without Spring, for unit tests.
 */
@Component
public class DecisionTables {

  private static final Logger log = LoggerFactory.getLogger(DecisionTables.class);
  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern ROW_MARKER = Pattern.compile("^// rule values at [A-Z]+(\\d+)");
  private static final Pattern MVEL_LINE = Pattern.compile("\\[Line: (\\d+)");
  private static final String SOURCE_ROOT = "src/main/resources/";
  private static final List<String> TABLE_SUFFIXES = List.of(".drl.xlsx", ".drl.xls");
  private static final AtomicLong BUILDS = new AtomicLong();

  private final String location;
  private final List<String> requiredRuleSets;
  private final List<AgendaEventListener> listeners = new CopyOnWriteArrayList<>();
  private volatile KieBase kieBase;

  /** Compiles the tables at petition.rules.location. */
  @Autowired
  public DecisionTables(RulesProperties properties) {
    this(properties.location(), properties.requiredRuleSets());
  }

  /**
   * Compiles the tables found at {@code location}.
   *
   * @param location a Spring resource pattern, e.g. {@code classpath*:rules/**}{@code /*.drl.xlsx}
   * @param requiredRuleSets the RuleSet packages that must contain rules
   * @throws DecisionTableException when a table does not compile or a rule set is missing
   */
  public DecisionTables(String location, List<String> requiredRuleSets) {
    this.location = location;
    this.requiredRuleSets = List.copyOf(requiredRuleSets);
    this.kieBase = compile(findTables(location), this.requiredRuleSets);
  }

  /** A new stateless session on the current KieBase, with the registered listeners. */
  public StatelessKieSession newSession() {
    StatelessKieSession session = kieBase.newStatelessKieSession();
    listeners.forEach(session::addEventListener);
    return session;
  }

  /** Runs the tables on one decision's facts and returns the decision of the first row that fired. */
  public <T> Optional<T> decide(DecisionFacts<T> facts) {
    newSession().execute(facts);
    return facts.decision();
  }

  /** The current KieBase, e.g. to list the rules of a rule set. */
  public KieBase kieBase() {
    return kieBase;
  }

  /** Adds a listener to every session created from now on (audit logging, rule coverage in tests). */
  public void addAgendaEventListener(AgendaEventListener listener) {
    listeners.add(listener);
  }

  /**
   * Rebuilds the KieBase from the current files. When the rebuild fails, the old KieBase stays in
   * use and the exception tells the rule author what to fix.
   */
  public synchronized void reload() {
    try {
      kieBase = compile(findTables(location), requiredRuleSets);
      log.info("决策表已重新加载: {}", location);
    } catch (DecisionTableException e) {
      log.error("决策表重新加载失败, 继续使用原有规则: {}", e.getMessage());
      throw e;
    }
  }

  /**
   * Compiles decision tables into a KieBase. Each table is written to the KieFileSystem under the
   * path of its RuleSet package, so that the package filter keeps its rules.
   *
   * @throws DecisionTableException naming file, row and reason when a table does not compile, or
   *     when a required rule set has no rules
   */
  public static KieBase compile(List<Resource> tables, Collection<String> requiredRuleSets) {
    KieServices kieServices = KieServices.Factory.get();
    KieFileSystem files = kieServices.newKieFileSystem();
    Map<String, GeneratedDrl> drlByPath = new LinkedHashMap<>();
    for (Resource table : tables) {
      GeneratedDrl drl = GeneratedDrl.of(table);
      if (TABLE_SUFFIXES.stream().noneMatch(drl.fileName()::endsWith)) {
        log.warn("文件 {} 不以 .drl.xlsx 结尾, Drools 不会加载它", drl.fileName());
      }
      String path = drl.packageName().replace('.', '/') + "/" + drl.fileName();
      files.write(SOURCE_ROOT + path, drl.bytes());
      drlByPath.put(path, drl);
    }
    ReleaseId releaseId = kieServices.newReleaseId("cn.petition", "decision-tables", "build-" + BUILDS.incrementAndGet());
    files.generateAndWritePomXML(releaseId);
    KieBuilder builder = kieServices.newKieBuilder(files).buildAll();
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new DecisionTableException(errors.stream()
          .map(error -> describe(error, drlByPath))
          .collect(Collectors.joining("\n", "决策表编译失败:\n", "")));
    }
    KieBase base = kieServices.newKieContainer(releaseId).getKieBase();
    kieServices.getRepository().removeKieModule(releaseId);
    checkRequiredRuleSets(base, requiredRuleSets);
    return base;
  }

  private static List<Resource> findTables(String location) {
    try {
      List<Resource> found = Arrays.asList(new PathMatchingResourcePatternResolver().getResources(location));
      log.info("找到 {} 个决策表: {}", found.size(), found.stream().map(Resource::getFilename).toList());
      return found;
    } catch (IOException e) {
      throw new DecisionTableException("无法读取决策表位置 " + location + ": " + e.getMessage(), e);
    }
  }

  private static void checkRequiredRuleSets(KieBase base, Collection<String> requiredRuleSets) {
    List<String> missing = new ArrayList<>();
    for (String ruleSet : requiredRuleSets) {
      KiePackage kiePackage = base.getKiePackage(ruleSet);
      if (kiePackage == null || kiePackage.getRules().isEmpty()) {
        missing.add(ruleSet);
      }
    }
    boolean empty = base.getKiePackages().stream().allMatch(p -> p.getRules().isEmpty());
    if (!missing.isEmpty() || empty) {
      throw new DecisionTableException("缺少规则集 " + (missing.isEmpty() ? "(规则库为空)" : missing)
          + "。请检查: 决策表文件名必须以 .drl.xlsx 结尾, 且 RuleSet 单元格填写的包名与之一致。已加载的规则集: "
          + base.getKiePackages().stream().filter(p -> !p.getRules().isEmpty()).map(KiePackage::getName).toList());
    }
  }

  private static String describe(Message error, Map<String, GeneratedDrl> drlByPath) {
    String path = String.valueOf(error.getPath()).replaceFirst("^" + SOURCE_ROOT, "");
    GeneratedDrl drl = drlByPath.get(path);
    String file = drl == null ? path : drl.fileName();
    String row = drl == null ? "" : drl.spreadsheetRow(drlLine(error)).map(r -> " 第 " + r + " 行").orElse("");
    return "决策表 " + file + row + ": " + error.getText().strip();
  }

  /** The line of the generated DRL: from the message, or else from the MVEL text "[Line: n, ...]". */
  private static int drlLine(Message error) {
    if (error.getLine() > 0) {
      return error.getLine();
    }
    Matcher matcher = MVEL_LINE.matcher(error.getText());
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
  }

  /** A table's bytes and the DRL Drools generates from it, to find its package and map lines to rows. */
  private record GeneratedDrl(String fileName, byte[] bytes, String drl) {

    static GeneratedDrl of(Resource table) {
      String fileName = table.getFilename();
      try {
        byte[] bytes = table.getContentAsByteArray();
        String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), InputType.XLS);
        return new GeneratedDrl(fileName, bytes, drl);
      } catch (IOException | RuntimeException e) {
        throw new DecisionTableException("决策表 " + fileName + " 无法解析: " + e.getMessage(), e);
      }
    }

    String packageName() {
      Matcher matcher = PACKAGE.matcher(drl);
      return matcher.find() ? matcher.group(1) : "rule_table";
    }

    /** The spreadsheet row of the rule around a line of the generated DRL (1-based). */
    Optional<Integer> spreadsheetRow(int drlLine) {
      String[] lines = drl.split("\n", -1);
      for (int i = Math.min(drlLine, lines.length) - 1; i >= 0; i--) {
        Matcher matcher = ROW_MARKER.matcher(lines[i].strip());
        if (matcher.find()) {
          return Optional.of(Integer.parseInt(matcher.group(1)));
        }
      }
      return Optional.empty();
    }
  }
}
