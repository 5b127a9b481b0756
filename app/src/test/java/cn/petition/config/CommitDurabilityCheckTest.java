package cn.petition.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Startup refuses an H2 file database that would lose answered commits in a crash. */
class CommitDurabilityCheckTest {

  @TempDir Path dir;

  private static CommitDurabilityCheck on(String url) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    return new CommitDurabilityCheck(dataSource);
  }

  @Test
  void refusesAFileDatabaseWithH2sDefaultWriteDelay() {
    assertThatThrownBy(() -> on("jdbc:h2:file:" + dir.resolve("delayed") + ";DB_CLOSE_DELAY=0").afterPropertiesSet())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("WRITE_DELAY 为 500 毫秒").hasMessageContaining(";WRITE_DELAY=0");
  }

  @Test
  void acceptsAFileDatabaseThatWritesEachCommit() {
    assertThatCode(() -> on("jdbc:h2:file:" + dir.resolve("durable") + ";WRITE_DELAY=0").afterPropertiesSet())
        .doesNotThrowAnyException();
  }

  @Test
  void acceptsAnInMemoryDatabase() {
    assertThatCode(() -> on("jdbc:h2:mem:durability-check").afterPropertiesSet()).doesNotThrowAnyException();
  }
}
