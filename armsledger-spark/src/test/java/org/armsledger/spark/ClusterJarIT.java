package org.armsledger.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.armsledger.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster jar as spark-submit would run it: its main class in a JVM whose classpath holds the
 * jar and only what a Spark installation provides (Spark, Scala, Hadoop, Jackson, slf4j) plus the
 * models jar passed with it; nothing of the build's own classpath. Its claims are extract's.
 */
class ClusterJarIT {
  @TempDir Path tmp;

  @Test
  void theClusterJarRunsItsMainClassWithALocalMasterAndGivesExtractsClaims() throws Exception {
    Path target = Path.of("armsledger-spark/target");
    Path jar;
    try (Stream<Path> s = Files.list(target)) {
      jar = s.filter(p -> p.getFileName().toString().endsWith("-cluster.jar")).findFirst().orElseThrow();
    }
    List<String> cp = new ArrayList<>();
    cp.add(jar.toString());
    cp.addAll(Arrays.asList(Files.readString(target.resolve("provided-classpath.txt")).trim().split(":")));
    // a Spark installation's own Jackson and slf4j, and the models jar given with --jars
    for (String e : Files.readString(target.resolve("classpath.txt")).trim().split(":")) {
      if (e.contains("/com/fasterxml/jackson/") || e.contains("/org/slf4j/slf4j-api/") || e.endsWith("-models.jar")) {
        cp.add(e);
      }
    }
    assertThat(cp).noneMatch(e -> e.contains("armsledger-app") || e.contains("armsledger-core"));
    Path out = tmp.resolve("out");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx3g");
    cmd.addAll(Arrays.asList(System.getProperty("armsledger.spark.opens", "").trim().split("\\s+")));
    cmd.addAll(List.of("-cp", String.join(":", cp), "org.armsledger.spark.SparkMain", "extract", "examples/articles", "--out", out.toString(),
        "--master", "local[1]"));
    cmd.removeIf(String::isEmpty);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String log = Files.readString(tmp.resolve("log.txt"));
    assertThat(p.exitValue()).as(log).isZero();
    assertThat(log).contains("3 files read, 3 extracted");

    Path single = tmp.resolve("single.jsonl");
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "extract", "examples/articles", "--out",
        single.toString());
    assertThat(code).isZero();
    List<String> expected = Files.readAllLines(single);
    assertThat(expected).isNotEmpty();
    List<String> got = new ArrayList<>();
    try (Stream<Path> s = Files.list(out.resolve("claims"))) {
      for (Path part : s.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
        got.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    assertThat(got).isEqualTo(expected);
  }
}
