package cn.petition.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one application context of the integration tests: the whole app on a random port, the
 * demo organisation, H2 in memory (or MariaDB with -Pmysql), coverage recording on the engine.
 * Every integration test uses exactly this, so Spring builds the context once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
@Import({IntegrationTest.Coverage.class, ProcessEngineCoverageConfiguration.class})
@ExtendWith(ProcessCoverageExtension.class)
public @interface IntegrationTest {

  /** Coverage is recorded per class by {@link ProcessCoverageExtension}; the library's Spring listener stands by. */
  @TestConfiguration(proxyBeanMethods = false)
  class Coverage {

    /** The Spring listener handles only test classes matching this pattern, and none does. */
    private static final String NO_TEST_CLASS = "cn.petition.support.ProcessCoverageExtension";

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
      return ProcessEngineCoverageProperties.builder().addInclusionPatternForTestClasses(NO_TEST_CLASS).build();
    }
  }
}
