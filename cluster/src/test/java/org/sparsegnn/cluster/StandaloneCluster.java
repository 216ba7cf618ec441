package org.sparsegnn.cluster;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Spark standalone cluster on the loopback interface for tests: Spark's own Master and Worker main classes,
 * each in its own JVM, started from this module's test class path. The workers find Spark's classes for the
 * executors they launch in a SPARK_HOME whose jars/ links to the same jars.
 */
final class StandaloneCluster implements AutoCloseable {
    static final String HOST = "127.0.0.1";

    private final Path dir;
    private final List<String> jars = new ArrayList<>();
    private final List<String> folders = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();
    private final int masterPort;
    private final int masterUiPort;

    StandaloneCluster(Path dir) throws IOException {
        this.dir = dir;
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String e : cp.split(File.pathSeparator)) {
            if (e.isBlank()) continue;
            (e.endsWith(".jar") ? jars : folders).add(e);
        }
        Path sparkJars = Files.createDirectories(dir.resolve("spark-home/jars"));
        for (String j : jars) {
            Path link = sparkJars.resolve(Path.of(j).getFileName());
            if (!Files.exists(link)) Files.createSymbolicLink(link, Path.of(j));
        }
        masterPort = freePort();
        masterUiPort = freePort();
    }

    String masterUrl() {
        return "spark://" + HOST + ":" + masterPort;
    }

    /** Class folders (this module's and the engine's classes in a reactor build) that executors need besides jars/. */
    String classFolders() {
        return String.join(File.pathSeparator, folders);
    }

    String classPath() {
        List<String> all = new ArrayList<>(folders);
        all.addAll(jars);
        return String.join(File.pathSeparator, all);
    }

    Process startMaster() throws IOException {
        return start("master", "org.apache.spark.deploy.master.Master", "--host", HOST, "--port", Integer.toString(masterPort),
                "--webui-port", Integer.toString(masterUiPort));
    }

    Process startWorker(String name) throws IOException {
        Files.createDirectories(workDir(name));
        return start(name, "org.apache.spark.deploy.worker.Worker", masterUrl(), "--host", HOST, "--cores", "1",
                "--memory", "1536m", "--work-dir", workDir(name).toString(), "--webui-port", Integer.toString(freePort()));
    }

    Path workDir(String worker) {
        return dir.resolve(worker + "-work");
    }

    /** Whether the worker's folder holds the given executor of any application (it launched that executor). */
    boolean launched(String worker, String executorId) throws IOException {
        try (var apps = Files.list(workDir(worker))) {
            return apps.anyMatch(app -> Files.isDirectory(app.resolve(executorId)));
        }
    }

    /** A JVM with Spark's Java 17 flags and the test class path; output goes to NAME.log in the cluster folder. */
    Process start(String name, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx1g"));
        cmd.addAll(jvmFlags());
        cmd.addAll(List.of("-cp", classPath(), mainClass));
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        environment(pb.environment());
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    void environment(Map<String, String> env) {
        env.put("SPARK_HOME", dir.resolve("spark-home").toString());
        env.put("SPARK_SCALA_VERSION", "2.12");
        env.put("SPARK_LOCAL_IP", HOST);
    }

    static List<String> jvmFlags() {
        String flags = System.getProperty("sparsegnn.test.jvmFlags", "");
        return Arrays.stream(flags.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Waits until the master's status page counts {@code n} alive workers. */
    void awaitWorkers(int n, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < end) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://" + HOST + ":" + masterUiPort + "/json/").toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(2000);
                last = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (last.replace(" ", "").contains("\"aliveworkers\":" + n)) return;
            } catch (IOException notYet) {
                // the master is still starting
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("the master did not see " + n + " workers in " + timeout + "; its status: " + last
                + "\nmaster log: " + tail(dir.resolve("master.log")));
    }

    /** Kills a process and everything it started (a worker and its executors: a machine that died). */
    static void killTree(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        for (Process p : processes) killTree(p);
        for (Process p : processes) {
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return s.getLocalPort();
        }
    }
}
