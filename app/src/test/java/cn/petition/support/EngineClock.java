package cn.petition.support;

import java.time.OffsetDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stands the engine clock at a fixed time for each test and gives the real clock back afterwards:
 * {@code @RegisterExtension final EngineClock clock = EngineClock.at(...)}. Rules that depend on today (how old a
 * receipt may be, which years have a holiday schedule) then give the same answer on every day the suite runs.
 */
public final class EngineClock implements BeforeEachCallback, AfterEachCallback {

  private final OffsetDateTime now;

  private EngineClock(OffsetDateTime now) {
    this.now = now;
  }

  public static EngineClock at(OffsetDateTime now) {
    return new EngineClock(now);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ProcessTests.clock(now);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ClockUtil.reset();
  }
}
