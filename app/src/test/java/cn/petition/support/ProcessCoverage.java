package cn.petition.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The processes an integration test class is about, and the flow-node and sequence-flow coverage of them its
 * tests must reach, measured and asserted by camunda-process-test-coverage ({@link ProcessCoverageExtension}) after
 * the class. The other processes the tests happen to start (a case starts its warning response, letters their
 * 函件回复) do not count.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProcessCoverage {

  /** Process definition keys, e.g. {@code CaseProcess.KEY}. */
  String[] processes();

  /** The coverage the class must reach over these processes, a ratio. */
  double atLeast() default 0.9;
}
