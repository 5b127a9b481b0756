package cn.petition.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.junit5.common.ProcessEngineCoverageExtensionHelper;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * camunda-process-test-coverage for the one shared application context of the integration tests: records the
 * coverage of each test class on the context's engine and writes the library's report to
 * target/process-test-coverage/. On a class annotated {@link ProcessCoverage} it leaves the other processes out and
 * lets the library assert the class coverage ({@code assertClassCoverageAtLeast}). The library's own Spring
 * listener, which cannot be told per class which processes count, is switched off ({@link IntegrationTest}).
 */
public class ProcessCoverageExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeTestExecutionCallback, AfterTestExecutionCallback {

  private ProcessEngineCoverageExtensionHelper helper;

  @Override
  public void beforeAll(ExtensionContext context) {
    ProcessEngine engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
    ProcessCoverage wanted = context.getRequiredTestClass().getAnnotation(ProcessCoverage.class);
    ProcessEngineCoverageProperties.Builder properties = ProcessEngineCoverageProperties.builder();
    if (wanted != null) {
      List<String> counted = Arrays.asList(wanted.processes());
      properties.assertClassCoverageAtLeast(wanted.atLeast()).excludeProcessDefinitionKeys(
          engine.getRepositoryService().createProcessDefinitionQuery().list().stream().map(ProcessDefinition::getKey)
              .distinct().filter(key -> !counted.contains(key)).toArray(String[]::new));
    }
    ProcessEngineCoverageProperties configured = properties.build();
    DefaultCollector collector = new DefaultCollector(new ExecutionContextModelProvider());
    helper = new ProcessEngineCoverageExtensionHelper(collector, false, false,
        configured.getExcludedProcessDefinitionKeys(), configured.getClassCoverageAssertionConditions(), Map.of(),
        configured.getReportDirectory());
    new ProcessEngineAdapter(engine, collector).initializeListeners();
    helper.beforeAll(context);
  }

  @Override
  public void beforeTestExecution(ExtensionContext context) {
    helper.beforeTestExecution(context);
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    helper.afterTestExecution(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    helper.afterAll(context);
  }
}
