package cn.petition.rules;

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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The compiled decision tables (bean {@code decisionTables}).
 *
 * <p>At startup it reads every table matching {@code petition.rules.location}, makes it readable
 * whatever program saved it ({@link TableWorkbooks}), checks its rule rows against the Java and the
 * reference codes its columns reach ({@link TableValidator}), compiles them into one KieBase (classic
 * MVEL) and fails startup with a {@link DecisionTableException} naming the file, row, rule and reason
 * when a table is wrong or does not compile, or when a rule set listed in {@code
 * petition.rules.required-rule-sets} has no rules (a file not named {@code *.drl.xlsx} is otherwise
 * skipped in silence). {@link #reload()} rebuilds from the current files and keeps the old KieBase
 * when the rebuild fails.
 *
 * <p>{@link #compile(List, Collection)} does the same without Spring and without reference codes, for
 * unit tests.
 */
@Component
public class DecisionTables {

  private static final Logger log = LoggerFactory.getLogger(DecisionTables.class);
  private static final String NULL_PACKAGE = "Parser returned a null Package";
  private static final String SOURCE_ROOT = "src/main/resources/";
  private static final List<String> TABLE_SUFFIXES = List.of(".drl.xlsx", ".drl.xls");
  private static final AtomicLong BUILDS = new AtomicLong();

  private final String location;
  private final List<String> requiredRuleSets;
  private final ReferenceCodes codes;
  private final List<AgendaEventListener> listeners = new CopyOnWriteArrayList<>();
  private volatile KieBase kieBase;

  /**
   * Compiles the tables found at {@code location}.
   *
   * @param location a Spring resource pattern, e.g. {@code classpath*:rules/**}{@code /*.drl.xlsx}
   * @param requiredRuleSets the RuleSet packages that must contain rules
   * @throws DecisionTableException when a table does not compile or a rule set is missing
   */
  @Autowired
  public DecisionTables(
      @Value("${petition.rules.location}") String location,
      @Value("${petition.rules.required-rule-sets}") List<String> requiredRuleSets,
      ReferenceCodes codes) {
    this.location = location;
    this.requiredRuleSets = List.copyOf(requiredRuleSets);
    this.codes = codes;
    this.kieBase = compile(findTables(location), this.requiredRuleSets, codes);
  }

  /** The tables at {@code location}, without reference codes (category, region and department cells unchecked). */
  public DecisionTables(String location, List<String> requiredRuleSets) {
    this(location, requiredRuleSets, ReferenceCodes.UNKNOWN);
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
      kieBase = compile(findTables(location), requiredRuleSets, codes);
      log.info("决策表已重新加载: {}", location);
    } catch (DecisionTableException e) {
      log.error("决策表重新加载失败, 继续使用原有规则: {}", e.getMessage());
      throw e;
    }
  }

  /** Compiles decision tables without reference codes; see {@link #compile(List, Collection, ReferenceCodes)}. */
  public static KieBase compile(List<Resource> tables, Collection<String> requiredRuleSets) {
    return compile(tables, requiredRuleSets, ReferenceCodes.UNKNOWN);
  }

  /**
   * Checks and compiles decision tables into a KieBase. Each table is written to the KieFileSystem
   * under the path of its RuleSet package, so that the package filter keeps its rules.
   *
   * @param codes the reference codes (categories, regions, departments) that cells may use
   * @throws DecisionTableException naming file, row, rule and reason when a table is wrong or does
   *     not compile, or when a required rule set has no rules
   */
  public static KieBase compile(List<Resource> tables, Collection<String> requiredRuleSets, ReferenceCodes codes) {
    KieServices kieServices = KieServices.Factory.get();
    KieFileSystem files = kieServices.newKieFileSystem();
    Map<String, GeneratedDrl> drlByPath = new LinkedHashMap<>();
    List<TableProblem> problems = new ArrayList<>();
    for (Resource table : tables) {
      GeneratedDrl drl = GeneratedDrl.of(table);
      if (TABLE_SUFFIXES.stream().noneMatch(drl.fileName()::endsWith)) {
        log.warn("文件 {} 不以 .drl.xlsx 结尾, Drools 不会加载它", drl.fileName());
      }
      problems.addAll(TableValidator.problems(drl.fileName(), drl.bytes(), codes));
      String path = drl.packageName().replace('.', '/') + "/" + drl.fileName();
      files.write(SOURCE_ROOT + path, drl.bytes());
      drlByPath.put(path, drl);
    }
    if (!problems.isEmpty()) {
      throw new DecisionTableException("决策表有误，未加载:", problems);
    }
    ReleaseId releaseId = kieServices.newReleaseId("cn.petition", "decision-tables", "build-" + BUILDS.incrementAndGet());
    files.generateAndWritePomXML(releaseId);
    KieBuilder builder = kieServices.newKieBuilder(files).buildAll();
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      // "Parser returned a null Package" only follows a syntax error reported on its own.
      boolean others = errors.stream().anyMatch(error -> !error.getText().contains(NULL_PACKAGE));
      throw new DecisionTableException("决策表编译失败:", errors.stream()
          .filter(error -> !others || !error.getText().contains(NULL_PACKAGE))
          .map(error -> describe(error, drlByPath)).toList());
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

  /** A Drools error with the file, and the row and rule where they can be found. */
  private static TableProblem describe(Message error, Map<String, GeneratedDrl> drlByPath) {
    String path = String.valueOf(error.getPath()).replaceFirst("^" + SOURCE_ROOT, "");
    GeneratedDrl drl = drlByPath.get(path);
    String file = drl == null ? path : drl.fileName();
    String text = error.getText().strip();
    Optional<Integer> row = drl == null ? Optional.empty() : drl.rowOf(error.getLine(), text);
    String where = row.map(r -> " 第 " + r + " 行" + drl.ruleAt(r).map(name -> "（规则“" + name + "”）").orElse(""))
        .orElse("");
    String reason = text.replaceAll("\\s*\\R\\s*", " ").replaceFirst("^Rule Compilation error\\s*:?\\s*", "");
    return new TableProblem(file, row.orElse(0), null, "决策表 " + file + where + "：" + reason);
  }
}
