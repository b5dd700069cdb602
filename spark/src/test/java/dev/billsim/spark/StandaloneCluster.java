package dev.billsim.spark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone cluster on this machine, for tests: a master and a worker, each a JVM of its
 * own, whose executors are JVMs of their own too, all on Spark's jars from the Maven build (a
 * {@code SPARK_HOME} of links to them, as a Spark distribution lays them out). What runs there
 * crosses process boundaries as on any cluster: the application jar, the serialized tasks and
 * results, the shipped files.
 */
final class StandaloneCluster implements AutoCloseable {
  private final List<Process> processes = new ArrayList<>();
  private final Path home;
  private final int masterPort;

  private StandaloneCluster(Path home, int masterPort) {
    this.home = home;
    this.masterPort = masterPort;
  }

  /** Returns the master's URL, {@code spark://127.0.0.1:PORT}. */
  String master() {
    return "spark://127.0.0.1:" + masterPort;
  }

  /**
   * Starts a master and one worker of {@code cores} cores in {@code dir}, and waits until the
   * worker has registered.
   *
   * @param classpath Spark's jars
   */
  static StandaloneCluster start(Path dir, List<String> classpath, int cores) throws Exception {
    Path home = dir.resolve("spark-home");
    Files.createDirectories(home.resolve("jars"));
    for (String jar : classpath) {
      Path source = Path.of(jar);
      Files.createSymbolicLink(home.resolve("jars").resolve(source.getFileName()), source);
    }
    // A distribution's marker: the launcher then takes SPARK_HOME/jars as Spark's classpath.
    Files.writeString(home.resolve("RELEASE"), "Spark from Maven Central, for billsim's tests\n");
    StandaloneCluster cluster = new StandaloneCluster(home, freePort());
    try {
      Path masterLog = dir.resolve("master.log");
      cluster.launch(
          masterLog,
          "org.apache.spark.deploy.master.Master",
          "--host",
          "127.0.0.1",
          "--port",
          Integer.toString(cluster.masterPort),
          "--webui-port",
          Integer.toString(freePort()));
      waitFor(masterLog, "I have been elected leader");
      Path workerLog = dir.resolve("worker.log");
      cluster.launch(
          workerLog,
          "org.apache.spark.deploy.worker.Worker",
          "--host",
          "127.0.0.1",
          "--cores",
          Integer.toString(cores),
          "--memory",
          "2g",
          "--work-dir",
          dir.resolve("work").toString(),
          "--webui-port",
          Integer.toString(freePort()),
          cluster.master());
      waitFor(workerLog, "Successfully registered with master");
      return cluster;
    } catch (Exception | Error e) {
      cluster.close();
      throw e;
    }
  }

  private void launch(Path log, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(SparkJvm.opens()));
    command.addAll(List.of("-Xmx512m", "-cp", home.resolve("jars") + File.separator + "*"));
    command.add(mainClass);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().put("SPARK_HOME", home.toString());
    builder.environment().put("SPARK_SCALA_VERSION", "2.13");
    processes.add(builder.start());
  }

  private static void waitFor(Path log, String line) throws Exception {
    for (int i = 0; i < 600; i++) {
      if (Files.exists(log) && Files.readString(log).contains(line)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("no '" + line + "' in " + log + " after 60 s");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    for (Process process : processes) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
    }
    for (Process process : processes) {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
