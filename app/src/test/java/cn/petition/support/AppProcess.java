package cn.petition.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application (app/target/petition-app.jar) running as a JVM of its own, so a test can
 * kill it with SIGKILL: no shutdown hook, no connection pool close, no database close runs. The process
 * works in a given directory (the embedded default keeps its H2 files in ./data there), listens on a
 * free port chosen by the server (--server.port=0) and writes its output to a log file in that directory.
 */
public final class AppProcess implements AutoCloseable {

  /** Exit status of a JVM ended by SIGKILL (128 + 9): proves no graceful shutdown ran. */
  public static final int KILLED_BY_SIGKILL = 137;

  private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

  private final Process process;
  private final Path log;
  private final Thread reaper;
  private int port;

  private AppProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
    // Never leave a server behind, even when the test JVM is stopped half-way.
    this.reaper = new Thread(process::destroyForcibly, "kill-" + log.getFileName());
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /** The packaged application, passed by failsafe (app/pom.xml) as system property app.jar; run after package. */
  public static Path packagedJar() {
    Path jar = Path.of(System.getProperty("app.jar", "target/petition-app.jar"));
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " does not exist: run the *IT tests after package (mvn -B verify)");
    }
    return jar;
  }

  /** Starts java -jar on the packaged application in workDir with the given arguments. */
  public static AppProcess start(Path jar, Path workDir, String name, List<String> arguments) throws IOException {
    return start(jar, workDir, name, arguments, Map.of());
  }

  /** The same, with environment variables changed: a null value removes the variable. */
  public static AppProcess start(Path jar, Path workDir, String name, List<String> arguments,
      Map<String, String> environment) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
        "-jar", jar.toAbsolutePath().toString(), "--server.port=0"));
    command.addAll(arguments);
    Path log = workDir.resolve(name + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    environment.forEach((variable, value) -> {
      if (value == null) {
        builder.environment().remove(variable);
      } else {
        builder.environment().put(variable, value);
      }
    });
    Process process = builder.start();
    return new AppProcess(process, log);
  }

  /** Waits until the server listens and {@code ready} holds; fails with the log's tail if it dies first. */
  public AppProcess awaitReady(Duration timeout, BooleanSupplier ready) {
    Instant deadline = Instant.now().plus(timeout);
    while (port == 0) {
      port = portFromLog();
      pollStep(deadline, "to listen");
    }
    while (!ready.getAsBoolean()) {
      pollStep(deadline, "to answer");
    }
    return this;
  }

  private void pollStep(Instant deadline, String what) {
    if (!process.isAlive()) {
      throw new IllegalStateException("The application exited (" + process.exitValue() + ") before it started "
          + what + ":\n" + tail());
    }
    if (Instant.now().isAfter(deadline)) {
      throw new IllegalStateException("The application did not start " + what + " in time:\n" + tail());
    }
    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
  }

  public int port() {
    return port;
  }

  /** SIGKILL (Process.destroyForcibly on the java process itself) and its exit status once it is gone. */
  public int kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("The application survived SIGKILL");
    }
    return process.exitValue();
  }

  /** Waits for the process to end by itself and returns its exit status. */
  public int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("The application is still running:\n" + tail());
    }
    return process.exitValue();
  }

  /** Everything the application has written so far. */
  public String output() throws IOException {
    return text();
  }

  /** The last lines of the application's output, for failure messages. */
  public String tail() {
    try {
      List<String> lines = text().lines().toList();
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private int portFromLog() {
    try {
      Matcher matcher = PORT.matcher(text());
      return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private String text() throws IOException {
    return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
    Runtime.getRuntime().removeShutdownHook(reaper);
  }
}
