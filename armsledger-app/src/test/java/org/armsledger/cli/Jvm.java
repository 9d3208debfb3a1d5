package org.armsledger.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** {@code armsledger} in a child JVM on the build's classpath: for kills, heap limits and file-size limits. */
final class Jvm {
  private Jvm() {}

  /** What a finished child printed. */
  record Result(int code, String out, String err) {}

  /** A started child, its output drained as it runs. */
  record Child(Process process, CompletableFuture<String> out, CompletableFuture<String> err) {
    Result await(long seconds) throws InterruptedException {
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("child did not end within " + seconds + " s");
      }
      return new Result(process.exitValue(), out.join(), err.join());
    }
  }

  static String classpath() {
    try {
      return Files.readString(Path.of("armsledger-app/target/classpath.txt")).trim() + java.io.File.pathSeparator
          + Path.of("armsledger-app/target/classes").toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts {@code armsledger ARGS} with a heap of {@code xmx}, under a file-size limit of
   * {@code fileLimitKb} KB when it is positive (bash's {@code ulimit -f}: a write past it fails
   * with EFBIG, as on a full disk; HotSpot ignores SIGXFSZ). {@code nativeDir} holds SQLite's
   * native library when the limit would stop its usual extraction to the temporary folder.
   */
  static Child start(String xmx, long fileLimitKb, Path nativeDir, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    if (fileLimitKb > 0) {
      cmd.addAll(List.of("bash", "-c", "ulimit -f " + fileLimitKb + " && exec \"$@\"", "_"));
    }
    cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + xmx, "-XX:-UsePerfData"));
    if (nativeDir != null) {
      cmd.add("-Dorg.sqlite.lib.path=" + nativeDir);
      cmd.add("-Dorg.sqlite.lib.name=libsqlitejdbc.so");
    }
    cmd.addAll(List.of("-cp", classpath(), "org.armsledger.cli.Main"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).start();
    return new Child(p, drain(p.getInputStream()), drain(p.getErrorStream()));
  }

  static Result run(String xmx, long fileLimitKb, Path nativeDir, String... args) throws IOException, InterruptedException {
    return start(xmx, fileLimitKb, nativeDir, args).await(600);
  }

  private static CompletableFuture<String> drain(InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      }
    });
  }

  /** SQLite's native library for this platform, copied into {@code dir} (once). */
  static Path sqliteNative(Path dir) throws IOException {
    Path lib = dir.resolve("libsqlitejdbc.so");
    if (!Files.exists(lib)) {
      String res = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/libsqlitejdbc.so";
      try (InputStream in = org.sqlite.SQLiteJDBCLoader.class.getResourceAsStream(res)) {
        if (in == null) {
          throw new IOException("no " + res + " in sqlite-jdbc");
        }
        Files.copy(in, lib, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return dir;
  }
}
