package cn.petition.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * A case answered 201 must survive a crash, so a commit must be on disk when it returns. Checked at
 * startup, before the server takes requests:
 * <ul>
 *   <li>H2 file database with a write delay (H2's default is 500 ms, and a killed process loses what
 *       was committed in that time): startup fails, saying to add {@code ;WRITE_DELAY=0} to the URL;</li>
 *   <li>MySQL/MariaDB with {@code innodb_flush_log_at_trx_commit} other than 1 (the server's default):
 *       a warning, since that is the database administrator's setting and only a crash of the database
 *       server itself, not of the application, loses commits then.</li>
 * </ul>
 */
@Component
public class CommitDurabilityCheck implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(CommitDurabilityCheck.class);

  private final DataSource dataSource;

  public CommitDurabilityCheck(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void afterPropertiesSet() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
      String product = connection.getMetaData().getDatabaseProductName();
      if ("H2".equals(product)) {
        checkH2(sql);
      } else if (product.contains("MySQL") || product.contains("MariaDB")) {
        checkInnoDb(sql);
      }
    }
  }

  private static void checkH2(Statement sql) throws SQLException {
    try (ResultSet row = sql.executeQuery("SELECT DATABASE_PATH(), SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
        + "WHERE SETTING_NAME = 'WRITE_DELAY'")) {
      if (row.next() && row.getString(1) != null && !"0".equals(row.getString(2))) {
        throw new IllegalStateException("H2 数据库 " + row.getString(1) + " 的 WRITE_DELAY 为 " + row.getString(2)
            + " 毫秒：应用崩溃时会丢失这段时间内已答复的登记。请在 spring.datasource.url 末尾加上 ;WRITE_DELAY=0");
      }
    }
  }

  private static void checkInnoDb(Statement sql) throws SQLException {
    try (ResultSet row = sql.executeQuery("SELECT @@innodb_flush_log_at_trx_commit")) {
      if (row.next() && row.getInt(1) != 1) {
        log.warn("innodb_flush_log_at_trx_commit = {}: commits are not flushed to disk one by one, so a crash of the "
            + "database server can lose cases already answered 201. Set it to 1 (the default).", row.getInt(1));
      }
    }
  }
}
