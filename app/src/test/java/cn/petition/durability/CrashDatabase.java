package cn.petition.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database of the crash test, chosen by the Maven build (app/pom.xml, failsafe): the embedded
 * default's H2 file database in the process's working directory, or with -Pmysql a MariaDB database of
 * its own (crash.db.name, default the suite's database name + "_crash"), created empty before the run.
 */
record CrashDatabase(String host, String port, String name, String user, String password) {

  /** The H2 default: the application's own datasource settings, files under ./data of its directory. */
  static CrashDatabase fromSystemProperties() {
    if (!"mysql".equals(System.getProperty("crash.db"))) {
      return new CrashDatabase(null, null, null, null, null);
    }
    return new CrashDatabase(System.getProperty("crash.db.host", "127.0.0.1"),
        System.getProperty("crash.db.port", "3306"), System.getProperty("crash.db.name", "petition_crash"),
        System.getProperty("crash.db.user", "root"), System.getProperty("crash.db.password", ""));
  }

  boolean embedded() {
    return host == null;
  }

  /** A fresh, empty MariaDB database; nothing to do for H2, whose files live in a fresh directory. */
  void recreate() throws SQLException {
    if (embedded()) {
      return;
    }
    try (Connection server = DriverManager.getConnection(
        "jdbc:mysql://" + host + ":" + port + "/?useSSL=false&allowPublicKeyRetrieval=true", user, password);
        Statement sql = server.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS `" + name + "`");
      sql.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }
  }

  /** Command-line arguments that point the application at this database (none: the shipped H2 default). */
  List<String> arguments() {
    if (embedded()) {
      return List.of();
    }
    return List.of(
        "--spring.datasource.url=jdbc:mysql://" + host + ":" + port + "/" + name + "?useSSL=false"
            + "&allowPublicKeyRetrieval=true&characterEncoding=UTF-8&connectionTimeZone=UTC"
            + "&sendFractionalSeconds=false&nullDatabaseMeansCurrent=true",
        "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password,
        "--spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver");
  }

  @Override
  public String toString() {
    return embedded() ? "H2 (embedded default)" : "MariaDB " + host + ":" + port + "/" + name;
  }
}
